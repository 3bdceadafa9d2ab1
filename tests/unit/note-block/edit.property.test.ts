import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNote, NOTE_MARKERS, placeNote, removeNote } from '../../../src/note-block/index.ts';
import { anyNote, lang, position, userText } from './arbitraries.ts';

/** A note `placeNote` accepts: not blank, no marker line. */
const validNote = anyNote.filter((note) => placeNote('', note, { lang: 'en' }).ok);
const textWithoutBlock = userText.filter((text) => findNote(text) === null);
/** Text that holds a Candor block somewhere among the user's own lines. */
const textWithBlock = fc
  .tuple(userText, validNote, lang, userText)
  .map(([before, note, l, after]) => {
    const placed = placeNote(before, note, { lang: l });
    return placed.ok ? placed.text + after : '';
  })
  .filter((text) => findNote(text) !== null);

function place(text: string, note: string, options: Parameters<typeof placeNote>[2]) {
  const result = placeNote(text, note, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('placeNote and removeNote on any user text', () => {
  it('remove(place(t)) gives t back exactly when t has no block', () => {
    fc.assert(
      fc.property(textWithoutBlock, validNote, lang, position, (text, note, l, p) => {
        const placed = place(text, note, { lang: l, position: p });
        expect(removeNote(placed.text)).toEqual({ text, removed: true });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the user text byte for byte beside the block, and finds the block it placed', () => {
    fc.assert(
      fc.property(textWithoutBlock, validNote, lang, position, (text, note, l, p) => {
        const placed = place(text, note, { lang: l, position: p });
        expect(placed.text.length).toBeGreaterThan(text.length);
        if (p === 'end') expect(placed.text.startsWith(text)).toBe(true);
        else expect(placed.text.endsWith(text)).toBe(true);
        expect(findNote(placed.text)).toEqual(placed.noteRange);
        const block = placed.text.slice(placed.noteRange.start, placed.noteRange.end);
        expect(block.startsWith(`${NOTE_MARKERS[l].open}\n`)).toBe(true);
        expect(block.endsWith(`\n${NOTE_MARKERS[l].close}`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('updates in place: place(place(t, a), b) === place(t, b), in either language', () => {
    fc.assert(
      fc.property(
        fc.oneof(userText, textWithBlock),
        validNote,
        validNote,
        lang,
        lang,
        position,
        (text, a, b, la, lb, p) => {
          const once = place(text, b, { lang: lb, position: p });
          const twice = place(place(text, a, { lang: la, position: p }).text, b, { lang: lb, position: p });
          expect(twice).toEqual(once);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('changes only the block when one exists: the text around it is untouched', () => {
    fc.assert(
      fc.property(textWithBlock, validNote, lang, (text, note, l) => {
        const old = findNote(text)!;
        const placed = place(text, note, { lang: l, position: 'start' });
        expect(placed.noteRange.start).toBe(old.start);
        expect(placed.text.slice(0, old.start)).toBe(text.slice(0, old.start));
        expect(placed.text.slice(placed.noteRange.end)).toBe(text.slice(old.end));
        expect(removeNote(placed.text).text).toBe(removeNote(text).text);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable over remove, place, remove (an earlier block, if any, is then the one acted on)', () => {
    fc.assert(
      fc.property(textWithBlock, validNote, lang, position, (text, note, l, p) => {
        const removed = removeNote(text).text;
        const again = removeNote(place(removed, note, { lang: l, position: p }).text).text;
        expect(again).toBe(removeNote(removed).text);
      }),
      { numRuns: 300 },
    );
  });

  it('removes exactly the block and at most the blank line beside it', () => {
    fc.assert(
      fc.property(textWithBlock, (text) => {
        const { start, end } = findNote(text)!;
        const cuts = [[start, end]];
        if (text.slice(start - 2, start) === '\n\n') cuts.push([start - 2, end]);
        if (text.slice(end, end + 2) === '\n\n') cuts.push([start, end + 2]);
        const { text: rest, removed } = removeNote(text);
        expect(removed).toBe(true);
        expect(cuts.map(([s, e]) => text.slice(0, s) + text.slice(e))).toContain(rest);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves text without a well-formed block alone', () => {
    fc.assert(
      fc.property(textWithoutBlock, (text) => {
        expect(removeNote(text)).toEqual({ text, removed: false });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a blank note or one with a marker line, and accepts every other note', () => {
    const markers = Object.values(NOTE_MARKERS).flatMap((m) => [m.open, m.close]);
    fc.assert(
      fc.property(userText, anyNote, lang, (text, note, l) => {
        const result = placeNote(text, note, { lang: l });
        const lines = note.replace(/\r\n?/g, '\n').split('\n');
        if (note.trim() === '') expect(result).toMatchObject({ ok: false, error: 'empty-note' });
        else if (lines.some((line) => markers.includes(line)))
          expect(result).toMatchObject({ ok: false, error: 'marker-in-note' });
        else expect(result.ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
