import type { DisclosureStrings } from './strings.ts';

/**
 * Spanish. The freelancer addresses a prospective client, so the note uses "usted". Sentences avoid adjectives
 * that agree with the writer ("yo mismo/misma"), since Candor does not know their gender.
 */
export const es: DisclosureStrings = {
  unnamedTool: 'una herramienta de IA generativa',
  parts: {
    proposal: 'esta propuesta',
    screening: 'mis respuestas a las preguntas de selección',
    work: 'los entregables',
  },
  use: {
    grammar: 'para revisar la ortografía y la gramática',
    ideas: 'para investigar, generar ideas y esbozar la estructura',
    drafting: 'para producir un primer borrador, que luego reescribí a fondo',
    generated: 'para generar la mayor parte del texto, que luego revisé y edité',
    translation: 'para traducir',
  },
  core: {
    grammar: {
      past: 'Usé {tools} para revisar la ortografía y la gramática de {parts}',
      future: 'Usaré {tools} para revisar la ortografía y la gramática de {parts}',
    },
    ideas: {
      past: 'Usé {tools} para investigar, generar ideas y esbozar {parts}',
      future: 'Usaré {tools} para investigar, generar ideas y esbozar {parts}',
    },
    drafting: {
      past: 'Usé {tools} para producir un primer borrador de {parts}',
      future: 'Usaré {tools} para producir primeros borradores de {parts}',
    },
    generated: {
      past: 'Usé {tools} para generar la mayor parte de {parts}',
      future: 'Usaré {tools} para generar la mayor parte de {parts}',
    },
    translation: {
      past: 'Usé {tools} para traducir {parts}, que escribí en mi propio idioma',
      future: 'Escribiré {parts} en mi propio idioma y usaré {tools} para traducirlos',
    },
  },
  sameForWork: ', y haré lo mismo con {work}',
  reviewShort: {
    grammar: 'la redacción y el contenido son míos',
    ideas: 'cada frase la escribo y la reviso yo',
    drafting: 'reescribo a fondo cada borrador y lo reviso yo',
    generated: 'lo reviso y edito todo, y respondo de su exactitud',
    translation: 'reviso cada traducción con cuidado',
  },
  review: {
    grammar: 'Las ideas y la redacción son mías, y decido yo qué correcciones acepto.',
    ideas: 'Cada frase la escribo y la reviso yo.',
    drafting:
      'Reescribo cada borrador a fondo con mis propias palabras y compruebo cada dato, así que respondo por el texto final.',
    generated:
      'Leo, corrijo y edito todo lo que produce la IA, y asumo toda la responsabilidad por la exactitud de lo que envío.',
    translation: 'Reviso cada traducción con cuidado para que diga exactamente lo que quiero decir.',
  },
  process: {
    grammar: 'Primero escribo el texto y solo después hago revisar las erratas y los errores gramaticales.',
    ideas: 'La IA me ayuda a encontrar enfoques y a ordenar los puntos antes de empezar a escribir.',
    drafting:
      'Le doy a la IA mis instrucciones, uso su borrador como punto de partida y luego rehago la estructura y la redacción.',
    generated:
      'Guío a la IA con instrucciones detalladas y compruebo el resultado con los requisitos del trabajo antes de enviarlo.',
    translation: 'Primero escribo en mi propio idioma y solo después hago traducir el texto.',
  },
  clientMaterial: {
    past: 'En el proceso, introduje en {tools} información del proyecto que usted facilitó (como la descripción del trabajo o sus archivos).',
    future:
      'En el proceso, introduciré en {tools} información del proyecto que usted facilite (como sus archivos).',
  },
  offer:
    'Si tiene normas o preferencias sobre el uso de herramientas de IA en este trabajo, dígamelo y las seguiré.',
  none: {
    past: 'Escribí personalmente {parts}, sin herramientas de IA generativa',
    future: 'Elaboraré {parts} sin herramientas de IA generativa',
    alsoWork: ', y elaboraré {work} también sin ellas',
    scope: 'Eso incluye la revisión ortográfica y gramatical y la traducción.',
    offer: 'Si tiene preguntas sobre mi forma de trabajar, pregúnteme.',
  },
  placeholderHelp: {
    tools: 'Las herramientas que usó, en forma de lista («ChatGPT y Grammarly»).',
    use: 'Lo que hicieron las herramientas («para revisar la ortografía y la gramática»).',
    parts: 'Para qué las usó («esta propuesta y los entregables»).',
    review: 'Una frase sobre cómo revisó el resultado y asume la responsabilidad.',
    client:
      'Una frase que dice que información del proyecto del cliente pasó por las herramientas; vacía si no fue así. Se añade al final si su plantilla no la incluye.',
  },
  templateErrors: {
    empty: 'La plantilla está vacía.',
    tooLong: 'La plantilla tiene más de {max} caracteres.',
    unknown: 'Marcador desconocido {name}. Use {list}.',
    unknownCase: 'Marcador desconocido {name}. Los marcadores van en minúsculas: ¿quería decir {list}?',
    unmatched: 'Hay una llave sin abrir o sin cerrar: escriba los marcadores como {list}.',
    missingTools: 'La plantilla debe nombrar las herramientas: incluya {list}.',
  },
};
