import type { Lang } from '../../src/disclosure/list.ts';
import type { NoteAction, WriteOutcome } from '../../src/messaging/schemas.ts';
import {
  checkLimit,
  placeNote,
  recordWrite,
  removeNote,
  type UndoHistory,
  undoWrite,
} from '../../src/note-block/index.ts';

/**
 * Writes the AI-use note into a page's field the way the page's framework sees it, never replacing the
 * user's text: the new text comes from the pure note-block module, and only the part that differs is written.
 * Nothing else Candor knows about the user reaches the page.
 */

export interface WriteOptions {
  /** The field's character limit (cover letter: 5,000), or null. */
  limit: number | null;
  /** The language of the note's marker lines. */
  lang: Lang;
}

/** A field as plain text, `\n` between lines, and a way to change it that its page notices. */
interface Field {
  read(): string;
  /** Writes `next` over `current`; resolves to whether the field then holds `next`. */
  write(current: string, next: string): Promise<boolean>;
}

/** Candor's writes per field on this page, for undo; forgotten with the element. */
const histories = new WeakMap<Element, UndoHistory>();

type Failure = Extract<WriteOutcome, { ok: false }>;

const fail = (error: Failure['error'], message: string): Failure => ({ ok: false, error, message });

const count = (n: number): string => n.toLocaleString('en-US');

export async function writeNote(
  element: Element | null,
  action: NoteAction,
  note: string | undefined,
  options: WriteOptions,
): Promise<WriteOutcome> {
  if (!element?.isConnected) {
    return fail(
      'field-not-found',
      'Candor could not find this field on the page. Reload the page and try again.',
    );
  }
  const field = fieldOf(element);
  if (typeof field === 'string') return fail('not-writable', field);
  const current = field.read();
  const history = histories.get(element) ?? [];
  let next: string;
  let nextHistory: UndoHistory;
  if (action === 'undo') {
    const undone = undoWrite(history, current);
    if (!undone.ok) return fail(undone.error, undone.message);
    next = undone.text;
    nextHistory = undone.history;
  } else if (action === 'remove') {
    const removed = removeNote(current);
    if (!removed.removed) return fail('no-note', 'There is no Candor note in this field to remove.');
    next = removed.text;
    nextHistory = recordWrite(history, current, next);
  } else {
    const placed = placeNote(current, note ?? '', options);
    if (!placed.ok) return fail('invalid-note', placed.message);
    const fits = checkLimit(placed.text, options.limit, current);
    if (!fits.ok) {
      return {
        ...fail(
          'too-long',
          `With this note the field would be ${count(fits.over)} characters over its ${count(options.limit ?? 0)}-character limit. Choose a note at least ${count(fits.over)} characters shorter; Candor never shortens your own text. Nothing was changed.`,
        ),
        over: fits.over,
      };
    }
    next = placed.text;
    nextHistory = recordWrite(history, current, next);
  }
  if (next !== current) {
    if (!(await field.write(current, next))) {
      const message =
        field.read() === current
          ? 'The page did not accept the change, so nothing was changed.'
          : 'The page changed the text differently from what Candor wrote. Check the field before you send it; the page’s own undo (Ctrl+Z) can take the change back.';
      return fail('not-writable', message);
    }
    histories.set(element, nextHistory);
  }
  return { ok: true, action, length: field.read().length, limit: options.limit };
}

/** The field to write, or why it cannot be written. */
function fieldOf(element: Element): Field | string {
  // The block is several lines; a one-line input would silently drop its line breaks.
  if (element instanceof HTMLInputElement) return 'This is a one-line field, which cannot hold the note.';
  if (element instanceof HTMLTextAreaElement) {
    return element.disabled || element.readOnly
      ? 'This field cannot be edited: it is read-only or disabled.'
      : valueField(element);
  }
  if (element instanceof HTMLElement && element.isContentEditable) return editorField(element);
  return 'This element is not a text field Candor can write to.';
}

/** Where `a` and `b` differ: `a.slice(start, oldEnd)` becomes `b.slice(start, newEnd)`, pairs kept whole. */
function changedRange(a: string, b: string): { start: number; oldEnd: number; newEnd: number } {
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(a.charCodeAt(start - 1))) start--;
  let tail = 0;
  while (tail < shorter - start && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail))
    tail++;
  if (tail > 0 && isHighSurrogate(a.charCodeAt(a.length - tail - 1))) tail--;
  return { start, oldEnd: a.length - tail, newEnd: b.length - tail };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * A textarea, written with the native value setter and a bubbling `input` event: Vue's v-model (and
 * Upwork's "N characters left" counter) update only on that event, and the prototype's setter reaches the
 * element even where the page has put its own `value` property on it.
 */
function valueField(element: HTMLTextAreaElement): Field {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  const read = (): string => descriptor.get!.call(element);
  return {
    read,
    async write(current, next) {
      const { start, oldEnd, newEnd } = changedRange(current, next);
      // Keep the caret and the scroll where the user left them, shifted past the change if it came before.
      const shift = (at: number): number => (at <= start ? at : at >= oldEnd ? at + newEnd - oldEnd : newEnd);
      const [selectionStart, selectionEnd] = [shift(element.selectionStart), shift(element.selectionEnd)];
      const scrollTop = element.scrollTop;
      descriptor.set!.call(element, next);
      element.setSelectionRange(selectionStart, selectionEnd);
      element.scrollTop = scrollTop;
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return read() === next;
    },
  };
}

