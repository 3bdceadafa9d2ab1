import type { ClauseStrings } from './strings.ts';

/** A client addressing freelancers in a job post: "tú", as most Spanish-language posts do. */
export const es: ClauseStrings = {
  heading: 'Uso de IA en este trabajo',
  parts: {
    proposal: 'tu propuesta',
    work: 'el trabajo',
    communication: 'tus mensajes con nosotros',
  },
  tasks: {
    research: 'investigar',
    brainstorming: 'generar ideas',
    grammar: 'corregir la ortografía',
    translation: 'traducir',
    'code-assistance': 'programar',
  },
  rule: {
    'no-ai': 'No uses herramientas de IA generativa (como ChatGPT) en {parts}.',
    'ai-with-disclosure':
      'Puedes usar herramientas de IA generativa (como ChatGPT) en {parts} si nos indicas qué herramientas usaste y cómo.',
    'ai-only-for': 'En {parts}, solo puedes usar herramientas de IA generativa (como ChatGPT) para {tasks}.',
    'ai-welcome': 'Puedes usar herramientas de IA generativa (como ChatGPT) en {parts}.',
  },
  disclosure: 'Dinos qué herramientas de IA usaste y cómo.',
  privacy:
    'No pegues ni subas nuestros archivos, datos ni detalles del proyecto a herramientas o plataformas de IA generativa.',
  consequence: {
    'no-ai': {
      proposal: 'Descartaremos las propuestas que no respeten esto.',
      contract: 'Terminaremos el contrato si no se respeta esto.',
    },
    'ai-with-disclosure': {
      proposal: 'Descartaremos las propuestas que no indiquen qué herramientas de IA se usaron.',
      contract: 'Terminaremos el contrato si no se indica el uso de IA.',
    },
    'ai-only-for': {
      proposal: 'Descartaremos las propuestas que vayan más allá de estos límites.',
      contract: 'Terminaremos el contrato si no se respetan estos límites.',
    },
    'ai-welcome': {
      proposal: 'Descartaremos las propuestas que no respeten estas reglas.',
      contract: 'Terminaremos el contrato si no se respetan estas reglas.',
    },
  },
};
