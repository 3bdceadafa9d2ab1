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

/** "(?:only|fully) human" to "only human", "fully human": a leading group's branches as alternatives of their own. */
function distribute(source: string): string[] {
  if (!source.startsWith('(?:')) return [source];
  const end = closing(source, 0);
  const rest = source.slice(end + 1);
  if (end < 0 || QUANTIFIER.test(rest)) return [source];
  return topLevelAlternatives(source.slice(3, end)).flatMap((branch) => distribute(branch + rest));
}

/** The first character of `source` is a plain letter or digit, not quantified. */
function leadingLetter(source: string): boolean {
  return /^[a-z0-9]/.test(source) && !QUANTIFIER.test(source.slice(1));
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

/** The alternation of `sources`, factored `depth` letters deep. */
export function factored(sources: string[], depth: number): string {
  return factorLevel(sources.flatMap(topLevelAlternatives).flatMap(distribute), depth);
}
