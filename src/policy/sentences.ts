/**
 * Sentence spans found around a position, without splitting the whole post: the engine only looks at the few
 * sentences that mention AI, so most of a long post is never scanned twice.
 */

export interface Span {
  start: number;
  end: number;
}

/** Longest stretch looked at on either side of a position; past it a "sentence" is cut (keeps work linear). */
const MAX_SIDE = 300;

const BULLET_CHARS = new Set([
  '-',
  '*',
  '\u2022',
  '\u25aa',
  '\u25cf',
  '\u25e6',
  '\u2023',
  '\u2043',
  '\u25ba',
  '\u2713',
  '\u2714',
  '\u2610',
  '\u2611',
  '\u2705',
  '\u274c',
  '\u26d4',
  '>',
  '#',
  '|',
]);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\u2003' || ch === '\u2009';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** A `.` that ends an abbreviation like "A.I." or "e.g." rather than a sentence. */
function isAbbreviationDot(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (!isLetter(prev)) return false;
  const before = text[i - 2];
  return (
    before === '.' ||
    before === undefined ||
    isSpace(before) ||
    before === '(' ||
    before === '\n' ||
    abbreviatedWordBefore(text, i)
  );
}

/** Words written with a stop that a sentence goes on after ("ChatGPT & Co. nehmen wir nicht ab", "etc. and"). */
const ABBREVIATED_WORDS = new Set(['etc', 'co', 'usw']);
/**
 * Abbreviations that hardly ever end a sentence, so the sentence goes on whatever follows: a German noun ("bzw.
 * Cursor"), a number ("ca. 20 Slides").
 */
const NEVER_FINAL = new Set(['bzw', 'ca', 'vs', 'inkl', 'zzgl', 'ggf', 'evtl', 'bspw', 'approx', 'incl']);
/** Their last letters: most stops before a capital follow none of them, and need no look at the word. */
const NEVER_FINAL_LAST = new Set([...NEVER_FINAL].map((word) => word[word.length - 1]));

/**
 * The stop at `i` ends one of `NEVER_FINAL` and a space follows, or one of `ABBREVIATED_WORDS` and a lowercase word
 * follows.
 */
function abbreviatedWordBefore(text: string, i: number): boolean {
  const after = text[i + 2];
  if (text[i + 1] !== ' ' || after === undefined) return false;
  const lowercaseAfter = after !== after.toUpperCase();
  if (!lowercaseAfter && !NEVER_FINAL_LAST.has(text[i - 1])) return false;
  // The longest abbreviation has six letters: look no further back.
  let start = i;
  while (start > 0 && i - start <= 6 && isLetter(text[start - 1])) start--;
  if (i - start > 6 || isLetter(text[start - 1])) return false;
  const word = text.slice(start, i).toLowerCase();
  return NEVER_FINAL.has(word) || (lowercaseAfter && ABBREVIATED_WORDS.has(word));
}

/** The characters `endsAt` can end a sentence on, by code: ASCII in a table, the rest in a set. */
const TERMINATES = new Uint8Array(128);
for (const ch of '\n.!?|') TERMINATES[ch.charCodeAt(0)] = 1;
const TERMINATES_WIDE = new Set([0x2022, 0x2026, 0x3002, 0xff01, 0xff1f]);

/** The character could end a sentence (`endsAt` decides): a table lookup, cheaper than `endsAt` on every character. */
function mayEnd(code: number): boolean {
  return code < 128 ? TERMINATES[code] === 1 : TERMINATES_WIDE.has(code);
}

/** How far back the "(" of a ")" after a stop is looked for. */
const PARENTHESIS_REACH = 300;

/** The "(" closed after index `i` stands where a sentence starts: the start of the text or a line, or after a stop. */
function parenthesisOpensSentence(text: string, i: number): boolean {
  const limit = Math.max(0, i - PARENTHESIS_REACH);
  let open = i;
  while (open >= limit && text[open] !== '(' && text[open] !== '\n') open--;
  if (open < limit || text[open] !== '(') return true;
  let before = open - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  const ch = text[before];
  return before < 0 || ch === '\n' || ch === '.' || ch === '!' || ch === '?';
}

