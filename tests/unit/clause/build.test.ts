import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildClause,
  CLAUSE_PARTS,
  CLAUSE_STANCES,
  CLAUSE_TASKS,
  type ClauseSpec,
  ClauseSpecError,
  expectedReading,
} from '../../../src/clause/index.ts';
import { allValidSpecs } from './all-specs.ts';

const spec = (over: Partial<ClauseSpec> = {}): ClauseSpec => ({
  stance: 'no-ai',
  parts: ['proposal', 'work'],
  disclosure: false,
  privacy: false,
  consequence: false,
  lang: 'en',
  ...over,
});

describe('buildClause: examples', () => {
  const cases: [string, ClauseSpec, string][] = [
    [
      'no AI, with privacy and consequence',
      spec({ privacy: true, consequence: true }),
      'AI use in this job\nDo not use generative AI tools (such as ChatGPT) for your proposal or the work. ' +
        'Do not paste or upload our files, data or project details into generative AI tools or platforms. ' +
        'Proposals that ignore this will be declined.',
    ],
    [
      'AI with disclosure, for the work',
      spec({ stance: 'ai-with-disclosure', parts: ['work'], disclosure: true }),
      'AI use in this job\nYou may use generative AI tools (such as ChatGPT) for the work if you tell us which tools you used and how.',
    ],
    [
      'AI only for some tasks, canonical order whatever the input order',
      spec({ stance: 'ai-only-for', tasks: ['translation', 'research'], parts: ['work', 'proposal'] }),
      'AI use in this job\nFor your proposal and the work, you may use generative AI tools (such as ChatGPT) only for research and translating.',
    ],
    [
      'AI welcome, with disclosure, consequence outside the proposal',
      spec({ stance: 'ai-welcome', parts: ['communication'], disclosure: true, consequence: true }),
      'AI use in this job\nYou may use generative AI tools (such as ChatGPT) for your messages to us. ' +
        'Tell us which AI tools you used and how. We will end the contract if these rules are not followed.',
    ],
    [
      'Spanish, no AI in every part',
      spec({ parts: ['proposal', 'work', 'communication'], consequence: true, lang: 'es' }),
      'Uso de IA en este trabajo\nNo uses herramientas de IA generativa (como ChatGPT) en tu propuesta, el trabajo o tus mensajes con nosotros. ' +
        'Descartaremos las propuestas que no respeten esto.',
    ],
    [
      'Spanish, AI only for some tasks, with privacy',
      spec({
        stance: 'ai-only-for',
        tasks: ['grammar', 'code-assistance'],
        parts: ['work'],
        privacy: true,
        lang: 'es',
      }),
      'Uso de IA en este trabajo\nEn el trabajo, solo puedes usar herramientas de IA generativa (como ChatGPT) para corregir la ortografía y programar. ' +
        'No pegues ni subas nuestros archivos, datos ni detalles del proyecto a herramientas o plataformas de IA generativa.',
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(buildClause(input)).toBe(expected));
  }
});

describe('buildClause: every valid spec', () => {
  const specs = allValidSpecs();

  it('enumerates the whole space', () => {
    // ai-only-for: 31 task sets × 7 part sets × 2 × 2 × 2 × 2 languages; the others are smaller.
    expect(specs.length).toBe(3472 + 56 + 56 + 98);
  });

  it('renders a heading and plain sentences, naming every part and task, each flag once', () => {
    for (const input of specs) {
      const clause = buildClause(input);
      const [heading, body, ...rest] = clause.split('\n');
      expect(rest).toEqual([]);
      expect(heading).toBe(input.lang === 'en' ? 'AI use in this job' : 'Uso de IA en este trabajo');
      expect(body).not.toMatch(/[{}]|undefined/);
      expect(body).toMatch(/^[A-Z].*\.$/s);
      const privacy =
        input.lang === 'en' ? 'Do not paste or upload our files' : 'No pegues ni subas nuestros archivos';
      expect(body!.includes(privacy)).toBe(input.privacy);
      const consequence =
        input.lang === 'en' ? /will be declined|will end the contract/ : /Descartaremos|Terminaremos/;
      expect(consequence.test(body!)).toBe(input.consequence);
      const asksTools =
        input.lang === 'en'
          ? /tell us which (AI )?tools/i
          : /dinos qué herramientas|nos indicas qué herramientas/i;
      expect(asksTools.test(body!)).toBe(expectedReading(input).disclosureRequired);
    }
  });
});

