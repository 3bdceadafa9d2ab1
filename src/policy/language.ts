/**
 * Language by stop-word counts over the start of the post: cheap, and enough to pick which lexicons to apply.
 */
import { LEXICONS } from './lexicon/index.ts';
import type { Language } from './types.ts';

type Known = Exclude<Language, 'other'>;

/** Enough text to be sure, little enough to stay cheap on long posts. */
const SAMPLE = 1000;

/** Letters that only some of the languages use: a short post may have no stop word but one of these. */
const LETTERS: [RegExp, Known[]][] = [
  [/[ñ¿¡]/g, ['es']],
  [/[ãõ]/g, ['pt']],
  [/[èêëîœ]/g, ['fr']],
  [/[äöüß]/g, ['de']],
];

const OWNER = new Map<string, Known[]>();
for (const [language, lexicon] of Object.entries(LEXICONS) as [Known, (typeof LEXICONS)[Known]][]) {
  for (const word of lexicon.stopwords) OWNER.set(word, [...(OWNER.get(word) ?? []), language]);
}
const ASCII_ONLY = /^[\x20-\x7e\s]*$/;

/** Scripts that none of the five lexicons read (CJK, Cyrillic, Arabic…). */
const FOREIGN_SCRIPT = /[\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g;

/** Letters of the five languages' words, by code: a-z, ß and à-ÿ (but not ÷). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 223 && code <= 255 && code !== 247);
}

export function detectLanguage(lower: string): Language {
  const sample = lower.slice(0, SAMPLE);
  const scores: Record<Known, number> = { en: 0, es: 0, pt: 0, fr: 0, de: 0 };
  let counted = 0;
  // A hand-written word loop: several times faster than split or matchAll, on every post.
  for (let i = 0, start = -1; i <= sample.length; i++) {
    const inWord = i < sample.length && isWordCode(sample.charCodeAt(i));
    if (inWord && start < 0) start = i;
    if (inWord || start < 0) continue;
    counted++;
    const owners = OWNER.get(sample.slice(start, i));
    start = -1;
    if (!owners) continue;
    // A word shared by several languages counts less for each.
    for (const owner of owners) scores[owner] += 1 / owners.length;
  }
  if (!ASCII_ONLY.test(sample)) {
    for (const [letters, languages] of LETTERS) {
      const count = Math.min(3, sample.match(letters)?.length ?? 0);
      for (const language of languages) scores[language] += count;
    }
    const foreign = sample.match(FOREIGN_SCRIPT)?.length ?? 0;
    if (foreign > counted) return 'other';
  }
  const ranked = (Object.keys(scores) as Known[]).sort((a, b) => scores[b] - scores[a]);
  const [best, second] = [scores[ranked[0]!], scores[ranked[1]!]];
  if (best > 0 && best > second) return ranked[0]!;
  // Nothing to go by: a short plain-ASCII line ("No AI.") is most likely English.
  return best === 0 && counted > 0 && ASCII_ONLY.test(sample) ? 'en' : 'other';
}
