import { describe, expect, it } from 'vitest';
import {
  charactersLeft,
  composeDisclosure,
  DISCLOSURE_LENGTHS,
  DISCLOSURE_MAX,
  type DisclosureInput,
  DisclosureInputError,
  type Lang,
  STRINGS,
  shortestFitting,
} from '../../../src/disclosure/index.ts';
import type { AiUseLevel, Declaration, DeclaredPart } from '../../../src/policy/types.ts';

const USED: Exclude<AiUseLevel, 'none'>[] = ['grammar', 'ideas', 'drafting', 'generated', 'translation'];
const LANGS: Lang[] = ['en', 'es'];
const PART_SETS: DeclaredPart[][] = [
  ['proposal'],
  ['screening'],
  ['work'],
  ['proposal', 'screening'],
  ['proposal', 'work'],
  ['proposal', 'screening', 'work'],
];

const declaration = (over: Partial<Declaration> = {}): Declaration => ({
  level: 'grammar',
  tools: ['ChatGPT', 'Grammarly'],
  parts: ['proposal'],
  clientMaterialShared: false,
  ...over,
});

const sentenceCount = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '').length;

/** Claims of human authorship that a note for AI-generated text must never make. */
const AUTHORSHIP_CLAIMS: Record<Lang, RegExp> = {
  en: /written by me|I wrote|my own words|my own writing|are my own|is my own/i,
  es: /escrit[oa]s? por mí|escribí|mis propias palabras|son míos|son mías|es mío|es mía/i,
};

describe('composeDisclosure: every level × length × language', () => {
  for (const lang of LANGS) {
    for (const level of USED) {
      for (const length of DISCLOSURE_LENGTHS) {
        for (const parts of PART_SETS) {
          it(`${lang} ${level} ${length} ${parts.join('+')}`, () => {
            const tools = ['ChatGPT', 'Claude', 'DeepL'];
            const note = composeDisclosure({
              declaration: declaration({ level, tools, parts }),
              length,
              lang,
            });
            expect(note.text).not.toMatch(/[{}]|undefined/);
            for (const tool of tools) expect(note.text).toContain(tool);
            for (const part of parts) expect(note.text).toContain(STRINGS[lang].parts[part]);
            if (level === 'generated') expect(note.text).not.toMatch(AUTHORSHIP_CLAIMS[lang]);
            expect(note.text).toMatch(/[.]$/);
            const count = sentenceCount(note.text);
            if (length === 'brief') expect(count).toBe(1);
            if (length === 'standard') expect(count).toBeGreaterThanOrEqual(2);
            if (length === 'standard') expect(count).toBeLessThanOrEqual(3);
            if (length === 'detailed') expect(count).toBeGreaterThanOrEqual(4);
            expect(note.machineLines).toEqual([]);
            expect(note.block).toBe(note.text);
            expect(note.chars).toBe(note.text.length);
          });
        }
      }
    }
  }
});

describe('composeDisclosure: wording', () => {
  it('reads as a specific first-person note', () => {
    const note = composeDisclosure({
      declaration: declaration({ level: 'ideas', tools: ['ChatGPT'] }),
      length: 'brief',
      lang: 'en',
    });
    expect(note.text).toBe(
      'I used ChatGPT to research, brainstorm and outline this proposal; every sentence is written and checked by me.',
    );
  });

  it('speaks of the finished proposal in the past and of the work still to do in the future', () => {
    const both = composeDisclosure({
      declaration: declaration({ level: 'grammar', tools: ['Grammarly'], parts: ['proposal', 'work'] }),
      length: 'brief',
      lang: 'en',
    });
    expect(both.text).toBe(
      'I used Grammarly to check the spelling and grammar of this proposal, and I will do the same for the deliverables; the wording and content are my own.',
    );
    const workOnly = composeDisclosure({
      declaration: declaration({ level: 'generated', tools: ['Claude'], parts: ['work'] }),
      length: 'brief',
      lang: 'es',
    });
    expect(workOnly.text).toMatch(/^Usaré Claude para generar la mayor parte de los entregables;/);
  });

  it('lists tools naturally in both languages', () => {
    const en = composeDisclosure({
      declaration: declaration({ tools: ['ChatGPT', 'Claude', 'DeepL'] }),
      length: 'brief',
      lang: 'en',
    });
    expect(en.text).toContain('ChatGPT, Claude and DeepL');
    const es = composeDisclosure({
      declaration: declaration({ tools: ['ChatGPT', 'Imagen'] }),
      length: 'brief',
      lang: 'es',
    });
    expect(es.text).toContain('ChatGPT e Imagen');
  });

  it('cleans tool names: trims, collapses whitespace, drops blanks and case-insensitive duplicates', () => {
    const note = composeDisclosure({
      declaration: declaration({ tools: ['  Chat\nGPT ', '', 'chat gpt', 'Grammarly'] }),
      length: 'brief',
      lang: 'en',
      options: { ibmAia: true },
    });
    expect(note.text).toContain('Chat GPT and Grammarly');
    expect(note.machineLines[0]).toBe('AIA Ph Se Hin R Chat GPT, Grammarly v1.0');
  });

  it('says "a generative-AI tool" only when no tool is named, and warns', () => {
    for (const lang of LANGS) {
      const note = composeDisclosure({ declaration: declaration({ tools: [] }), length: 'standard', lang });
      expect(note.text).toContain(STRINGS[lang].unnamedTool);
      expect(note.warnings).toContain('no-tool-named');
    }
    const named = composeDisclosure({ declaration: declaration(), length: 'standard', lang: 'en' });
    expect(named.text).not.toContain(STRINGS.en.unnamedTool);
    expect(named.warnings).toEqual([]);
  });

  it('states shared client material plainly in standard and detailed notes, and only when declared', () => {
    for (const lang of LANGS) {
      for (const length of DISCLOSURE_LENGTHS) {
        const shared = composeDisclosure({
          declaration: declaration({ clientMaterialShared: true }),
          length,
          lang,
        });
        const notShared = composeDisclosure({ declaration: declaration(), length, lang });
        const tools = lang === 'en' ? 'ChatGPT and Grammarly' : 'ChatGPT y Grammarly';
        const sentence = STRINGS[lang].clientMaterial.past.replace('{tools}', tools);
        if (length === 'brief') {
          expect(shared.text).not.toContain(sentence);
          expect(shared.warnings).toContain('client-material-omitted');
        } else expect(shared.text).toContain(sentence);
        expect(notShared.text).not.toMatch(/project details|información del proyecto/);
      }
    }
  });

  it('uses the future for client material when only the work is declared', () => {
    const note = composeDisclosure({
      declaration: declaration({ parts: ['work'], tools: ['Claude'], clientMaterialShared: true }),
      length: 'standard',
      lang: 'en',
    });
    expect(note.text).toContain('I will enter project details you provide (such as your files) into Claude.');
  });

  it('closes the detailed note with an offer to follow the client’s preferences', () => {
    for (const lang of LANGS) {
      const note = composeDisclosure({ declaration: declaration(), length: 'detailed', lang });
      expect(note.text.endsWith(STRINGS[lang].offer)).toBe(true);
    }
  });
});

