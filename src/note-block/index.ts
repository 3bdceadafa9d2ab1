/** The note block in a field's plain text: pure, no DOM, for the content script's writer and its tests. */
export { placeNote, removeNote } from './edit.ts';
export { findNote, NOTE_MARKERS, type NoteRange } from './format.ts';
export { checkLimit } from './limit.ts';
export { recordWrite, type UndoHistory, undoWrite } from './undo.ts';
