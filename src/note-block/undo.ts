/** One write Candor made to a field: the text before it and the text it left. */
export interface UndoEntry {
  before: string;
  after: string;
}

/** A field's writes, oldest first. */
export type UndoHistory = readonly UndoEntry[];

/** Enough to step back through a session of trying notes; older writes are forgotten. */
const DEPTH = 20;

export function recordWrite(history: UndoHistory, before: string, after: string): UndoHistory {
  return [...history, { before, after }].slice(-DEPTH);
}

export type UndoResult =
  | { ok: true; text: string; history: UndoHistory }
  | { ok: false; error: 'nothing-to-undo'; message: string };

/**
 * Steps back over Candor's last write: gives its `before` exactly, but only while the field still holds its
 * `after`. Once the user has typed since, undoing would throw their new text away, so it is refused and the
 * browser's own undo (Ctrl+Z) is theirs to use.
 */
export function undoWrite(history: UndoHistory, current: string): UndoResult {
  const last = history.at(-1);
  if (!last) return { ok: false, error: 'nothing-to-undo', message: 'Candor has not changed this field.' };
  if (last.after !== current) {
    return {
      ok: false,
      error: 'nothing-to-undo',
      message:
        'The field has changed since Candor last wrote to it, so undoing would lose your newer text. Use the page’s own undo (Ctrl+Z) or edit it by hand.',
    };
  }
  return { ok: true, text: last.before, history: history.slice(0, -1) };
}
