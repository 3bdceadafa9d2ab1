/**
 * Compiles the lexicons into regular expressions, once per language set. Cue matching always includes English:
 * marketplace posts in other languages often mix in English terms and headings.
 */
import { foldForMatching } from '../fold.ts';
import type { Language, Part } from '../types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import {
  DETECTION_PHRASES,
  DETECTORS,
  GENERIC,
  HUMAN_ONLY,
  PRODUCT_AFTER,
  SKILL_AFTER,
  TOOL_AFTER,
  TOOLS,
} from './terms.ts';
import { factored } from './trie.ts';
import type { CueLexicon } from './types.ts';

export const LEXICONS: Record<Exclude<Language, 'other'>, CueLexicon> = { en, es, pt, fr, de };

/**
 * Word edges. Text and sources are both folded to ASCII letters (`foldForMatching`), so `\b` is right, and
 * it is far cheaper than a Unicode look-behind tried at every position.
 */
const EDGE_BEFORE = '\\b';
const EDGE_AFTER = '(?![a-z0-9_])';

/**
 * A space in a lexicon source stands for a run of separators (sentences keep their original spacing), and
 * `' ?'` for an optional one. Spaces inside a character class stay literal.
 */
function expandSpaces(source: string, separator: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ' && source[i + 1] === '?') {
      out += `(?:${separator})*`;
      i++;
    } else if (ch === ' ') {
      out += `(?:${separator})+`;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Sources are written with accents for the reader; the text they run on has none. Between words, a comma may
 * stand before the space ("let us know, which tools", "mitteilen, welche Tools").
 */
export function spaced(source: string): string {
  return expandSpaces(foldForMatching(source), ',? ');
}

/**
 * The sources as one alternation, factored by their leading letters (`trie.ts`): same matches, in the same order,
 * but a word that starts no cue is rejected after a few tests instead of one per source (a third off each cue pass).
 * `split`: leading groups are split by first letter as well, which factors deeper but repeats their tails.
 */
function alternation(sources: string[], split: boolean): string {
  return factored(sources.map(spaced), 2, split);
}

/**
 * irregexp, the regular-expression engine of V8 and SpiderMonkey, skips its optimisations for a pattern longer
 * than 20 KiB, and such an expression runs about three times slower. (It also stops optimising every expression
 * compiled after an isolate has generated 1 MB of regular-expression code and committed 16 MB of executable
 * memory: another reason to keep the lexicons' code small.)
 */
export const OPTIMIZED_PATTERN_MAX = 20 * 1024;

/**
 * The expression `pattern` builds, with split leading groups where that keeps it under `OPTIMIZED_PATTERN_MAX`:
 * only the lexicon of all five languages at once (a post whose language is left open) needs the shorter form.
 */
function compiled(pattern: (split: boolean) => string, flags: string): RegExp {
  const split = pattern(true);
  return new RegExp(split.length <= OPTIMIZED_PATTERN_MAX ? split : pattern(false), flags);
}

/** Matches any of the sources as whole words, anywhere. */
function words(sources: string[]): RegExp {
  if (sources.length === 0) return /(?!)/;
  return compiled((split) => `${EDGE_BEFORE}(?:${alternation(sources, split)})${EDGE_AFTER}`, 'g');
}

/**
 * Matches when the text starts with one of the sources, each written with a leading `^`: anchored once outside
 * the alternation, the expression is tried at the start only, not at every word edge of the clause.
 */
function leading(sources: string[]): RegExp {
  if (sources.length === 0) return /(?!)/;
  const bare = sources.map((source) => {
    if (!source.startsWith('^')) throw new Error(`a leading source must start with ^: ${source}`);
    return source.slice(1);
  });
  return compiled((split) => `^(?:${alternation(bare, split)})${EDGE_AFTER}`, 'g');
}

/** A capture group per list, so one scan tells which list matched (a list may be empty). */
function grouped(lists: string[][], split: boolean): string {
  return lists.map((list) => `(${list.length > 0 ? alternation(list, split) : '(?!)'})`).join('|');
}

/** Matches any of the lists' sources as whole words; the group number says which list. */
function wordGroups(lists: string[][]): RegExp {
  return compiled((split) => `${EDGE_BEFORE}(?:${grouped(lists, split)})${EDGE_AFTER}`, 'g');
}

/** Matches when the text ends with one of the sources (for the words right before a mention); grouped. */
function endsWith(lists: string[][]): RegExp {
  return compiled((split) => `${EDGE_BEFORE}(?:${grouped(lists, split)})[ '"/-]*$`, '');
}

/** Matches when the text starts with one of the sources (for the word right after a mention). */
function startsWith(sources: string[]): RegExp {
  return compiled((split) => `^[ '"/-]*(?:${alternation(sources, split)})${EDGE_AFTER}`, '');
}

/** Groups of `CompiledLexicon.before`, in order. */
export const BEFORE = ['product', 'skill', 'contrast', 'ban'] as const;
/** Groups of `CompiledLexicon.conditions`, in order. */
export const CONDITIONS = ['limited', 'approval', 'review', 'ownWork'] as const;
/** Groups of `CompiledLexicon.parts`, in order. */
export const PARTS: Part[] = ['proposal', 'work', 'communication'];

export interface CompiledLexicon {
  /** With the `turnAway` sources. */
  prohibit: RegExp;
  turnAway: RegExp;
  permit: RegExp;
  encourage: RegExp;
  /** Grouped by `CONDITIONS`; the `tasks` sources count as `limited`. */
  conditions: RegExp;
  /** The `limited` sources alone, without the `tasks`. */
  limits: RegExp;
  disclose: RegExp;
  /** `discloseBare`: counts only beside a permission (`stance.ts`). */
  discloseBare: RegExp;
  confidential: RegExp;
  materialReference: RegExp;
  backReference: RegExp;
  humanAuthorship: RegExp;
  neutral: RegExp;
  notRequired: RegExp;
  otherActor: RegExp;
  attestation: RegExp;
  roles: RegExp;
  detection: RegExp;
  /** The words right before a mention, grouped by `BEFORE`. */
  before: RegExp;
  productAfter: RegExp;
  skillAfter: RegExp;
  toolAfter: RegExp;
  /** Grouped by `PARTS`. */
  parts: RegExp;
}

const cache = new Map<string, CompiledLexicon>();

function languagesFor(language: Language): CueLexicon[] {
  if (language === 'other') return Object.values(LEXICONS);
  return language === 'en' ? [en] : [en, LEXICONS[language]];
}

/** Prepositions between a noun and the AI term it governs ("agentes de IA", "experience with AI"). */
const CONNECTOR = "(?: (?:de|del|en|con|em|com|da|do|des|du|of|for|with|avec|mit|in|d'))?";

export function lexiconFor(language: Language): CompiledLexicon {
  const hit = cache.get(language);
  if (hit) return hit;
  const lexicons = languagesFor(language);
  const list = (key: Exclude<keyof CueLexicon, 'parts'>) => lexicons.flatMap((lexicon) => lexicon[key]);
  const withConnector = (key: 'productBefore' | 'skillBefore') =>
    list(key).map((source) => `(?:${source})${CONNECTOR}`);
  const compiled: CompiledLexicon = {
    prohibit: words([...list('prohibit'), ...list('turnAway')]),
    turnAway: words(list('turnAway')),
    permit: words(list('permit')),
    encourage: words(list('encourage')),
    // The tasks are limits in the same group (one group fewer to try at every word); `limits` tells them apart.
    conditions: wordGroups(
      CONDITIONS.map((kind) => (kind === 'limited' ? [...list('limited'), ...list('tasks')] : list(kind))),
    ),
    limits: words(list('limited')),
    disclose: words([...list('disclose'), ...list('discloseWeak')]),
    discloseBare: words(list('discloseBare')),
    confidential: words(list('confidential')),
    materialReference: words(list('materialReference')),
    backReference: words(list('backReference')),
    humanAuthorship: words(list('humanAuthorship')),
    neutral: words(list('neutral')),
    notRequired: words(list('notRequired')),
    otherActor: leading(list('otherActor')),
    attestation: words(list('attestation')),
    roles: words(list('roles')),
    detection: words([...DETECTORS, ...DETECTION_PHRASES]),
    before: endsWith([
      withConnector('productBefore'),
      withConnector('skillBefore'),
      list('contrastBefore'),
      list('banLeadIns'),
    ]),
    productAfter: startsWith([...PRODUCT_AFTER, ...list('productAfter')]),
    skillAfter: startsWith(SKILL_AFTER),
    toolAfter: startsWith(TOOL_AFTER),
    parts: wordGroups(PARTS.map((part) => lexicons.flatMap((lexicon) => lexicon.parts[part]))),
  };
  cache.set(language, compiled);
  return compiled;
}

/** The groups that matched anywhere in `text`, as a bit mask (bit i for group i + 1). */
export function groupsIn(re: RegExp, text: string, count: number): number {
  const all = (1 << count) - 1;
  let found = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && found !== all; m = re.exec(text)) {
    for (let group = 1; group <= count; group++) if (m[group] !== undefined) found |= 1 << (group - 1);
  }
  return found;
}

