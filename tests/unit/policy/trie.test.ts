import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factored } from '../../../src/policy/lexicon/trie.ts';

/** Sources with the shapes the lexicons use: shared prefixes, optional letters, leading groups, classes, escapes. */
const SOURCES = [
  'chat ?-?gpt',
  'chat ?-?gtp',
  'gpt-?[3-5](?:\\.5)?o?',
  'gpts?',
  'co-?pilot',
  'copy\\.ai',
  'codex',
  'ai',
  'a\\. ?i\\.?',
  'ais',
  'gen ?ai',
  '(?:only|100 ?%|fully) human[- ](?:written|made)',
  '(?:which|what) (?:ai )?tools',
  'qu[ée] herramientas',
  'ia',
  'i\\.a\\.',
  '[23]d',
  'x?yz',
  'w|wx',
  "(?:(?:do|does) not|don't|never|no|cannot) (?:use|using)",
  '(?:a |an )?red flag',
  '(?:écrit|généré|produit) par',
  'éclair',
];

function all(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('factored alternation', () => {
  const plain = new RegExp(`\\b(?:${SOURCES.join('|')})(?![a-z0-9_])`, 'g');
  const trie = new RegExp(`\\b(?:${factored(SOURCES, 2)})(?![a-z0-9_])`, 'g');
  const pieces = [
    'a',
    'i',
    '.',
    ' ',
    '-',
    'ai',
    'chat',
    'gpt',
    'co',
    'copy',
    'pilot',
    'x',
    'y',
    'z',
    'w',
    'human',
    'only',
    '100',
    '%',
    'what',
    'tools',
    'qué',
    'que',
    'herramientas',
    '2',
    '3',
    'd',
    's',
    '4',
    'o',
    'fully',
    'made',
    'do',
    'does',
    'not',
    "don't",
    'never',
    'no',
    'cannot',
    'use',
    'using',
    'an',
    'red',
    'flag',
    'écrit',
    'généré',
    'produit',
    'par',
    'éclair',
  ];

  it('groups terms by their first letters', () => {
    expect(factored(['codex', 'copilot', 'claude'], 2)).toBe('c(?:o(?:dex|pilot)|laude)');
  });

  it('splits a leading group by the first letters of its branches, writing the tail once per letter', () => {
    expect(factored(["(?:not|never|won't) use"], 1)).toBe("n(?:ot|ever) use|won't use");
    expect(factored(['(?:(?:do|does) not|cannot) use'], 1)).toBe('d(?:o not|oes not) use|cannot use');
    // A branch that does not start with a letter keeps the group whole.
    expect(factored(['(?:no|100 ?%|\\d) x'], 1)).toBe('(?:no|100 ?%|\\d) x');
  });

  it('matches exactly what the plain alternation matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (words) => {
        const text = words.join('');
        expect(all(trie, text)).toEqual(all(plain, text));
      }),
      { numRuns: 3000 },
    );
  });
});
