import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOPWORD_RE } from '../../../src/policy/language.ts';

const LETTER = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff';
const WORDS = STOPWORD_RE.source.slice(
  STOPWORD_RE.source.indexOf(')(') + 2,
  STOPWORD_RE.source.lastIndexOf(')(?!'),
);
/** The pass as a plain expression: a look-behind for the letter before a stop word. */
const REFERENCE = new RegExp(`(?<![${LETTER}])(?:${WORDS})(?![${LETTER}])`, 'g');

function words(sample: string): string[] {
  return [...sample.matchAll(STOPWORD_RE)].map((m) => `${m.index + m[0].length - m[1]!.length}:${m[1]}`);
}

describe('stop-word pass', () => {
  it('finds the words the look-behind expression finds', () => {
    expect(WORDS.split('|')).toContain('the');
    const pieces = [
      'the',
      'and',
      'y',
      'o',
      'é',
      'à',
      'für',
      'l',
      "'",
      'd',
      ' ',
      '\n',
      'x',
      'ß',
      '-',
      'que',
      'é',
      '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const sample = parts.join('');
        expect(words(sample)).toEqual([...sample.matchAll(REFERENCE)].map((m) => `${m.index}:${m[0]}`));
      }),
      { numRuns: 2000 },
    );
  });
});
