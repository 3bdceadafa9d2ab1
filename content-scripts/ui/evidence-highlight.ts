/**
 * Highlights evidence sentences in the page's own description without touching its DOM: the CSS Custom
 * Highlight API paints ranges, so Vue's nodes and the user's page stay exactly as they were.
 */

const HIGHLIGHT = 'candor-evidence';
const STYLE_ID = 'candor-evidence-style';

/**
 * Whitespace-insensitive search: the engine read `innerText`, the DOM holds text nodes with other spacing.
 * The flattened text is built once per search (linear: a description can be very long).
 */
function findRange(container: Element, quote: string): Range | null {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const chars: string[] = [];
  const map: [node: number, offset: number][] = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (let i = 0; i < text.length; i++) {
      const space = /\s/.test(text[i]!);
      if (space && lastWasSpace) continue;
      chars.push(space ? ' ' : text[i]!);
      map.push([nodes.length, i]);
      lastWasSpace = space;
    }
    nodes.push(node as Text);
    // Separate text nodes (e.g. around a <br>) as a space would.
    if (!lastWasSpace) {
      chars.push(' ');
      map.push([nodes.length - 1, text.length]);
      lastWasSpace = true;
    }
  }
  const flat = chars.join('');
  const needle = quote.replace(/\s+/g, ' ').trim();
  const at = needle ? flat.indexOf(needle) : -1;
  if (at < 0) return null;
  const [startNode, startOffset] = map[at]!;
  const [endNode, endOffset] = map[at + needle.length - 1]!;
  const range = document.createRange();
  range.setStart(nodes[startNode]!, startOffset);
  range.setEnd(nodes[endNode]!, Math.min(endOffset + 1, nodes[endNode]!.length));
  return range;
}

/** Paints the quotes found in `container`; returns how many were found. */
export function highlightEvidence(container: Element, quotes: readonly string[]): number {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  const ranges = quotes.map((quote) => findRange(container, quote)).filter((range) => range !== null);
  if (!registry || !HighlightClass) return ranges.length;
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `::highlight(${HIGHLIGHT}) { background-color: #fde68a; color: #1d2433; }`;
    document.head.append(style);
  }
  registry.set(HIGHLIGHT, new HighlightClass(...ranges));
  return ranges.length;
}

export function clearEvidenceHighlight(): void {
  (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(HIGHLIGHT);
}