describe('composeDisclosure: level none', () => {
  it('says nothing unless asked to, and adds no machine lines', () => {
    const note = composeDisclosure({
      declaration: declaration({ level: 'none', tools: [] }),
      length: 'detailed',
      lang: 'en',
      options: { ibmAia: true, w3c: true },
    });
    expect(note).toMatchObject({ text: '', machineLines: [], block: '', chars: 0, warnings: [] });
  });

  it('states no AI was used when asked to, in every length and language', () => {
    for (const lang of LANGS) {
      for (const length of DISCLOSURE_LENGTHS) {
        const note = composeDisclosure({
          declaration: declaration({ level: 'none', tools: [], parts: ['proposal', 'screening', 'work'] }),
          length,
          lang,
          options: { statementForNone: true, ibmAia: true, w3c: true },
        });
        expect(note.text).not.toMatch(/[{}]/);
        for (const part of ['proposal', 'screening', 'work'] as const) {
          expect(note.text).toContain(STRINGS[lang].parts[part]);
        }
        if (length === 'brief') expect(sentenceCount(note.text)).toBe(1);
        expect(note.machineLines).toEqual([
          'AIA No AI v1.0',
          '<meta name="ai-disclosure" content="human-only">',
        ]);
      }
    }
  });

  it('speaks of this proposal when no part is ticked', () => {
    const note = composeDisclosure({
      declaration: declaration({ level: 'none', tools: [], parts: [] }),
      length: 'brief',
      lang: 'en',
      options: { statementForNone: true },
    });
    expect(note.text).toBe('I wrote this proposal myself, without generative-AI tools.');
  });
});

describe('composeDisclosure: machine lines', () => {
  it('adds the IBM AIA statement and the W3C meta line after a blank line', () => {
    const note = composeDisclosure({
      declaration: declaration({ level: 'generated', tools: ['GPT-4o'] }),
      length: 'brief',
      lang: 'en',
      options: { ibmAia: true, w3c: true },
    });
    expect(note.machineLines).toEqual([
      'AIA PAI Nc Hin R GPT-4o v1.0',
      '<meta name="ai-disclosure" content="ai-assisted">',
    ]);
    expect(note.block).toBe(`${note.text}\n\n${note.machineLines.join('\n')}`);
    expect(note.chars).toBe(note.block.length);
  });

  it('leaves the model out of the AIA statement when no tool is named', () => {
    const note = composeDisclosure({
      declaration: declaration({ level: 'drafting', tools: [] }),
      length: 'brief',
      lang: 'en',
      options: { ibmAia: true },
    });
    expect(note.machineLines).toEqual(['AIA HAb Nc Hin R v1.0']);
  });
});