describe('expectedReading', () => {
  const table: [Partial<ClauseSpec>, ReturnType<typeof expectedReading>['stance'], boolean][] = [
    [{ stance: 'no-ai' }, 'prohibited', false],
    [{ stance: 'ai-with-disclosure', disclosure: true }, 'restricted', true],
    [{ stance: 'ai-only-for', tasks: ['research'] }, 'restricted', false],
    [{ stance: 'ai-only-for', tasks: ['research'], disclosure: true }, 'restricted', true],
    [{ stance: 'ai-welcome' }, 'allowed', false],
    [{ stance: 'ai-welcome', disclosure: true }, 'restricted', true],
  ];
  for (const [over, stance, disclosureRequired] of table) {
    it(`${over.stance}${over.disclosure ? ' + disclosure' : ''} → ${stance}`, () => {
      expect(
        expectedReading(spec({ ...over, parts: ['work', 'communication'], privacy: true, lang: 'es' })),
      ).toEqual({
        stance,
        scopes: { work: stance, communication: stance },
        disclosureRequired,
        confidentiality: true,
        detectors: false,
        language: 'es',
      });
    });
  }
});

describe('buildClause: invalid specs', () => {
  const invalid: [string, unknown, RegExp][] = [
    ['no parts', spec({ parts: [] }), /choose at least one of proposal, work, communication/],
    ['a repeated part', spec({ parts: ['work', 'work'] }), /each part only once/],
    ['an unknown part', spec({ parts: ['screening' as never] }), /parts are proposal, work, communication/],
    ['an unknown stance', spec({ stance: 'maybe' as never }), /stance must be one of/],
    ['ai-only-for without tasks', spec({ stance: 'ai-only-for' }), /needs at least one task/],
    [
      'ai-only-for with an empty task list',
      spec({ stance: 'ai-only-for', tasks: [] }),
      /needs at least one task/,
    ],
    [
      'tasks on another stance',
      spec({ stance: 'ai-welcome', tasks: ['research'] }),
      /only ai-only-for takes tasks/,
    ],
    [
      'a repeated task',
      spec({ stance: 'ai-only-for', tasks: ['research', 'research'] }),
      /each task only once/,
    ],
    ['no-ai asking for disclosure', spec({ disclosure: true }), /no-AI clause cannot ask/],
    [
      'ai-with-disclosure without disclosure',
      spec({ stance: 'ai-with-disclosure' }),
      /always asks for disclosure/,
    ],
    [
      'a consequence with nothing to enforce',
      spec({ stance: 'ai-welcome', consequence: true }),
      /sets no rule to enforce/,
    ],
    ['an unknown language', spec({ lang: 'pt' as never }), /lang must be en or es/],
    ['an unknown field', { ...spec(), tone: 'friendly' }, /unknown fields: tone/],
    ['not an object', 'no AI please', /a clause spec must be an object/],
  ];
  for (const [name, input, message] of invalid) {
    it(`rejects ${name}`, () => {
      expect(() => buildClause(input as ClauseSpec)).toThrow(ClauseSpecError);
      expect(() => buildClause(input as ClauseSpec)).toThrow(message);
      expect(() => expectedReading(input as ClauseSpec)).toThrow(ClauseSpecError);
    });
  }

  it('either builds or throws ClauseSpecError, for any input shaped roughly like a spec', () => {
    const loose = fc.record(
      {
        stance: fc.oneof(fc.constantFrom(...CLAUSE_STANCES), fc.string()),
        tasks: fc.array(fc.oneof(fc.constantFrom(...CLAUSE_TASKS), fc.string()), { maxLength: 6 }),
        parts: fc.array(fc.oneof(fc.constantFrom(...CLAUSE_PARTS), fc.string()), { maxLength: 4 }),
        disclosure: fc.oneof(fc.boolean(), fc.anything()),
        privacy: fc.boolean(),
        consequence: fc.boolean(),
        lang: fc.constantFrom('en', 'es', 'fr'),
      },
      { requiredKeys: ['stance', 'parts', 'disclosure', 'privacy', 'consequence', 'lang'] },
    );
    fc.assert(
      fc.property(loose, (input) => {
        try {
          expect(buildClause(input as ClauseSpec)).toMatch(
            /^(AI use in this job|Uso de IA en este trabajo)\n/,
          );
        } catch (error) {
          expect(error).toBeInstanceOf(ClauseSpecError);
          expect((error as ClauseSpecError).issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
