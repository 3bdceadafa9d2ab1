/**
 * Folding that keeps every offset: each output has the same length as its input, so a match found in it indexes
 * the original text directly (evidence offsets depend on this).
 */

/** Lowercase, one code unit for one. */
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

/** Letters that do not decompose into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 's',
  œ: 'o',
  æ: 'a',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  ð: 'd',
  þ: 't',
};

/** Typographic quotes, dashes and odd spaces, to the plain ones the lexicons are written with. */
const PUNCTUATION: Record<string, string> = {
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
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': ' ',
};

const TABLE = new Map<string, string>(Object.entries({ ...SPECIAL_LETTERS, ...PUNCTUATION }));
for (let code = 0xc0; code <= 0x24f; code++) {
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD')[0]!;
  if (!TABLE.has(ch) && /[a-z]/i.test(base)) TABLE.set(ch, base.toLowerCase());
}
const FOLDABLE =
  /[\u00c0-\u024f\u2018\u2019\u02bc`\u00b4\u201c\u201d\u201e\u00ab\u00bb\u2010-\u2015\u00b7\u00a0\t\u2009\u202f\u200b]/g;

/**
 * For matching, on lowercased text: accented Latin letters to their base letter ("é" → "e", "ß" → "s"),
 * typographic punctuation to plain, odd spaces to " " (line breaks stay: sentences never span them). Lets the
 * lexicons use ASCII word boundaries, which the regular-expression engine matches far faster than Unicode ones.
 */
export function foldForMatching(lower: string): string {
  // Most slices are plain ASCII: testing is cheaper than a replace that finds nothing.
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(lower)) return lower;
  return lower.replace(FOLDABLE, (ch) => TABLE.get(ch) ?? ch);
}
