import { describe, expect, it } from 'vitest';
import type { Language, Part, Stance } from '../../../src/policy/index.ts';
import { analyze } from '../../../src/policy/index.ts';

interface Case {
  text: string;
  lang: Language;
  stance: Stance;
  disclosure?: boolean;
  scopes?: Partial<Record<Part, Stance>>;
}

/** A question asking whether AI may be used, answered in the next sentence (an FAQ, a screening list). */
const ANSWERED: Case[] = [
  {
    text: 'FAQ\nQ: What format do you deliver in?\nA: A shared spreadsheet.\nQ: Can I use AI tools?\nA: Yes, go ahead.\nQ: Deadline?\nA: Three weeks.',
    lang: 'en',
    stance: 'allowed',
  },
  {
    text: 'Q: Can I use ChatGPT for this job?\nA: No. Please write it all yourself.',
    lang: 'en',
    stance: 'prohibited',
  },
  {
    text: 'Q: Can I use ChatGPT?\nA: Yes, as long as you tell us which parts.',
    lang: 'en',
    stance: 'restricted',
    disclosure: true,
  },
  { text: 'Are AI tools allowed? Only for research.', lang: 'en', stance: 'restricted' },
  { text: '¿Puedo usar IA? Sí, pero avísanos.', lang: 'es', stance: 'restricted', disclosure: true },
  {
    text: '¿Se puede usar ChatGPT para la propuesta? No.',
    lang: 'es',
    stance: 'prohibited',
    scopes: { proposal: 'prohibited' },
  },
  {
    text: 'P: Posso usar IA?\nR: Deve! O trabalho é justamente gerar as vozes.\nP: E na proposta, posso usar IA?\nR: Pode, tanto faz para nós.',
    lang: 'pt',
    stance: 'allowed',
    scopes: { proposal: 'allowed', work: 'encouraged' },
  },
  {
    text: "Q : Puis-je utiliser l'IA ? R : Non, tout doit être écrit par vous.",
    lang: 'fr',
    stance: 'prohibited',
  },
  { text: 'Darf ich KI nutzen? Nein.', lang: 'de', stance: 'prohibited' },
  { text: 'Darf ich ChatGPT verwenden? Ja, gerne.', lang: 'de', stance: 'allowed' },
];

/** Not an answer: the next sentence is no yes or no, or the question asks about something else. */
const NOT_ANSWERED: Case[] = [
  { text: 'Can I use ChatGPT? Let me explain our process.', lang: 'en', stance: 'none' },
  { text: 'Can you build a chatbot with the OpenAI API? Yes, that is the job.', lang: 'en', stance: 'none' },
  { text: '¿Puedo usar IA? Si la usas, dinos cuál.', lang: 'es', stance: 'restricted', disclosure: true },
];

describe('answers to questions about AI use', () => {
  it.each([...ANSWERED, ...NOT_ANSWERED])('$text', ({ text, lang, stance, disclosure, scopes }) => {
    const reading = analyze(text);
    expect(reading.language).toBe(lang);
    expect(reading.stance).toBe(stance);
    if (disclosure !== undefined) expect(reading.disclosureRequired).toBe(disclosure);
    for (const [part, want] of Object.entries(scopes ?? {})) expect(reading.scopes[part as Part]).toBe(want);
    for (const e of reading.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('quotes the question with its answer', () => {
    const text = 'Q: Can I use AI tools?\nA: Yes, go ahead.';
    expect(analyze(text).evidence.map((e) => e.quote)).toContain(text);
  });
});