/** Which family a mention belongs to (`mentionKind`). */
export type MentionKind = 'tool' | 'generic' | 'romance' | 'german' | 'human' | 'detector' | 'disclosure';
const MENTION_KINDS: MentionKind[] = [
  'tool',
  'generic',
  'romance',
  'german',
  'human',
  'detector',
  'disclosure',
];

/** Between the words of a term in unfolded text: any space or dash ("stable\u00a0diffusion", "no‑AI"). */
const SEPARATOR = '[\\s\\-\\u2010-\\u2015]';
const ACCENTED = '[\\u00c0-\\u024f]';

/** Roots that make a sentence worth reading for a disclosure rule even when it names no AI term itself. */
const DISCLOSURE_ROOTS = [
  'disclos\\w*',
  'declar\\w*',
  'déclar\\w*',
  'divulg\\w*',
  'offen(?:ge)?leg\\w*',
  'kennzeichn\\w*',
  'transparen\\w*',
  // Questions that refer back to AI named just before: "Tell us which tools you used and how."
  'tell (?:us|me) (?:which|what|how|if|whether)',
  'let (?:us|me) know (?:which|what|how|if|whether)',
  '(?:which|what) (?:ai )?tools',
  'qu[ée] herramientas?',
  'quais ferramentas',
  'quel(?:s|le|les)? outils?',
  // "Añade una línea diciendo si usaste alguna de estas herramientas", "signalez les parties concernées".
  '(?:diciendo|indicando|aclarando|especificando|señalando)(?: \\S+){0,2}? (?:si|qué|cuáles) (?:usaste|utilizaste|has usado|has utilizado|herramientas|partes)',
  'les parties concernées',
  // "Add a note saying what you used it for", after AI named before.
  '(?:saying|noting) (?:which|what|whether|where)',
  'welche (?:tools|werkzeuge|ki)',
  // "Tell us if you used it", after AI named before: "nos diga se usou", "indiquez-nous si vous l'avez utilisée".
  '(?:dinos|dime|cuéntanos|indícanos|avísanos|indica|avisa)(?: \\S+){0,3}? si (?:usaste|utilizaste|has usado|has utilizado)',
  '(?:diga|conte|informe|avise|indique)(?:-nos)?(?: \\S+){0,3}? se (?:usou|utilizou)',
  "(?:dites|indiquez|précisez|signalez)(?:-le)?-nous(?: \\S+){0,3}? si vous (?:avez|l'avez|les avez)",
  '(?:sag|sagt|sagen sie|teil|teilt|teilen sie) (?:uns|mir)(?: \\S+){0,3}? (?:ob|welche|wo)',
  // "Geben Sie im Anschluss an, wo Sie es verwendet haben."
  '(?:gib|gebt|geben sie)(?: \\S+){0,4}? an,? (?:wo|welche|ob)',
];