/** True when a sentence ends right after index `i` (inclusive). */
function endsAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n' || ch === '\u2022' || ch === '|') return true;
  if (
    ch === '.' ||
    ch === '!' ||
    ch === '?' ||
    ch === '\u2026' ||
    ch === '\u3002' ||
    ch === '\uff01' ||
    ch === '\uff1f'
  ) {
    const next = text[i + 1];
    if (
      next !== undefined &&
      !isSpace(next) &&
      next !== '\n' &&
      next !== '"' &&
      next !== ')' &&
      next !== '\u201d'
    ) {
      return ch === '\u3002' || ch === '\uff01' || ch === '\uff1f';
    }
    // A stop right before ")" ends a sentence only when the parenthesis holds a sentence of its own ("(We check
    // every draft.)"), not when it closes a list inside one ("(CapCut, etc.), cela…", "(ChatGPT, Gemini...) every day").
    if (next === ')' && !parenthesisOpensSentence(text, i)) return false;
    // The same with a quote closed inside the parenthesis: '(like "I am thrilled to apply…") get archived'.
    if ((next === '"' || next === '\u201d') && text[i + 2] === ')' && !parenthesisOpensSentence(text, i))
      return false;
    return !(ch === '.' && isAbbreviationDot(text, i));
  }
  return false;
}

/**
 * Where the sentence running from `from` ends: the first index before `limit` that ends one, else `limit`. Only a
 * terminator can end a sentence: the code table finds the candidates, `endsAt` decides.
 */
function endBefore(text: string, from: number, limit: number): number {
  let end = from;
  while (end < limit && !(mayEnd(text.charCodeAt(end)) && endsAt(text, end))) end++;
  return end;
}

/** Past the terminator at `end`: ". ! ?" stay in the quote, a newline, a table bar or a bullet do not. */
function withTerminator(text: string, end: number): number {
  return end < text.length && text[end] !== '\n' && text[end] !== '|' && text[end] !== '\u2022'
    ? end + 1
    : end;
}

/** The first position from `pos` on that is not a space or a line break. */
function skipSpace(text: string, pos: number): number {
  let at = pos;
  while (at < text.length && (isSpace(text[at]) || text[at] === '\n')) at++;
  return at;
}

/** The sentence holding `pos`, trimmed of surrounding space and list markers. */
export function sentenceAt(text: string, pos: number): Span {
  let start = pos;
  const lowest = Math.max(0, pos - MAX_SIDE);
  while (start > lowest && !(mayEnd(text.charCodeAt(start - 1)) && endsAt(text, start - 1))) start--;
  const end = endBefore(text, pos, Math.min(text.length, pos + MAX_SIDE));
  return trimSpan(text, start, withTerminator(text, end));
}

/** The length of list numbering ("1. ", "12) ", "a. ") at `s`, or 0: what `/^(?:\d{1,2}|[a-z])[.)]\s/` matches. */
function numberingAt(text: string, s: number): number {
  const first = text.charCodeAt(s);
  let mark = s + 1;
  if (first >= 48 && first <= 57) {
    const second = text.charCodeAt(s + 1);
    if (second >= 48 && second <= 57) mark = s + 2;
  } else if (first < 97 || first > 122) return 0;
  let ch = text[mark];
  // "12." and "1." both: a second digit not followed by the mark is tried as the mark's place of one digit.
  if (ch !== '.' && ch !== ')' && mark === s + 2) {
    mark = s + 1;
    ch = text[mark];
  }
  if (ch !== '.' && ch !== ')') return 0;
  const after = text[mark + 1];
  return after !== undefined && WHITESPACE.test(after) ? mark + 2 - s : 0;
}

