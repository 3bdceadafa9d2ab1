/** The note block in a field's plain text: pure, no DOM, shared by the content script and the popup. */
export { type PlaceOptions, type PlaceResult, placeNote, removeNote } from './edit.ts';
export { findNote, NOTE_MARKERS, type NoteRange } from './format.ts';
export { checkLimit, type LimitCheck } from './limit.ts';
export { recordWrite, type UndoEntry, type UndoHistory, type UndoResult, undoWrite } from './undo.ts';
