/**
 * Case folding that keeps every offset: the folded string has the same length as the input, so a match found in
 * it indexes the original text directly (evidence offsets depend on this).
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters (e.g. 'İ') lowercase to two code units; fold those one by one and keep the rest as they are.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}

const PUNCT_FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u00b7': '-',
  '\u00a0': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': ' ',
};
const PUNCT_RE =
  /[\u2018\u2019\u02bc`\u00b4\u201c\u201d\u201e\u00ab\u00bb\u2010-\u2015\u00b7\u00a0\t\n\r\u2009\u202f\u200b]/g;

/**
 * Maps typographic quotes, dashes and odd spaces to plain ones, one character for one, so the lexicon patterns
 * can be written with `'`, `-` and ` ` only. Used on already-folded sentences.
 */
export function foldPunctuation(folded: string): string {
  return folded.replace(PUNCT_RE, (ch) => PUNCT_FOLD[ch] ?? ' ');
}
