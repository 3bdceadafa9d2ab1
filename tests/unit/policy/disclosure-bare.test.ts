import { describe, expect, it } from 'vitest';
import type { Language, Part, Stance } from '../../../src/policy/index.ts';
import { analyze } from '../../../src/policy/index.ts';

interface Case {
  text: string;
  lang: Language;
  stance: Stance;
  scopes?: Partial<Record<Part, Stance>>;
}

/**
 * A bare "tell us" (no object, or a pronoun) beside a permission for AI use, in the same sentence or the next:
 * allowed-but-must-disclose, which is `restricted` with `disclosureRequired`.
 */
const BARE_BESIDE_PERMISSION: Case[] = [
  {
    text: 'You may use AI for the code if you tell us.',
    lang: 'en',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  { text: 'Feel free to use Copilot, but tell us when you do.', lang: 'en', stance: 'restricted' },
  { text: 'You can use AI as long as you tell us.', lang: 'en', stance: 'restricted' },
  { text: 'AI is fine, just tell us.', lang: 'en', stance: 'restricted' },
  { text: 'You may use AI, but let us know if you do so.', lang: 'en', stance: 'restricted' },
  { text: 'We allow AI for drafts; just let us know.', lang: 'en', stance: 'restricted' },
  { text: 'You may use AI. Just tell us.', lang: 'en', stance: 'restricted' },
  { text: 'Feel free to use AI. Tell us when you do.', lang: 'en', stance: 'restricted' },
  {
    text: 'Puedes usar IA para el código si nos avisas.',
    lang: 'es',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  { text: 'Puedes usar ChatGPT, pero avísanos cuando lo hagas.', lang: 'es', stance: 'restricted' },
  { text: 'Puedes usar IA. Solo avísanos.', lang: 'es', stance: 'restricted' },
  {
    text: 'Você pode usar IA no código se nos avisar.',
    lang: 'pt',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  { text: 'Pode usar o ChatGPT, mas nos avise quando usar.', lang: 'pt', stance: 'restricted' },
  {
    text: 'Pode usar IA no código. É só avisar.',
    lang: 'pt',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  {
    text: "Vous pouvez utiliser l'IA pour le code si vous nous le dites.",
    lang: 'fr',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  { text: 'Vous pouvez utiliser ChatGPT, mais prévenez-nous.', lang: 'fr', stance: 'restricted' },
  { text: "Vous pouvez utiliser l'IA. Dites-le-nous.", lang: 'fr', stance: 'restricted' },
  {
    text: 'Du darfst KI für den Code nutzen, wenn du uns Bescheid gibst.',
    lang: 'de',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  {
    text: 'Du kannst ChatGPT für die Texte verwenden, sag uns einfach Bescheid.',
    lang: 'de',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
  {
    text: 'Du darfst KI für die Texte nutzen. Sag uns einfach Bescheid.',
    lang: 'de',
    stance: 'restricted',
    scopes: { work: 'restricted' },
  },
];

/** Already read as disclosure before the bare form was added: must stay so. */
const ALREADY_DISCLOSED: Case[] = [
  { text: 'AI tools are fine, just let us know if you use them.', lang: 'en', stance: 'restricted' },
  { text: 'Using AI is OK as long as you disclose it.', lang: 'en', stance: 'restricted' },
  {
    text: 'Please mention any AI tools you used in your proposal.',
    lang: 'en',
    stance: 'restricted',
    scopes: { proposal: 'restricted' },
  },
  {
    text: 'If you used ChatGPT, say so in your cover letter.',
    lang: 'en',
    stance: 'restricted',
    scopes: { proposal: 'restricted' },
  },
];

/** A request to be told about something else, a request taken back, or no permission beside it: no disclosure. */
const TRAPS: Case[] = [
  { text: 'Tell us about your experience with AI.', lang: 'en', stance: 'none' },
  { text: 'Tell us which AI products you have built.', lang: 'en', stance: 'none' },
  { text: 'You may use AI tools. Let us know your availability.', lang: 'en', stance: 'allowed' },
  { text: 'Let us know your availability. You may use AI.', lang: 'en', stance: 'allowed' },
  { text: 'You can use ChatGPT. If interested, let us know.', lang: 'en', stance: 'allowed' },
  { text: 'You may use AI tools. Let us know if you have any questions.', lang: 'en', stance: 'allowed' },
  { text: 'You may use AI, no need to tell us.', lang: 'en', stance: 'allowed' },
  { text: "You may use AI, you don't have to tell us.", lang: 'en', stance: 'allowed' },
  { text: 'We build AI products. Tell us about your experience.', lang: 'en', stance: 'none' },
  {
    text: 'We are building an AI chatbot with the OpenAI API. Let us know if you are interested.',
    lang: 'en',
    stance: 'none',
  },
  { text: 'Experience with ChatGPT required. Let us know.', lang: 'en', stance: 'encouraged' },
  { text: 'Cuéntanos tu experiencia con IA.', lang: 'es', stance: 'none' },
  { text: 'Puedes usar IA. Avísanos tu disponibilidad.', lang: 'es', stance: 'allowed' },
  { text: 'Puedes usar IA, no hace falta que nos avises.', lang: 'es', stance: 'allowed' },
  { text: 'Conte-nos sobre sua experiência com IA.', lang: 'pt', stance: 'none' },
  { text: 'Pode usar IA, não precisa nos avisar.', lang: 'pt', stance: 'allowed' },
  { text: 'Nos informe sua disponibilidade. Pode usar IA no projeto.', lang: 'pt', stance: 'allowed' },
  { text: "Dites-nous quelle expérience vous avez avec l'IA.", lang: 'fr', stance: 'none' },
  { text: "Vous pouvez utiliser l'IA, pas besoin de nous le dire.", lang: 'fr', stance: 'allowed' },
  {
    text: "Vous pouvez utiliser l'IA pour le code. Indiquez-nous vos disponibilités.",
    lang: 'fr',
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  { text: 'Erzähl uns von deiner Erfahrung mit KI und mit den Tools.', lang: 'de', stance: 'none' },
  {
    text: 'Du darfst KI für die Texte nutzen. Gib uns Bescheid, ob du nächste Woche Zeit hast.',
    lang: 'de',
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
  {
    text: 'Du darfst KI für die Texte nutzen. Teile uns bitte deine Verfügbarkeit mit.',
    lang: 'de',
    stance: 'allowed',
    scopes: { work: 'allowed' },
  },
];

function check({ text, lang, stance, scopes }: Case, disclosure: boolean): void {
  const reading = analyze(text);
  expect(reading.language).toBe(lang);
  expect(reading.stance).toBe(stance);
  expect(reading.disclosureRequired).toBe(disclosure);
  if (scopes) expect(reading.scopes).toEqual(scopes);
  for (const e of reading.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
}

describe('bare disclosure requests ("if you tell us")', () => {
  it.each(BARE_BESIDE_PERMISSION)('$lang: $text', (c) => check(c, true));
  it.each(ALREADY_DISCLOSED)('stays disclosed: $text', (c) => check(c, true));
  it.each(TRAPS)('no disclosure ($lang): $text', (c) => check(c, false));

  it('quotes the next sentence when the request stands there', () => {
    const text = 'You may use AI. Just tell us.';
    const quotes = analyze(text).evidence.map((e) => e.quote);
    expect(quotes).toContain('Just tell us.');
  });
});
