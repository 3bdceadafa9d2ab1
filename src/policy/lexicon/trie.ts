/**
 * Factors an alternation of regular-expression sources by their leading letters ("chatgpt|claude|codex" becomes
 * "c(?:hatgpt|laude|odex)"), so the engine rejects a position with one test per letter instead of one per term.
 * The order of the alternatives is kept wherever two of them could match at the same place, so the expression
 * matches exactly what the plain alternation matches.
 */

const QUANTIFIER = /^[?*+{]/;

/** The top-level parts of `source` split at `|`, outside groups and character classes. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Index of the `)` that closes the group opened at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * "(?:not|never|won't) use" to "n(?:ot|ever) use" and "won't use": a leading group split by the first letters of
 * its branches, so that the factoring can file each part under its letter. The tail is written once per letter,
 * not once per branch: spreading every branch ("not use", "never use", …) tripled the size of the ban list, and
 * with it the machine code irregexp generates (see `OPTIMIZED_PATTERN_MAX` in `index.ts`). A group with a branch
 * that does not start with a letter (an accented one counts) stays as it is.
 */
function distribute(source: string): string[] {
  if (!source.startsWith('(?:')) return [source];
  const end = closing(source, 0);
  const rest = source.slice(end + 1);
  if (end < 0 || QUANTIFIER.test(rest)) return [source];
  const branches = topLevelAlternatives(source.slice(3, end)).flatMap(spreadHead);
  if (!branches.every(leadingLetter)) return [source];
  const byLetter = new Map<string, string[]>();
  for (const branch of branches) {
    const tails = byLetter.get(branch[0]!);
    if (tails) tails.push(branch.slice(1));
    else byLetter.set(branch[0]!, [branch.slice(1)]);
  }
  return [...byLetter].map(([letter, tails]) =>
    tails.length === 1 ? `${letter}${tails[0]}${rest}` : `${letter}(?:${tails.join('|')})${rest}`,
  );
}

/** A branch that opens with a group of its own, as that group's branches ("(?:do|does) not" to "do not", "does not"). */
function spreadHead(branch: string): string[] {
  if (!branch.startsWith('(?:')) return [branch];
  const end = closing(branch, 0);
  const rest = branch.slice(end + 1);
  if (end < 0 || QUANTIFIER.test(rest)) return [branch];
  return topLevelAlternatives(branch.slice(3, end)).flatMap((inner) => spreadHead(inner + rest));
}

/**
 * The first character of `source` is a letter (accented ones too: the mention terms keep their accents) or a
 * digit, not quantified. Any other start keeps the alternative whole and closes the buckets before it, which costs
 * the factoring of every term after it.
 */
function leadingLetter(source: string): boolean {
  return /^[a-z0-9\u00c0-\u024f]/.test(source) && !QUANTIFIER.test(source.slice(1));
}

function factorLevel(sources: string[], depth: number): string {
  if (depth === 0) return sources.join('|');
  const blocks: { key: string | null; items: string[] }[] = [];
  // Buckets still open to later alternatives: an alternative that does not start with a plain letter closes them,
  // so nothing after it moves before it.
  let open = new Map<string, { key: string; items: string[] }>();
  for (const source of sources) {
    if (!leadingLetter(source)) {
      blocks.push({ key: null, items: [source] });
      open = new Map();
      continue;
    }
    const key = source[0]!;
    let block = open.get(key);
    if (!block) {
      block = { key, items: [] };
      open.set(key, block);
      blocks.push(block);
    }
    block.items.push(source.slice(1));
  }
  return blocks
    .map(({ key, items }) => {
      if (key === null) return items[0]!;
      if (items.length === 1) return key + items[0]!;
      return `${key}(?:${factorLevel(items, depth - 1)})`;
    })
    .join('|');
}

/** The alternation of `sources`, factored `depth` letters deep; `split`: leading groups split too (`distribute`). */
export function factored(sources: string[], depth: number, split = true): string {
  const alternatives = sources.flatMap(topLevelAlternatives);
  return factorLevel(split ? alternatives.flatMap(distribute) : alternatives, depth);
}
