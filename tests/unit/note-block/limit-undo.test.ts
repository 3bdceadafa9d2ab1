import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLimit, placeNote, recordWrite, removeNote, undoWrite } from '../../../src/note-block/index.ts';
import { anyNote, lang, userText } from './arbitraries.ts';

describe('checkLimit', () => {
  it('allows anything without a limit, and anything within it', () => {
    expect(checkLimit('x'.repeat(9000), null, '')).toEqual({ ok: true });
    expect(checkLimit('x'.repeat(5000), 5000, '')).toEqual({ ok: true });
  });

  it('refuses a note that would take the field over, saying by how much', () => {
    const next = placeNote('x'.repeat(4990), 'A short note', { lang: 'en' });
    if (!next.ok) throw new Error(next.message);
    expect(checkLimit(next.text, 5000, 'x'.repeat(4990))).toEqual({
      ok: false,
      over: next.text.length - 5000,
    });
  });

  it('allows a write that does not lengthen the field: removing, or a shorter note', () => {
    const long = placeNote('x'.repeat(4900), 'n'.repeat(200), { lang: 'en' });
    if (!long.ok) throw new Error(long.message);
    const shorter = placeNote(long.text, 'n'.repeat(150), { lang: 'en' });
    if (!shorter.ok) throw new Error(shorter.message);
    expect(checkLimit(shorter.text, 5000, long.text)).toEqual({ ok: true });
    expect(checkLimit(removeNote(long.text).text, 5000, long.text)).toEqual({ ok: true });
  });

  it('allows the note when the user’s text alone is already over: no note could fit', () => {
    const mine = 'x'.repeat(5001);
    const next = placeNote(mine, 'Note', { lang: 'en' });
    if (!next.ok) throw new Error(next.message);
    expect(checkLimit(next.text, 5000, mine)).toEqual({ ok: true });
  });

  it('counts UTF-16 units, as Upwork’s counter does', () => {
    const next = placeNote('🙂🙂', 'Note', { lang: 'en' });
    if (!next.ok) throw new Error(next.message);
    const limit = next.text.length - 1;
    expect([...next.text].length).toBeLessThan(limit);
    expect(checkLimit(next.text, limit, '🙂🙂')).toEqual({ ok: false, over: 1 });
  });

  it('never passes a write over the limit unless it shortens the field or the user’s text is over; a note shorter by `over` fits', () => {
    fc.assert(
      fc.property(userText, anyNote, lang, fc.integer({ min: 0, max: 400 }), (text, note, l, limit) => {
        const next = placeNote(text, note, { lang: l });
        if (!next.ok) return;
        const check = checkLimit(next.text, limit, text);
        if (check.ok) {
          expect(
            next.text.length <= limit ||
              next.text.length <= text.length ||
              removeNote(next.text).text.length > limit,
          ).toBe(true);
          return;
        }
        expect(check.over).toBe(next.text.length - limit);
        expect(check.over).toBeGreaterThan(0);
        const shorter = note.replace(/\r\n?/g, '\n').trim().slice(check.over);
        const retry = placeNote(text, shorter, { lang: l });
        if (retry.ok) expect(checkLimit(retry.text, limit, text)).toEqual({ ok: true });
      }),
      { numRuns: 500 },
    );
  });
});

describe('undo', () => {
  it('restores the text before Candor’s last write, exactly, and steps back further', () => {
    let history = recordWrite([], 'a\r\n', 'b');
    history = recordWrite(history, 'b', 'c');
    const first = undoWrite(history, 'c');
    expect(first).toMatchObject({ ok: true, text: 'b' });
    if (!first.ok) return;
    expect(undoWrite(first.history, 'b')).toEqual({ ok: true, text: 'a\r\n', history: [] });
  });

  it('refuses once the user has typed since, rather than lose their text', () => {
    const history = recordWrite([], 'mine', 'mine + note');
    expect(undoWrite(history, 'mine + note, and more of mine')).toMatchObject({
      ok: false,
      error: 'nothing-to-undo',
    });
  });

  it('has nothing to undo on a field Candor never wrote', () => {
    expect(undoWrite([], 'anything')).toMatchObject({ ok: false, error: 'nothing-to-undo' });
  });

  it('keeps the last 20 writes', () => {
    let history = recordWrite([], '0', '1');
    for (let i = 1; i < 30; i++) history = recordWrite(history, String(i), String(i + 1));
    expect(history).toHaveLength(20);
    expect(history[0]).toEqual({ before: '10', after: '11' });
  });
});