describe('composeDisclosure: user templates', () => {
  const base: DisclosureInput = {
    declaration: declaration({ level: 'drafting', tools: ['ChatGPT'], parts: ['proposal', 'work'] }),
    length: 'standard',
    lang: 'en',
  };

  it('renders every placeholder', () => {
    const note = composeDisclosure({
      ...base,
      templates: { standard: 'AI note: {tools} was used {use}, for {parts}. {review} {client}' },
    });
    expect(note.text).toBe(
      'AI note: ChatGPT was used to produce a first draft, which I then rewrote substantially, for this proposal and the deliverables. ' +
        STRINGS.en.review.drafting,
    );
  });

  it('uses the template only for its own length', () => {
    const templated = composeDisclosure({ ...base, templates: { brief: 'Tools: {tools}.' } });
    expect(templated.text).toBe(composeDisclosure(base).text);
    expect(
      composeDisclosure({ ...base, length: 'brief', templates: { brief: 'Tools: {tools}.' } }).text,
    ).toBe('Tools: ChatGPT.');
  });

  it('adds the client-material sentence when the template leaves {client} out', () => {
    const note = composeDisclosure({
      ...base,
      declaration: { ...base.declaration, clientMaterialShared: true },
      templates: { standard: 'I used {tools} {use}.' },
    });
    expect(note.text).toBe(
      `I used ChatGPT to produce a first draft, which I then rewrote substantially. ${STRINGS.en.clientMaterial.past.replace('{tools}', 'ChatGPT')}`,
    );
  });

  it('capitalises a note that starts with an unnamed tool', () => {
    const note = composeDisclosure({
      ...base,
      declaration: { ...base.declaration, tools: [] },
      templates: { standard: '{tools} helped {use}.' },
    });
    expect(note.text).toMatch(/^A generative-AI tool helped/);
  });

  it('reports unknown placeholders as an error instead of rendering them', () => {
    const attempt = () =>
      composeDisclosure({ ...base, templates: { standard: 'I used {tools} for {project}.' } });
    expect(attempt).toThrow(DisclosureInputError);
    expect(attempt).toThrow(/templates\.standard: Unknown placeholder \{project\}/);
  });

  it('reports template errors in the note’s language', () => {
    expect(() =>
      composeDisclosure({ ...base, lang: 'es', templates: { standard: 'Usé {herramientas}.' } }),
    ).toThrow(/Marcador desconocido \{herramientas\}/);
  });
});

describe('composeDisclosure: input validation', () => {
  const invalid: [string, unknown, RegExp][] = [
    [
      'an unknown level',
      { declaration: declaration({ level: 'lots' as AiUseLevel }), length: 'brief', lang: 'en' },
      /declaration\.level must be one of/,
    ],
    [
      'no part for AI use',
      { declaration: declaration({ parts: [] }), length: 'brief', lang: 'en' },
      /say what the AI was used for/,
    ],
    [
      'an unknown part',
      { declaration: declaration({ parts: ['cv' as DeclaredPart] }), length: 'brief', lang: 'en' },
      /parts are proposal, screening, work/,
    ],
    [
      'client material with no AI',
      {
        declaration: declaration({ level: 'none', clientMaterialShared: true }),
        length: 'brief',
        lang: 'en',
      },
      /client material cannot/,
    ],
    [
      'an unknown length',
      { declaration: declaration(), length: 'long', lang: 'en' },
      /length must be one of/,
    ],
    [
      'an unknown language',
      { declaration: declaration(), length: 'brief', lang: 'fr' },
      /lang must be en or es/,
    ],
    [
      'a template for an unknown length',
      { declaration: declaration(), length: 'brief', lang: 'en', templates: { none: 'x {tools}' } },
      /templates/,
    ],
    [
      'a tool name that is a paragraph',
      { declaration: declaration({ tools: ['x'.repeat(61)] }), length: 'brief', lang: 'en' },
      /at most 60 characters/,
    ],
  ];
  for (const [name, input, message] of invalid) {
    it(`rejects ${name}`, () => {
      expect(() => composeDisclosure(input as DisclosureInput)).toThrow(DisclosureInputError);
      expect(() => composeDisclosure(input as DisclosureInput)).toThrow(message);
    });
  }
});

describe('shortestFitting and charactersLeft', () => {
  const input = { declaration: declaration({ clientMaterialShared: true }), lang: 'en' as const };
  const sizes = Object.fromEntries(
    DISCLOSURE_LENGTHS.map((length) => [length, composeDisclosure({ ...input, length }).chars]),
  ) as Record<(typeof DISCLOSURE_LENGTHS)[number], number>;

  it('picks the longest length that fits', () => {
    expect(sizes.brief).toBeLessThan(sizes.standard);
    expect(sizes.standard).toBeLessThan(sizes.detailed);
    expect(shortestFitting(input, DISCLOSURE_MAX)?.length).toBe('detailed');
    expect(shortestFitting(input, sizes.detailed)?.length).toBe('detailed');
    expect(shortestFitting(input, sizes.detailed - 1)?.length).toBe('standard');
    expect(shortestFitting(input, sizes.brief)?.length).toBe('brief');
    expect(shortestFitting(input, sizes.brief - 1)).toBeNull();
  });

  it('counts the letter, a blank line and the note against 5,000 characters', () => {
    const note = composeDisclosure({ ...input, length: 'brief' });
    expect(charactersLeft('Hello', note)).toBe(5000 - 5 - 2 - note.chars);
    expect(charactersLeft('', note)).toBe(5000 - note.chars);
  });
});
