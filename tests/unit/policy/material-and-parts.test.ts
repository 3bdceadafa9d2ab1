import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language, Part, PolicyReading, Stance } from '../../../src/policy/index.ts';
import { analyze, htmlToText } from '../../../src/policy/index.ts';

interface MaterialCase {
  text: string;
  lang: Language;
  /** The sentence the pronoun points back to, when it should be quoted as confidentiality evidence too. */
  antecedent?: string;
}

/**
 * A ban whose object is client material is a confidentiality rule, not a ban on AI: named in the clause ("our
 * files") or pointed back to ("them", "no los subas", "ne les collez pas", "geben Sie diese nicht ein").
 */
const MATERIAL: MaterialCase[] = [
  {
    text: 'Our briefs, interview transcripts and any customer data we share are confidential. Do not paste them into ChatGPT or any other AI tool.',
    lang: 'en',
    antecedent: 'Our briefs, interview transcripts and any customer data we share are confidential.',
  },
  { text: "Don't upload our files to AI tools.", lang: 'en' },
  {
    text: 'We will send you our interview recordings. They must not be uploaded to any AI transcription tool.',
    lang: 'en',
    antecedent: 'We will send you our interview recordings.',
  },
  {
    text: 'You will get access to our customer data. Never share this information with ChatGPT or similar tools.',
    lang: 'en',
    antecedent: 'You will get access to our customer data.',
  },
  {
    text: 'The project files are under NDA; please do not feed them to ChatGPT, Claude or any other AI.',
    lang: 'en',
  },
  { text: 'No compartas nuestros documentos con herramientas de IA.', lang: 'es' },
  {
    text: 'Nuestros documentos son confidenciales. No los subas a ChatGPT ni a otras herramientas de IA.',
    lang: 'es',
    antecedent: 'Nuestros documentos son confidenciales.',
  },
  {
    text: 'Los datos de los clientes son confidenciales. No compartas esta información con ChatGPT.',
    lang: 'es',
    antecedent: 'Los datos de los clientes son confidenciales.',
  },
  {
    text: 'Enviaremos los datos de los clientes por correo. Nunca debes subirlos a ChatGPT ni a otras herramientas.',
    lang: 'es',
    antecedent: 'Enviaremos los datos de los clientes por correo.',
  },
  { text: 'Não compartilhe nossos arquivos com ferramentas de IA.', lang: 'pt' },
  {
    text: 'Os documentos do cliente são confidenciais. Não os cole no ChatGPT nem em outras ferramentas de IA.',
    lang: 'pt',
    antecedent: 'Os documentos do cliente são confidenciais.',
  },
  {
    text: 'Os dados são confidenciais. Não compartilhe essas informações com ferramentas de IA.',
    lang: 'pt',
    antecedent: 'Os dados são confidenciais.',
  },
  {
    text: 'Você receberá nossos documentos internos. Não os envie para o ChatGPT.',
    lang: 'pt',
    antecedent: 'Você receberá nossos documentos internos.',
  },
  { text: 'Ne partagez pas nos fichiers avec ChatGPT.', lang: 'fr' },
  {
    text: 'Nos fichiers clients sont confidentiels. Ne les collez pas dans ChatGPT ou un autre outil.',
    lang: 'fr',
    antecedent: 'Nos fichiers clients sont confidentiels.',
  },
  { text: "Ces documents sont confidentiels : ne les partagez jamais avec un outil d'IA.", lang: 'fr' },
  {
    text: 'Les briefs sont confidentiels. Ne partagez pas ces informations avec ChatGPT.',
    lang: 'fr',
    antecedent: 'Les briefs sont confidentiels.',
  },
  {
    text: "Les transcriptions d'entretiens sont confidentielles. Merci de ne pas les téléverser dans un outil d'IA.",
    lang: 'fr',
    antecedent: "Les transcriptions d'entretiens sont confidentielles.",
  },
  { text: 'Laden Sie unsere Dateien nicht in KI-Tools hoch.', lang: 'de' },
  {
    text: 'Wir stellen Ihnen interne Unterlagen zur Verfügung. Bitte laden Sie diese nicht in ChatGPT hoch.',
    lang: 'de',
    antecedent: 'Wir stellen Ihnen interne Unterlagen zur Verfügung.',
  },
  {
    text: 'Unsere Kundendaten sind vertraulich. Geben Sie diese nicht in ChatGPT oder andere KI-Tools ein.',
    lang: 'de',
    antecedent: 'Unsere Kundendaten sind vertraulich.',
  },
  {
    text: 'Die Unterlagen sind vertraulich. Laden Sie sie nicht in KI-Tools hoch.',
    lang: 'de',
    antecedent: 'Die Unterlagen sind vertraulich.',
  },
  {
    text: 'Wir teilen vertrauliche Kundendaten. Diese dürfen nicht in ChatGPT eingegeben werden.',
    lang: 'de',
    antecedent: 'Wir teilen vertrauliche Kundendaten.',
  },
];

