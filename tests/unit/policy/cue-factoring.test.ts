import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, foldForMatching } from '../../../src/policy/fold.ts';
import {
  LEXICONS,
  lexiconFor,
  MENTION_RE,
  OPTIMIZED_PATTERN_MAX,
  spaced,
} from '../../../src/policy/lexicon/index.ts';
import { factored } from '../../../src/policy/lexicon/trie.ts';
import type { CueLexicon } from '../../../src/policy/lexicon/types.ts';

const CORPUS = join(import.meta.dirname, '../../fixtures/policy/ai-policy-dev.jsonl');
const TEXTS = readFileSync(CORPUS, 'utf8')
  .trim()
  .split('\n')
  .map((line) => foldForMatching(foldCase((JSON.parse(line) as { text: string }).text)));

/** Every cue list of every language, as the compiled lexicons spell its sources. */
const LISTS: [string, string[]][] = Object.entries(LEXICONS).flatMap(([language, lexicon]) =>
  Object.entries(lexicon as CueLexicon).flatMap(([key, value]) =>
    Array.isArray(value)
      ? [[`${language}.${key}`, value.map(spaced)] as [string, string[]]]
      : Object.entries(value as Record<string, string[]>).map(
          ([part, list]) => [`${language}.${key}.${part}`, list.map(spaced)] as [string, string[]],
        ),
  ),
);

function all(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('cue lists factored by leading letters', () => {
  it('match what the plain alternation matches, on the corpus and on their own words', () => {
    for (const [name, sources] of LISTS) {
      if (sources.length === 0) continue;
      const plain = new RegExp(`\\b(?:${sources.join('|')})(?![a-z0-9_])`, 'g');
      const trie = new RegExp(`\\b(?:${factored(sources, 2)})(?![a-z0-9_])`, 'g');
      for (const text of TEXTS) expect(all(trie, text), name).toEqual(all(plain, text));
      const words = [...new Set(sources.join(' ').match(/[a-z']+/g) ?? [])];
      if (words.length === 0) continue;
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words, ' ', ', ', '.'), { maxLength: 12 }), (parts) => {
          const text = parts.join(' ');
          expect(all(trie, text), name).toEqual(all(plain, text));
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe('compiled cue expressions', () => {
  it('stay short enough for irregexp to optimise them, in every language', () => {
    for (const language of ['en', 'es', 'pt', 'fr', 'de', 'other'] as const) {
      const lexicon = lexiconFor(language);
      for (const [name, re] of Object.entries(lexicon)) {
        expect(re.source.length, `${language} ${name}`).toBeLessThanOrEqual(OPTIMIZED_PATTERN_MAX);
      }
    }
    expect(MENTION_RE.source.length).toBeLessThanOrEqual(OPTIMIZED_PATTERN_MAX);
  });

  // A source is matched as a whole word: the edge after it needs a non-letter, which never follows a separator
  // the source itself ends on ("don't send (?:me |us )?" could only ever match "don't send").
  it('never end on a space, which would leave their last words unmatchable', () => {
    const raw = Object.entries(LEXICONS).flatMap(([language, lexicon]) =>
      Object.entries(lexicon as CueLexicon).flatMap(([key, value]) =>
        (Array.isArray(value) ? value : Object.values(value as Record<string, string[]>).flat()).map(
          (source) => `${language}.${key}: ${source}`,
        ),
      ),
    );
    expect(raw.filter((entry) => / \)?[?*+]?\)?[?*+]?$/.test(entry))).toEqual([]);
    expect(
      all(MENTION_RE, 'sag uns bitte ob du das nutzt. geben sie an, wo sie es verwendet haben.'),
    ).toEqual(['0:sag uns bitte ob', '31:geben sie an, wo']);
  });
});