/**
 * A contenteditable editor (Upwork's TipTap/ProseMirror composer). ProseMirror keeps its own document and
 * learns of changes only from the browser's editing (it reads the DOM mutations that editing makes), so
 * setting `textContent` would be undone or ignored. Instead the changed range is selected, deleted, and the
 * new text typed in with `execCommand('insertText')` line by line and `insertParagraph` between lines, which
 * Chrome and Firefox both turn into paragraphs (Firefox makes `<br>`s of a `\n` inside `insertText`, and
 * loses one when the selection spans paragraphs; checked in Firefox ESR and Chromium with TipTap 3). The
 * result is read back after the editor has had a task to take the change in, and a difference is reported,
 * not claimed as success.
 */
function editorField(root: HTMLElement): Field {
  const read = (): string => editorText(root).text;
  return {
    read,
    async write(current, next) {
      const { start, oldEnd, newEnd } = changedRange(current, next);
      const map = editorText(root);
      const from = map.locate(start);
      const to = map.locate(oldEnd);
      const selection = root.ownerDocument.getSelection();
      if (!selection) return false;
      root.focus({ preventScroll: true });
      selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
      const document = root.ownerDocument;
      let done = false;
      try {
        done = selection.isCollapsed || document.execCommand('delete');
        next
          .slice(start, newEnd)
          .split('\n')
          .forEach((line, index) => {
            if (index > 0) done &&= document.execCommand('insertParagraph');
            if (line !== '') done &&= document.execCommand('insertText', false, line);
          });
      } catch {
        // No execCommand (a DOM without editing, such as happy-dom): the read-back below reports it.
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      return done && read() === next;
    },
  };
}

/** A place in the DOM, and the offset in the editor's text it stands for. */
interface Point {
  at: number;
  node: Node;
  offset: number;
}

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|OL|P|PRE|SECTION|TABLE|TBODY|TD|TH|THEAD|TR|UL)$/;

const isBlock = (node: Node): node is Element => node.nodeType === 1 && BLOCK.test((node as Element).tagName);

/**
 * A `<br>` that only keeps an empty or break-ended line open (ProseMirror's trailing break, or a browser's
 * `<p><br></p>`): the last thing in its block, so it adds no line.
 */
function isPlaceholderBreak(br: Element, root: Node): boolean {
  if (br.classList.contains('ProseMirror-trailingBreak')) return true;
  for (let node: Node = br; node !== root && !isBlock(node); node = node.parentNode!) {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.nodeType === 1 || (sibling.nodeType === 3 && (sibling as Text).data !== '')) return false;
    }
  }
  return true;
}

/**
 * An editor's text as ProseMirror's `textBetween(…, '\n')` gives it (blocks and hard breaks are `\n`), with
 * `locate`, the DOM position of an offset in that text, to select a range of it. Where an offset has several
 * positions (the end of one line is the start of nothing else), the last one found wins: inside a text node
 * rather than before it, at the start of a line rather than the end of the previous one.
 */
export function editorText(root: Element): { text: string; locate(at: number): Point } {
  let text = '';
  const points: Point[] = [];
  const texts: { node: Text; at: number }[] = [];
  let lineStarted = false;
  let blockEnded = false;
  let last: Point = { at: 0, node: root, offset: 0 };
  const mark = (node: Node, offset: number): void => {
    last = { at: text.length, node, offset };
    points.push(last);
  };
  const newline = (node: Node, offset: number): void => {
    points.push({ ...last, at: text.length });
    text += '\n';
    mark(node, offset);
    lineStarted = false;
    blockEnded = false;
  };
  const walk = (parent: Node): void => {
    const hasBlocks = [...parent.childNodes].some(isBlock);
    for (const node of parent.childNodes) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        // Source formatting between blocks is not text the user wrote.
        if (data === '' || (hasBlocks && /^[ \t\r\n]*$/.test(data))) continue;
        if (blockEnded) newline(node, 0);
        texts.push({ node: node as Text, at: text.length });
        mark(node, 0);
        text += data;
        mark(node, data.length);
        lineStarted = true;
      } else if (node.nodeType === 1) {
        const element = node as Element;
        if (element.tagName === 'BR') {
          if (isPlaceholderBreak(element, root)) continue;
          const index = [...parent.childNodes].indexOf(node as ChildNode);
          if (blockEnded) newline(parent, index);
          newline(parent, index + 1);
        } else if (isBlock(element)) {
          if (lineStarted || blockEnded) newline(element, 0);
          else mark(element, 0);
          walk(element);
          blockEnded = true;
        } else {
          walk(element);
        }
      }
    }
  };
  walk(root);
  return {
    text,
    locate(at) {
      const inside = texts.find((t) => t.at < at && at < t.at + t.node.data.length);
      if (inside) return { at, node: inside.node, offset: at - inside.at };
      return (
        points.findLast((point) => point.at === at) ?? { at, node: root, offset: root.childNodes.length }
      );
    },
  };
}