const WHITESPACE = /\s/;

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (;;) {
    while (s < e && (isSpace(text[s]) || text[s] === '\n')) s++;
    if (s < e && BULLET_CHARS.has(text[s]!) && s + 1 < e && (isSpace(text[s + 1]) || text[s] === '\u2022')) {
      s++;
      continue;
    }
    // "1." "2)" "a)" list numbering
    const numbering = numberingAt(text, s);
    if (numbering > 0 && s + numbering < e) {
      s += numbering;
      continue;
    }
    break;
  }
  while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n')) e--;
  return { start: s, end: e };
}

/** Start of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

const LIST_MARK =
  /^\s*(?:[-*\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25ba\u2713\u2714]|\d{1,2}[.)]|[a-z][.)])\s/;

/** The line is an item of a list: it starts with a bullet or a number. */
export function isListLine(text: string, lineStartPos: number): boolean {
  return LIST_MARK.test(text.slice(lineStartPos, lineStartPos + 8));
}

/** How far back a list item looks for the heading that introduces it. */
const HEADING_LOOKBACK = 600;
const MAX_HEADING = 90;

/**
 * The heading a list item sits under ("What is strictly prohibited", "You may not use AI to:"). A bulleted item
 * takes the nearest line above that is not an item, if it ends with ":" or is short and unpunctuated; an item
 * without a bullet walks up over short unpunctuated lines (its siblings) to a line ending with ":".
 */
export function headingAbove(
  text: string,
  lineStartPos: number,
  cache?: Map<number, Span | null>,
): Span | null {
  const bulleted = isListLine(text, lineStartPos);
  let pos = lineStartPos - 1;
  const lowest = Math.max(0, lineStartPos - HEADING_LOOKBACK);
  let found: Span | null = null;
  while (pos > lowest) {
    const start = lineStart(text, pos);
    // Items of one list share a heading: the one above already found it.
    if (bulleted && cache?.has(start) && isListLine(text, start)) {
      found = cache.get(start) ?? null;
      break;
    }
    const span = trimSpan(text, start, pos);
    pos = start - 1;
    if (span.end <= span.start || (bulleted && isListLine(text, start))) continue;
    const line = text.slice(span.start, span.end);
    const last = line[line.length - 1];
    if (last === ':') {
      found = span;
      break;
    }
    const short = line.length <= MAX_HEADING && last !== '.' && last !== '!' && last !== '?';
    if (!short) break;
    if (bulleted) {
      found = span;
      break;
    }
  }
  cache?.set(lineStartPos, found);
  return found;
}

/** The sentence that ends right before `start` (across spaces and line breaks), or null at the start of the text. */
export function previousSentence(text: string, start: number): Span | null {
  let pos = start - 1;
  while (pos >= 0 && (isSpace(text[pos]) || text[pos] === '\n')) pos--;
  if (pos < 0) return null;
  const span = sentenceAt(text, pos);
  return span.end > span.start && span.end <= start ? span : null;
}

/** The sentence right after one that ends at `end`, if any. */
export function nextSentence(text: string, end: number): Span | null {
  const pos = skipSpace(text, end);
  if (pos >= text.length) return null;
  const span = sentenceAt(text, pos);
  return span.end > span.start && span.start >= end ? span : null;
}

/**
 * The sentence right after one that ends at `end`, if it ends within `max` characters and before `stop` (where the
 * next mention starts): a bounded scan, for a short follow-up read only when it names no AI itself.
 */
export function shortSentenceAfter(text: string, end: number, max: number, stop: number): Span | null {
  const pos = skipSpace(text, end);
  const limit = Math.min(text.length, pos + max, stop);
  const found = endBefore(text, pos, limit);
  if (found >= limit && limit < text.length) return null;
  let last = withTerminator(text, found);
  while (last > pos && isSpace(text[last - 1])) last--;
  return last > pos ? { start: pos, end: last } : null;
}
