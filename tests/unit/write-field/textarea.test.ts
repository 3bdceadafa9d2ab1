// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { writeNote } from '../../../content-scripts/core/write-field.ts';
import { NOTE_MARKERS } from '../../../src/note-block/index.ts';

const { open, close } = NOTE_MARKERS.en;
const NOTE = 'I used ChatGPT to check the spelling of this proposal.';
const EN = { limit: 5000, lang: 'en' } as const;
const nativeValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;

/** A cover-letter-like field, with the events that reach its form group (where Vue's listener would be). */
function field(value: string) {
  const group = document.createElement('div');
  const element = document.createElement('textarea');
  element.value = value;
  group.append(element);
  document.body.append(group);
  const events: { type: string; bubbles: boolean; value: string }[] = [];
  for (const type of ['input', 'change']) {
    group.addEventListener(type, (event) =>
      events.push({ type, bubbles: event.bubbles, value: (event.target as HTMLTextAreaElement).value }),
    );
  }
  return { element, events };
}

/** What the user typing does: a new value and an input event. */
function type(element: HTMLTextAreaElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('writeNote into a textarea', () => {
  it('appends the block after the user’s text and reports the new length', async () => {
    const { element } = field('Hello Maya,\nI can start Monday.');
    const outcome = await writeNote(element, 'insert', NOTE, EN);
    const expected = `Hello Maya,\nI can start Monday.\n\n${open}\n${NOTE}\n${close}`;
    expect(element.value).toBe(expected);
    expect(outcome).toEqual({ ok: true, action: 'insert', length: expected.length, limit: 5000 });
  });

  it('reads and writes through the prototype, not a value property the page put on the element', async () => {
    const { element } = field('Mine');
    let trapped = 0;
    Object.defineProperty(element, 'value', {
      configurable: true,
      get: () => 'page value',
      set: () => {
        trapped++;
      },
    });
    const expected = `Mine\n\n${open}\n${NOTE}\n${close}`;
    expect(await writeNote(element, 'insert', NOTE, EN)).toMatchObject({ ok: true, length: expected.length });
    expect(trapped).toBe(0);
    expect(nativeValue.get!.call(element)).toBe(expected);
  });

  it('fires one bubbling input event, then one change event, with the new value in place', async () => {
    const { element, events } = field('Mine');
    await writeNote(element, 'insert', NOTE, EN);
    const value = `Mine\n\n${open}\n${NOTE}\n${close}`;
    expect(events).toEqual([
      { type: 'input', bubbles: true, value },
      { type: 'change', bubbles: true, value },
    ]);
  });

  it('updates the block in place, keeping what the user wrote after it', async () => {
    const { element } = field('Intro');
    await writeNote(element, 'insert', NOTE, EN);
    type(element, `${element.value}\n\nBest,\nAlex`);
    await writeNote(element, 'insert', 'Usé ChatGPT.', { limit: 5000, lang: 'es' });
    expect(element.value).toBe(
      `Intro\n\n${NOTE_MARKERS.es.open}\nUsé ChatGPT.\n${NOTE_MARKERS.es.close}\n\nBest,\nAlex`,
    );
  });

  it('removes exactly the block, giving back the user’s text', async () => {
    const mine = '  Hi,\n\n\nthree blank lines, trailing spaces  \n';
    const { element } = field(mine);
    await writeNote(element, 'insert', NOTE, EN);
    expect(await writeNote(element, 'remove', undefined, EN)).toEqual({
      ok: true,
      action: 'remove',
      length: mine.length,
      limit: 5000,
    });
    expect(element.value).toBe(mine);
    expect(await writeNote(element, 'remove', undefined, EN)).toMatchObject({ ok: false, error: 'no-note' });
  });

  it('refuses a note over the limit and changes nothing, saying how many characters over', async () => {
    const mine = 'x'.repeat(4950);
    const { element, events } = field(mine);
    const outcome = await writeNote(element, 'insert', NOTE, EN);
    const over = mine.length + 2 + open.length + NOTE.length + close.length + 2 - 5000;
    expect(outcome).toMatchObject({ ok: false, error: 'too-long', over });
    expect(!outcome.ok && outcome.message).toContain(`${over} characters over its 5,000-character limit`);
    expect(element.value).toBe(mine);
    expect(events).toEqual([]);
    expect(await writeNote(element, 'undo', undefined, EN)).toMatchObject({
      ok: false,
      error: 'nothing-to-undo',
    });
  });

  it('writes the note when the user’s own text is already over the limit, and says the length', async () => {
    const mine = 'x'.repeat(5001);
    const { element } = field(mine);
    const outcome = await writeNote(element, 'insert', NOTE, EN);
    expect(outcome).toMatchObject({ ok: true, limit: 5000 });
    expect(outcome.ok && outcome.length).toBeGreaterThan(5000);
    expect(element.value.startsWith(mine)).toBe(true);
  });

  it('undoes step by step, exactly', async () => {
    const { element } = field('Mine');
    await writeNote(element, 'insert', 'First', EN);
    await writeNote(element, 'insert', 'Second', EN);
    expect(await writeNote(element, 'undo', undefined, EN)).toMatchObject({ ok: true, action: 'undo' });
    expect(element.value).toBe(`Mine\n\n${open}\nFirst\n${close}`);
    await writeNote(element, 'undo', undefined, EN);
    expect(element.value).toBe('Mine');
    expect(await writeNote(element, 'undo', undefined, EN)).toMatchObject({
      ok: false,
      error: 'nothing-to-undo',
    });
  });

  it('refuses to undo once the user has typed, keeping their new text', async () => {
    const { element, events } = field('Mine');
    await writeNote(element, 'insert', NOTE, EN);
    type(element, `${element.value} and a P.S.`);
    const typed = element.value;
    events.length = 0;
    expect(await writeNote(element, 'undo', undefined, EN)).toMatchObject({
      ok: false,
      error: 'nothing-to-undo',
    });
    expect(element.value).toBe(typed);
    expect(events).toEqual([]);
  });

  it('refuses a blank note or one holding a marker line, changing nothing', async () => {
    const { element, events } = field('Mine');
    expect(await writeNote(element, 'insert', undefined, EN)).toMatchObject({
      ok: false,
      error: 'invalid-note',
    });
    expect(await writeNote(element, 'insert', `Note\n${close}`, EN)).toMatchObject({
      ok: false,
      error: 'invalid-note',
    });
    expect(element.value).toBe('Mine');
    expect(events).toEqual([]);
  });

  it('writes nothing, and fires nothing, when the note is already there', async () => {
    const { element, events } = field('Mine');
    await writeNote(element, 'insert', NOTE, EN);
    events.length = 0;
    expect(await writeNote(element, 'insert', NOTE, EN)).toMatchObject({ ok: true });
    expect(events).toEqual([]);
  });

  it('keeps the caret where the user left it', async () => {
    const { element } = field('Hello Maya');
    element.setSelectionRange(2, 5);
    await writeNote(element, 'insert', NOTE, EN);
    expect([element.selectionStart, element.selectionEnd]).toEqual([2, 5]);
  });

  it('reports a page that rewrites the value on input, rather than claiming success', async () => {
    const { element } = field('Mine');
    element.addEventListener('input', () => nativeValue.set!.call(element, 'Mine'));
    const outcome = await writeNote(element, 'insert', NOTE, EN);
    expect(outcome).toMatchObject({ ok: false, error: 'not-writable' });
    expect(!outcome.ok && outcome.message).toContain('nothing was changed');
    expect(await writeNote(element, 'undo', undefined, EN)).toMatchObject({
      ok: false,
      error: 'nothing-to-undo',
    });
  });
});

describe('fields Candor cannot write', () => {
  it('a missing or detached element is not found', async () => {
    expect(await writeNote(null, 'insert', NOTE, EN)).toMatchObject({ ok: false, error: 'field-not-found' });
    const detached = document.createElement('textarea');
    expect(await writeNote(detached, 'insert', NOTE, EN)).toMatchObject({
      ok: false,
      error: 'field-not-found',
    });
  });

  it('a read-only or disabled field, a one-line input (it would drop the block’s line breaks), or an element that is not a field, is not writable', async () => {
    const readOnly = field('Mine').element;
    readOnly.readOnly = true;
    const disabled = field('Mine').element;
    disabled.disabled = true;
    const div = document.body.appendChild(document.createElement('div'));
    const input = document.body.appendChild(document.createElement('input'));
    for (const element of [readOnly, disabled, div, input]) {
      expect(await writeNote(element, 'insert', NOTE, EN)).toMatchObject({
        ok: false,
        error: 'not-writable',
      });
    }
    expect(readOnly.value).toBe('Mine');
  });
});
