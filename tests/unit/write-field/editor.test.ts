// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { editorText, writeNote } from '../../../content-scripts/core/write-field.ts';
import { NOTE_MARKERS } from '../../../src/note-block/index.ts';

const { open, close } = NOTE_MARKERS.en;
const TRAILING = '<br class="ProseMirror-trailingBreak">';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'tiptap ProseMirror';
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('editorText reads an editor as ProseMirror’s text', () => {
  const cases: [string, string, string][] = [
    ['an empty editor', `<p class="is-empty">${TRAILING}</p>`, ''],
    ['paragraphs and an empty one', `<p>Hello</p><p>${TRAILING}</p><p>World</p>`, 'Hello\n\nWorld'],
    ['a hard break', '<p>one<br>two</p>', 'one\ntwo'],
    ['a hard break at the end', `<p>one<br>${TRAILING}</p>`, 'one\n'],
    ['a browser’s empty line', '<p>one</p><p><br></p>', 'one\n'],
    ['marks', '<p>Hi <strong>bold <em>and</em></strong> plain</p>', 'Hi bold and plain'],
    ['lists', '<ul><li><p>one</p></li><li><p>two</p></li></ul><p>after</p>', 'one\ntwo\nafter'],
    ['source formatting between blocks', '\n  <p>one</p>\n  <p>two</p>\n', 'one\ntwo'],
    ['text with its own line breaks (pre-wrap)', '<p>one\ntwo</p>', 'one\ntwo'],
    ['bare text', 'just text', 'just text'],
  ];
  for (const [name, html, text] of cases) {
    it(name, () => {
      expect(editorText(editor(html)).text).toBe(text);
    });
  }

  it('locates every offset: the DOM after the point reads as the text after the offset', () => {
    for (const [, html, text] of cases) {
      const root = editor(html);
      const map = editorText(root);
      for (let at = 0; at <= text.length; at++) {
        const point = map.locate(at);
        expect(root.contains(point.node)).toBe(true);
        const range = document.createRange();
        range.setStart(point.node, point.offset);
        range.setEnd(root, root.childNodes.length);
        const after = document.createElement('div');
        after.append(range.cloneContents());
        expect(editorText(after).text, `${JSON.stringify(html)} at ${at}`).toBe(text.slice(at));
      }
      root.remove();
    }
  });

  it('locates every offset of any ProseMirror-shaped document', () => {
    const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const inline = fc.oneof(
      fc.string({ minLength: 1, maxLength: 6 }).map(escapeHtml),
      fc.string({ minLength: 1, maxLength: 6 }).map((t) => `<strong>${escapeHtml(t)}</strong>`),
      fc.constant('<br>'),
    );
    const paragraph = fc
      .array(inline, { maxLength: 4 })
      .map(
        (parts) => `<p>${parts.join('')}${parts.length === 0 || parts.at(-1) === '<br>' ? TRAILING : ''}</p>`,
      );
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const root = editor(paragraphs.join(''));
        const map = editorText(root);
        for (let at = 0; at <= map.text.length; at++) {
          const point = map.locate(at);
          const range = document.createRange();
          range.setStart(point.node, point.offset);
          range.setEnd(root, root.childNodes.length);
          const after = document.createElement('div');
          after.append(range.cloneContents());
          expect(editorText(after).text).toBe(map.text.slice(at));
        }
        root.remove();
      }),
      { numRuns: 200 },
    );
  });

  it('puts a point inside a text node rather than before it, and at a line’s end inside that line', () => {
    const root = editor(`<p>Hi</p><p>${TRAILING}</p><p>There</p>`);
    const map = editorText(root);
    const [hi, , there] = [...root.children];
    expect(map.locate(2)).toMatchObject({ node: hi!.firstChild, offset: 2 });
    expect(map.locate(4)).toMatchObject({ node: there!.firstChild, offset: 0 });
    expect(map.locate(3)).toMatchObject({ node: root.children[1], offset: 0 });
  });
});

interface Command {
  command: string;
  value: string | undefined;
  collapsed: boolean;
  start: [Node, number];
  end: [Node, number];
}

/** Records the editing commands and the selection each one acts on; changes nothing, as happy-dom cannot edit. */
function recordCommands(): Command[] {
  const log: Command[] = [];
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string, _ui: boolean, value?: string) => {
      const range = document.getSelection()!.getRangeAt(0);
      log.push({
        command,
        value,
        collapsed: range.collapsed,
        start: [range.startContainer, range.startOffset],
        end: [range.endContainer, range.endOffset],
      });
      return true;
    },
  });
  return log;
}

describe('writeNote into an editor', () => {
  it('types the block at the end, line by line, with a paragraph between lines', async () => {
    const root = editor('<p>Hello</p>');
    const log = recordCommands();
    await writeNote(root, 'insert', 'My note', { limit: null, lang: 'en' });
    expect(log.map((c) => [c.command, c.value])).toEqual([
      ['insertParagraph', undefined],
      ['insertParagraph', undefined],
      ['insertText', open],
      ['insertParagraph', undefined],
      ['insertText', 'My note'],
      ['insertParagraph', undefined],
      ['insertText', close],
    ]);
    expect(log[0]).toMatchObject({ collapsed: true, start: [root.firstChild!.firstChild, 5] });
  });

  it('selects from the end of the user’s text to the end of the block to remove it', async () => {
    const root = editor(`<p>Hi</p><p>${TRAILING}</p><p>${open}</p><p>Note</p><p>${close}</p>`);
    const log = recordCommands();
    await writeNote(root, 'remove', undefined, { limit: null, lang: 'en' });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      command: 'delete',
      start: [root.children[0]!.firstChild, 2],
      end: [root.children[4]!.firstChild, close.length],
    });
  });

  it('replaces only what differs when the note is updated', async () => {
    const root = editor(`<p>Hi</p><p>${TRAILING}</p><p>${open}</p><p>Old note</p><p>${close}</p>`);
    const log = recordCommands();
    await writeNote(root, 'insert', 'New note', { limit: null, lang: 'en' });
    expect(log.map((c) => [c.command, c.value])).toEqual([
      ['delete', undefined],
      ['insertText', 'New'],
    ]);
    expect(log[0]).toMatchObject({
      start: [root.children[3]!.firstChild, 0],
      end: [root.children[3]!.firstChild, 3],
    });
  });

  it('reports an editor that did not take the change, and keeps no undo for it', async () => {
    const root = editor('<p>Hello</p>');
    recordCommands();
    const outcome = await writeNote(root, 'insert', 'My note', { limit: null, lang: 'en' });
    expect(outcome).toMatchObject({ ok: false, error: 'not-writable' });
    expect(!outcome.ok && outcome.message).toContain('nothing was changed');
    expect(await writeNote(root, 'undo', undefined, { limit: null, lang: 'en' })).toMatchObject({
      ok: false,
      error: 'nothing-to-undo',
    });
  });

  it('reports a browser without execCommand, without throwing', async () => {
    const root = editor('<p>Hello</p>');
    expect(await writeNote(root, 'insert', 'My note', { limit: null, lang: 'en' })).toMatchObject({
      ok: false,
      error: 'not-writable',
    });
    expect(root.innerHTML).toBe('<p>Hello</p>');
  });

  it('does not write into an editor that is not editable', async () => {
    const root = editor('<p>Hello</p>');
    root.contentEditable = 'false';
    const log = recordCommands();
    expect(await writeNote(root, 'insert', 'My note', { limit: null, lang: 'en' })).toMatchObject({
      ok: false,
      error: 'not-writable',
    });
    expect(log).toEqual([]);
  });
});
