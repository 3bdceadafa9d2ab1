/**
 * Language by stop-word counts over the start of the post: cheap, and enough to pick which lexicons to apply.
 */
import { LEXICONS } from './lexicon/index.ts';
import type { Language } from './types.ts';

type Known = Exclude<Language, 'other'>;

/** Enough text to be sure, little enough to stay cheap on long posts. */
const SAMPLE = 1000;

/** Letters that only some of the languages use: a short post may have no stop word but one of these. */
const LETTERS: [string, Known][] = [
  ['ñ¿¡', 'es'],
  ['ãõ', 'pt'],
  ['èêëîœ', 'fr'],
  ['äöüß', 'de'],
];
/** The five languages, in the order ties are broken; scores are kept by index into it (cheaper than by name). */
const KNOWN: Known[] = ['en', 'es', 'pt', 'fr', 'de'];
const LETTER_OWNER = new Map<string, number>(
  LETTERS.flatMap(([letters, language]) =>
    [...letters].map((letter) => [letter, KNOWN.indexOf(language)] as const),
  ),
);

/** Scripts that none of the five lexicons read (CJK, Cyrillic, Arabic…). */
const FOREIGN_SCRIPT = '\\u0400-\\u04ff\\u0590-\\u06ff\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af';

/** The telling letters (few in any post: a pass that stops at each is cheap). */
const TELLING = new RegExp(`[${LETTERS.map(([letters]) => letters).join('')}]`, 'g');
/**
 * Characters of the foreign scripts, counted by removing them: a post in Japanese is all such characters, and one
 * native replace costs far less than stopping at each.
 */
const FOREIGN = new RegExp(`[${FOREIGN_SCRIPT}]+`, 'g');

/**
 * Words that tell the language of a short rule with no stop word in it ("KI verboten.", "IA interdite.", "Proibido
 * usar IA."): the words for AI and for a ban or permission. "ia" is Spanish, Portuguese and French alike, so on its
 * own it leaves the language open ('other', which reads with every lexicon).
 */
const RULE_WORDS: Record<Known, string[]> = {
  en: [],
  es: ['ia', 'prohibido', 'prohibida', 'permitido', 'permitida', 'nada', 'uso'],
  pt: ['ia', 'proibido', 'proibida', 'permitido', 'permitida', 'nada', 'uso'],
  fr: ['ia', 'interdit', 'interdite', 'autorisé', 'autorisée', 'utilisation'],
  de: ['ki', 'verboten', 'erlaubt', 'untersagt', 'gestattet', 'ohne', 'nutzung', 'verwenden'],
};

/** Per stop word, the languages that use it (indices into `KNOWN`). */
const OWNER = new Map<string, number[]>();
for (const [language, lexicon] of Object.entries(LEXICONS) as [Known, (typeof LEXICONS)[Known]][]) {
  for (const word of new Set([...lexicon.stopwords, ...RULE_WORDS[language]]))
    OWNER.set(word, [...(OWNER.get(word) ?? []), KNOWN.indexOf(language)]);
}
const ASCII_ONLY = /^[\x20-\x7e\s]*$/;

/** Letters of the five languages' words: a-z, ß and à-ÿ (but not ÷). */
const WORD_LETTER = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff';

/**
 * Every stop word of the five languages as a whole word, in one pass: the engine does not stop at words that are
 * none (most of them), which a loop over all words would. The word is group 1; the character before it is taken
 * in the match (a look-behind tried at every position costs a third more), and the look-ahead after it leaves
 * that character to the next word.
 */
export const STOPWORD_RE = new RegExp(
  `(?:^|[^${WORD_LETTER}])(${[...OWNER.keys()].sort((a, b) => b.length - a.length).join('|')})(?![${WORD_LETTER}])`,
  'g',
);
const WORD_RE = new RegExp(`[${WORD_LETTER}]+`, 'g');

/** How many words the sample holds (asked only when stop words do not decide). */
function wordCount(sample: string): number {
  return sample.match(WORD_RE)?.length ?? 0;
}

/**
 * Stop words counted before the leader is checked; with `LEAD` times the runner-up's count by then, the rest of
 * the sample cannot change the answer in practice, and most posts are decided in their first few lines.
 */
const EARLY_WORDS = 12;
const LEAD = 4;

/** Counts stop words in `sample` into `scores`; returns how far it read (it stops once one language clearly leads). */
function countStopwords(sample: string, scores: number[]): number {
  STOPWORD_RE.lastIndex = 0;
  let counted = 0;
  for (let m = STOPWORD_RE.exec(sample); m; m = STOPWORD_RE.exec(sample)) {
    const owners = OWNER.get(m[1]!)!;
    // A word shared by several languages counts less for each.
    for (let k = 0; k < owners.length; k++) scores[owners[k]!]! += 1 / owners.length;
    if (++counted >= EARLY_WORDS && counted % 4 === 0 && clearLead(scores)) return STOPWORD_RE.lastIndex;
  }
  return sample.length;
}

function clearLead(scores: number[]): boolean {
  let best = 0;
  let second = 0;
  for (const score of scores) {
    if (score > best) [best, second] = [score, best];
    else if (score > second) second = score;
  }
  return best >= LEAD * Math.max(second, 1);
}

/**
 * The language of a post, and which lexicons read it. A post in a script none of the five languages use
 * (Japanese, Russian…) is 'other', but only its English words can be cues (the AI terms in it are "AI",
 * "ChatGPT"), so it is read with the English lexicon; reading it with all five would cost four times as much for
 * nothing. A post left open between the five ('other' by a tie) is read with all of them.
 */
export function languageOf(lower: string): { language: Language; lexicon: Language } {
  const { language, foreign } = readLanguage(lower);
  return { language, lexicon: language !== 'other' ? language : foreign ? 'en' : 'other' };
}

/** Most of the sample is in a script none of the five languages use. */
function foreignScript(sample: string): boolean {
  const foreign = sample.length - sample.replace(FOREIGN, '').length;
  return foreign > 0 && foreign > wordCount(sample);
}

export function detectLanguage(lower: string): Language {
  return readLanguage(lower).language;
}

/** The language, and whether the post is 'other' for its script (`foreign`) rather than for a tie. */
function readLanguage(lower: string): { language: Language; foreign: boolean } {
  const scores = [0, 0, 0, 0, 0];
  // Telling letters and foreign scripts are looked for only in what the stop words needed.
  const sample = lower.slice(0, countStopwords(lower.slice(0, SAMPLE), scores));
  const ascii = ASCII_ONLY.test(sample);
  if (!ascii) {
    const letters = [0, 0, 0, 0, 0];
    TELLING.lastIndex = 0;
    for (let m = TELLING.exec(sample); m; m = TELLING.exec(sample)) letters[LETTER_OWNER.get(m[0])!]!++;
    for (let k = 0; k < KNOWN.length; k++) scores[k]! += Math.min(3, letters[k]!);
    if (foreignScript(sample)) return { language: 'other', foreign: true };
  }
  // Stable: among equal scores the earlier language in `KNOWN` ranks first.
  const ranked = [0, 1, 2, 3, 4].sort((a, b) => scores[b]! - scores[a]!);
  const [best, second] = [scores[ranked[0]!]!, scores[ranked[1]!]!];
  if (best > 0 && best > second) return { language: KNOWN[ranked[0]!]!, foreign: false };
  // Nothing to go by: a short plain-ASCII line ("No AI.") is most likely English.
  return { language: best === 0 && ascii && wordCount(sample) > 0 ? 'en' : 'other', foreign: false };
}
