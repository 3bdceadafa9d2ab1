import { describe, expect, it } from 'vitest';
import { findNote, NOTE_MARKERS, placeNote, removeNote } from '../../../src/note-block/index.ts';

const { open, close } = NOTE_MARKERS.en;
const es = NOTE_MARKERS.es;

function place(text: string, note: string, options: Parameters<typeof placeNote>[2] = { lang: 'en' }) {
  const result = placeNote(text, note, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('the block format', () => {
  it('appends the note between its markers after a blank line', () => {
    expect(place('Hello Maya,\nI can start Monday.', 'I used ChatGPT to check my grammar.').text).toBe(
      'Hello Maya,\nI can start Monday.\n\n── AI use disclosure ──\nI used ChatGPT to check my grammar.\n── end of AI use disclosure ──',
    );
  });

  it('writes Spanish markers, and prepends on request', () => {
    expect(place('Hola', 'Usé ChatGPT.', { lang: 'es', position: 'start' }).text).toBe(
      '── Aviso de uso de IA ──\nUsé ChatGPT.\n── fin del aviso de uso de IA ──\n\nHola',
    );
  });

  it('uses no invisible characters, and every marker character is one UTF-16 unit', () => {
    for (const marker of Object.values(NOTE_MARKERS).flatMap((m) => [m.open, m.close])) {
      expect(marker).not.toMatch(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/);
      expect([...marker].length).toBe(marker.length);
      expect(marker.normalize('NFD')).toBe(marker);
    }
  });

  it('puts an empty field’s note in without a separator', () => {
    const placed = place('', 'Note');
    expect(placed.text).toBe(`${open}\nNote\n${close}`);
    expect(removeNote(placed.text).text).toBe('');
  });

  it('writes the note’s line breaks as \\n and drops blank lines around it', () => {
    expect(place('', '\r\n\nLine one\r\nLine two\rthree\n\n').text).toBe(
      `${open}\nLine one\nLine two\nthree\n${close}`,
    );
  });

  it('keeps the user’s CRLF, trailing spaces and unnormalised Unicode byte for byte', () => {
    const text = 'Cafe\u0301  \r\nline\t \r\n\r\n🙂 ';
    const placed = place(text, 'Note');
    expect(placed.text.slice(0, text.length)).toBe(text);
    expect(removeNote(placed.text).text).toBe(text);
  });

  it('updates the note and switches the markers to the new language in place', () => {
    const first = place('Intro', 'Old note').text;
    const withSignature = `${first}\n\nBest,\nAlex`;
    expect(place(withSignature, 'Nueva nota', { lang: 'es' }).text).toBe(
      `Intro\n\n${es.open}\nNueva nota\n${es.close}\n\nBest,\nAlex`,
    );
  });

  it('takes out the blank line it added, even after the user wrote below the block', () => {
    const placed = `${place('Intro', 'Note').text}\n\nBest,\nAlex`;
    expect(removeNote(placed).text).toBe('Intro\n\nBest,\nAlex');
  });
});

describe('look-alike marker lines are the user’s text', () => {
  const cases: Record<string, string> = {
    'an opening alone': `Intro\n${open}\nmy own words`,
    'a closing alone': `${close}\nIntro`,
    'a closing before an opening': `${close}\nmiddle\n${open}`,
    'a pair of two languages': `${open}\nnote\n${es.close}`,
    nested: `${open}\n${open}\nnote\n${close}\n${close}`,
    'a trailing space': `${open} \nnote\n${close}`,
    'an em dash': `${open.replaceAll('─', '—')}\nnote\n${close.replaceAll('─', '—')}`,
    'a heavy box dash': `${open.replaceAll('─', '━')}\nnote\n${close.replaceAll('─', '━')}`,
    'other case': `${open.toUpperCase()}\nnote\n${close.toUpperCase()}`,
    'a marker inside a line': `> ${open}\nnote\n> ${close}`,
    'CRLF line ends': `${open}\r\nnote\r\n${close}\r\n`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: not found, kept exactly when a note is added and removed`, () => {
      expect(findNote(text)).toBeNull();
      expect(removeNote(text)).toEqual({ text, removed: false });
      const placed = place(text, 'Candor note');
      expect(placed.text.startsWith(`${text}\n\n`)).toBe(true);
      expect(removeNote(placed.text).text).toBe(text);
    });
  }

  it('an opening left alone before Candor’s block does not capture it', () => {
    const text = `${open}\nmy quote`;
    const placed = place(text, 'Note');
    expect(findNote(placed.text)).toEqual(placed.noteRange);
    expect(place(placed.text, 'Other').text).toBe(`${text}\n\n${open}\nOther\n${close}`);
  });

  it('with two well-formed blocks, acts on the last only', () => {
    const first = `${open}\nquoted from an old proposal\n${close}`;
    const text = `${first}\n\nIntro\n\n${open}\nCandor's\n${close}`;
    expect(findNote(text)).toEqual({ start: text.lastIndexOf(open), end: text.length });
    expect(place(text, 'New').text).toBe(`${first}\n\nIntro\n\n${open}\nNew\n${close}`);
    expect(removeNote(text).text).toBe(`${first}\n\nIntro`);
  });
});

describe('invalid notes', () => {
  it('refuses a blank note', () => {
    expect(placeNote('Intro', ' \n\t', { lang: 'en' })).toMatchObject({ ok: false, error: 'empty-note' });
  });

  it('refuses a note with a marker line of either language, naming the line', () => {
    const result = placeNote('Intro', `My note\n${es.close}\nmore`, { lang: 'en' });
    expect(result).toMatchObject({ ok: false, error: 'marker-in-note' });
    expect(!result.ok && result.message).toContain(es.close);
  });

  it('accepts a note that only mentions a marker inside a line', () => {
    expect(placeNote('', `I added "${open}" above.`, { lang: 'en' }).ok).toBe(true);
  });
});