describe('a ban on handing client material to AI is a confidentiality rule', () => {
  it.each(MATERIAL)('$text', ({ text, lang, antecedent }) => {
    const reading = analyze(text);
    expect(reading.language).toBe(lang);
    expect(reading.confidentiality).toBe(true);
    // Not a ban on AI use in general.
    expect(reading.stance).toBe('restricted');
    expect(reading.evidence.filter((e) => e.signal === 'stance')).toEqual([]);
    const quotes = reading.evidence.filter((e) => e.signal === 'confidentiality').map((e) => e.quote);
    if (antecedent) expect(quotes).toContain(antecedent);
    for (const e of reading.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });
});

/** Look-alikes: no AI named, AI output as the object, or a pronoun with nothing confidential before it. */
const NOT_MATERIAL: { text: string; stance: Stance }[] = [
  { text: 'Please keep our data confidential.', stance: 'none' },
  { text: 'All project files are confidential and covered by an NDA.', stance: 'none' },
  { text: 'Do not paste code from ChatGPT.', stance: 'prohibited' },
  { text: 'Do not paste code from ChatGPT into our codebase.', stance: 'prohibited' },
  { text: 'Write the articles yourself. Do not submit them if ChatGPT wrote them.', stance: 'prohibited' },
  {
    text: 'Write the blog posts yourself. Do not run them through ChatGPT or Grammarly.',
    stance: 'prohibited',
  },
  { text: 'Our data is confidential. Do not use AI for this project.', stance: 'prohibited' },
  { text: 'We provide our product documentation. Feel free to feed it to ChatGPT.', stance: 'allowed' },
  { text: 'No copies los textos generados por IA en nuestros documentos.', stance: 'prohibited' },
  { text: "Ne copiez pas de textes générés par l'IA dans nos documents.", stance: 'prohibited' },
];

describe('look-alikes are not confidentiality rules', () => {
  it.each(NOT_MATERIAL)('$text', ({ text, stance }) => {
    const reading = analyze(text);
    expect(reading.confidentiality).toBe(false);
    expect(reading.stance).toBe(stance);
  });
});

/** Communication is the freelancer's messages, chats and calls with the client, not the client not replying. */
const PARTS: { text: string; scopes: Partial<Record<Part, Stance>> }[] = [
  {
    text: 'No ChatGPT cover letters: AI-written proposals will be declined without a reply.',
    scopes: { proposal: 'prohibited' },
  },
  { text: 'AI-written proposals will be ignored and we will not reply.', scopes: { proposal: 'prohibited' } },
  { text: 'Do not use ChatGPT when you reply to us.', scopes: { communication: 'prohibited' } },
  { text: "Don't use AI during calls or in chat.", scopes: { communication: 'prohibited' } },
  { text: 'Your messages to us must not be written with AI.', scopes: { communication: 'prohibited' } },
  { text: 'AI for the code is fine, the API calls are yours to design.', scopes: { work: 'allowed' } },
  {
    text: 'No uses IA en tus mensajes ni en las llamadas con nosotros.',
    scopes: { communication: 'prohibited' },
  },
  {
    text: 'Propostas escritas por IA serão recusadas sem resposta.',
    scopes: { proposal: 'prohibited' },
  },
  { text: "N'utilisez pas l'IA dans vos messages avec nous.", scopes: { communication: 'prohibited' } },
  {
    text: 'Mit KI geschriebene Angebote werden ohne Antwort abgelehnt.',
    scopes: { proposal: 'prohibited' },
  },
  { text: 'Verwenden Sie keine KI in Ihren Nachrichten an uns.', scopes: { communication: 'prohibited' } },
];

describe('the communication part', () => {
  it.each(PARTS)('$text', ({ text, scopes }) => {
    expect(analyze(text).scopes).toEqual(scopes);
  });
});

/** The demo job posts, as the content script reads them: the description's paragraphs. */
function description(page: string): string {
  const html = readFileSync(join(import.meta.dirname, '../../../demo/pages', page), 'utf8');
  const start = html.indexOf('data-test="Description">');
  const paragraphs = [...html.slice(start).matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)];
  return paragraphs
    .slice(0, 1)
    .map((m) => htmlToText(m[1]!))
    .join('\n\n');
}