/** The sources of each kind of mention, in `MENTION_KINDS` order, ready for the unfolded text. */
const MENTION_SOURCES: string[][] = [
  TOOLS,
  GENERIC,
  [...es.aiTerms, ...pt.aiTerms, ...fr.aiTerms],
  de.aiTerms,
  HUMAN_ONLY,
  DETECTORS,
  DISCLOSURE_ROOTS,
]
  // `\w` must take in accented letters too: "declaração", "offengelegt".
  .map((group) => group.map((s) => expandSpaces(s.replaceAll('\\w', `[\\w${ACCENTED.slice(1)}`), SEPARATOR)));

/**
 * One pass over the whole lowercased post (not folded: folding all of it costs more than the pass) finds every
 * place worth a closer look. Word edges are `\b` plus a check for accented letters, which `\b` takes for
 * non-letters ("idéia" holds no "ia"); the check before a term is the caller's (`isAccented`), as a look-behind
 * tried at every word edge costs a fifth of the pass. The terms are factored by their first two letters
 * (`trie.ts`): the pass then costs a few tests per word instead of one per term. `mentionKind` tells a match's kind.
 */
export const MENTION_RE = new RegExp(
  `\\b(?:${factored(MENTION_SOURCES.flat(), 2)})(?![a-z0-9_]|${ACCENTED})`,
  'g',
);

/** The code unit is an accented Latin letter (`ACCENTED`): a term right after one is inside a word. */
export function isAccented(code: number): boolean {
  return code >= 0xc0 && code <= 0x24f;
}

/** Each kind's terms, matching a whole found term. */
const KIND_RES = MENTION_SOURCES.map((group) => new RegExp(`^(?:${group.join('|')})$`));

/**
 * The kind of a term `MENTION_RE` found: the first kind with a term that matches all of it, which is the kind of
 * the term the pass matched (it tries the terms in the same order and keeps the first that fits).
 */
export function mentionKind(found: string): MentionKind {
  for (let kind = 0; kind < KIND_RES.length; kind++) {
    if (KIND_RES[kind]!.test(found)) return MENTION_KINDS[kind]!;
  }
  return 'generic';
}

/** `re.test` for the shared global expressions, which would otherwise resume from the last match. */
export function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Blanks what `re` matches, keeping every offset, so later cues cannot reuse those words. */
export function masked(re: RegExp, text: string): string {
  re.lastIndex = 0;
  let match = re.exec(text);
  // Most texts hold no match: return them as they are, without building a copy.
  if (!match) return text;
  let out = '';
  let last = 0;
  do {
    const found = match[0].length;
    out += text.slice(last, match.index) + ' '.repeat(found);
    last = match.index + found;
    if (found === 0) re.lastIndex++;
    match = re.exec(text);
  } while (match);
  return out + text.slice(last);
}
