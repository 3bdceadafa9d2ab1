import type { Lang } from '../disclosure/list.ts';
import { findNote, isMarkerLine, NOTE_MARKERS, type NoteRange } from './format.ts';

/** Between the user's text and the block; removing the block takes it out again. */
const SEPARATOR = '\n\n';

export interface PlaceOptions {
  /** The language of the marker lines (the note's own text is the caller's). */
  lang: Lang;
  /** Where a new block goes; an existing block is always updated where it is. */
  position?: 'start' | 'end';
}

export type PlaceResult =
  | { ok: true; text: string; noteRange: NoteRange }
  | { ok: false; error: 'empty-note' | 'marker-in-note'; message: string };

/**
 * The note as it goes between the markers. Its line breaks become `\n` (a textarea's value would turn
 * `\r\n` into `\n` anyway, and the block must read back exactly as written), and blank lines around it go.
 * This touches only the note, never the user's text around the block.
 */
function prepareNote(note: string): PlaceResult | string {
  const body = note.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
  if (body.trim() === '') return { ok: false, error: 'empty-note', message: 'There is no note to insert.' };
  const marker = body.split('\n').find(isMarkerLine);
  if (marker !== undefined) {
    return {
      ok: false,
      error: 'marker-in-note',
      message: `The note contains the line "${marker}", which Candor uses to mark where the note begins or ends. Remove that line from the note.`,
    };
  }
  return body;
}

/**
 * Puts `note` into `text`: replaces the last well-formed block in place (markers included, so they follow
 * `lang`), or else adds a block after the text, or before it with `position: 'start'`, separated by a blank
 * line. Nothing outside the block's range changes.
 */
export function placeNote(text: string, note: string, options: PlaceOptions): PlaceResult {
  const body = prepareNote(note);
  if (typeof body !== 'string') return body;
  const markers = NOTE_MARKERS[options.lang];
  const block = `${markers.open}\n${body}\n${markers.close}`;
  const existing = findNote(text);
  if (existing) {
    return {
      ok: true,
      text: text.slice(0, existing.start) + block + text.slice(existing.end),
      noteRange: { start: existing.start, end: existing.start + block.length },
    };
  }
  if (text === '') return { ok: true, text: block, noteRange: { start: 0, end: block.length } };
  if (options.position === 'start') {
    return { ok: true, text: block + SEPARATOR + text, noteRange: { start: 0, end: block.length } };
  }
  const start = text.length + SEPARATOR.length;
  return { ok: true, text: text + SEPARATOR + block, noteRange: { start, end: start + block.length } };
}

/**
 * Takes out the last well-formed block and the blank line that `placeNote` put beside it: the one before it
 * (appended), or else the one after it (prepended). On the text `placeNote` returned this gives back the
 * original text exactly; if the user has since edited around the block, their edits stay.
 */
export function removeNote(text: string): { text: string; removed: boolean } {
  const range = findNote(text);
  if (!range) return { text, removed: false };
  let { start, end } = range;
  if (start >= SEPARATOR.length && text.startsWith(SEPARATOR, start - SEPARATOR.length))
    start -= SEPARATOR.length;
  else if (text.startsWith(SEPARATOR, end)) end += SEPARATOR.length;
  return { text: text.slice(0, start) + text.slice(end), removed: true };
}
