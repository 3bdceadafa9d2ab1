import type { Lang } from '../disclosure/list.ts';

/**
 * How Candor's note sits in a field's plain text: the note between an opening and a closing line.
 *
 *     ── AI use disclosure ──
 *     I used ChatGPT to check the spelling and grammar of this proposal.
 *     ── end of AI use disclosure ──
 *
 * Why these lines:
 * - The client reads them, so they say plainly what the block is: a heading and an end, nothing hidden. No
 *   zero-width or other invisible characters: hidden marks in a proposal would be deceptive, and Upwork's
 *   plain-text handling may strip them.
 * - They frame the label with U+2500 BOX DRAWINGS LIGHT HORIZONTAL, which no keyboard types and no
 *   Markdown or mail client produces (people type "---" or "—"), so a user's own line is very unlikely to
 *   equal one exactly; and only an exact whole line counts.
 * - U+2500 is in the Basic Multilingual Plane (one UTF-16 unit, counted once by Upwork’s counter), is in the
 *   common system fonts (Windows, macOS, Linux, Android, iOS), and is ordinary text that survives a
 *   textarea and a ProseMirror paragraph (checked in Chromium and Firefox ESR).
 * - The labels avoid accented letters, so a Unicode normalisation on the way (NFC/NFD) cannot change them.
 * - A closing line lets the block sit anywhere and be found again after the user writes below it.
 *
 * Both languages are recognised whatever language the note is written in; a pair must be of one language.
 */
export const NOTE_MARKERS: Readonly<Record<Lang, { readonly open: string; readonly close: string }>> = {
  en: { open: '── AI use disclosure ──', close: '── end of AI use disclosure ──' },
  es: { open: '── Aviso de uso de IA ──', close: '── fin del aviso de uso de IA ──' },
};

/** A block's place in the text, from the start of its opening line to the end of its closing line. */
export interface NoteRange {
  start: number;
  end: number;
}

interface MarkerLine {
  kind: 'open' | 'close';
  lang: Lang;
  start: number;
  end: number;
}

const LANGS = Object.keys(NOTE_MARKERS) as Lang[];

/** The marker a whole line is exactly, if any. Lines end at `\n` only: a `\r` in a line is the user's. */
function markerOf(line: string): Pick<MarkerLine, 'kind' | 'lang'> | null {
  for (const lang of LANGS) {
    if (line === NOTE_MARKERS[lang].open) return { kind: 'open', lang };
    if (line === NOTE_MARKERS[lang].close) return { kind: 'close', lang };
  }
  return null;
}

function markerLines(text: string): MarkerLine[] {
  const found: MarkerLine[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const marker = markerOf(text.slice(start, end));
    if (marker) found.push({ ...marker, start, end });
    start = end + 1;
  }
  return found;
}

/** Whether a line of a note would read as a marker, which would break the block it sits in. */
export function isMarkerLine(line: string): boolean {
  return markerOf(line) !== null;
}

/**
 * The last well-formed Candor block in `text`, or null.
 *
 * Well-formed: an opening line whose next marker line is the closing line of the same language. Any other
 * marker line is the user's text and is left alone: an opening or a closing on its own, a closing before an
 * opening, a pair of two languages, and a pair nested in another (an opening just before it and a closing
 * just after it). Near misses (other dashes, spacing, case, a `\r`) are not marker lines at all.
 *
 * With two well-formed blocks, the last one is Candor's: it is the one Candor appends, and acting on one
 * block only keeps every write small and undoable; the earlier one stays as the user's text.
 */
export function findNote(text: string): NoteRange | null {
  const lines = markerLines(text);
  for (let i = lines.length - 2; i >= 0; i--) {
    const open = lines[i]!;
    const close = lines[i + 1]!;
    if (open.kind !== 'open' || close.kind !== 'close' || open.lang !== close.lang) continue;
    const nested = lines[i - 1]?.kind === 'open' && lines[i + 2]?.kind === 'close';
    if (!nested) return { start: open.start, end: close.end };
  }
  return null;
}