function summary(reading: PolicyReading) {
  return {
    stance: reading.stance,
    scopes: reading.scopes,
    disclosureRequired: reading.disclosureRequired,
    detectors: reading.detectors,
    confidentiality: reading.confidentiality,
  };
}

describe('demo job posts', () => {
  it('blog writer: proposal prohibited, work limited and disclosed, detectors, confidentiality', () => {
    const reading = analyze(description('job-blog-writer.html'));
    expect(summary(reading)).toEqual({
      stance: 'prohibited',
      scopes: { proposal: 'prohibited', work: 'restricted' },
      disclosureRequired: true,
      detectors: true,
      confidentiality: true,
    });
    const work = reading.evidence.find((e) => e.signal === 'stance' && e.parts.includes('work'));
    expect(work?.conditions).toEqual(expect.arrayContaining(['limited', 'disclosure']));
  });

  it('data cleaning: allowed', () => {
    expect(analyze(description('job-data-cleaning.html')).stance).toBe('allowed');
  });

  it('support chatbot: no rule', () => {
    const reading = analyze(description('job-support-chatbot.html'));
    expect(reading.stance).toBe('none');
    expect(reading.evidence).toEqual([]);
  });
});

describe('a data rule in the sentence after the AI sentence', () => {
  it('is a confidentiality rule when it points back at the tools, even after a ban and in a long sentence', () => {
    for (const text of [
      'Não aceitamos tradução automática nem uso de IA (DeepL, ChatGPT). Os laudos contêm dados de pacientes e jamais podem ser enviados para essas ferramentas.',
      'Maschinelle Übersetzung und KI-Tools sind nicht erlaubt. Patientendaten dürfen außerdem unter keinen Umständen in solche Dienste hochgeladen werden.',
      "L'utilisation d'assistants IA pour écrire le code ne pose aucun problème. En revanche, ne leur transmettez jamais les données réelles de nos contacts.",
    ]) {
      expect(analyze(text).confidentiality, text).toBe(true);
    }
  });

  it('is no rule when it names no material', () => {
    const reading = analyze('No AI on this job. Those tools are banned here.');
    expect(reading.confidentiality).toBe(false);
    expect(reading.stance).toBe('prohibited');
  });
});

describe('", and" / ", but" between two statements that each name AI', () => {
  it('keeps a ban beside a data rule a ban', () => {
    const reading = analyze(
      'No se permite usar inteligencia artificial en este trabajo, y bajo ningún concepto se pueden subir nuestros documentos a ChatGPT.',
    );
    expect(reading.stance).toBe('prohibited');
    expect(reading.confidentiality).toBe(true);
  });

  it('keeps a permission beside a data rule a permission, with the flag', () => {
    const reading = analyze(
      "Utiliser Copilot ou Cursor ne nous dérange pas, mais aucune donnée client ne doit être collée dans un outil d'IA.",
    );
    expect(reading.stance).toBe('allowed');
    expect(reading.confidentiality).toBe(true);
  });

  it('leaves "but not" a condition of the clause before', () => {
    expect(analyze('You may use AI, but not for the final text.').stance).toBe('restricted');
  });
});
