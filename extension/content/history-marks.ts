// Editors that keep their own undo history but do not see an execCommand edit as a step of its own.
// Each mark is the event the editor itself records a step on, dispatched around the write, so one
// Ctrl+Z removes exactly the insert — and letters typed right after it are a step of their own.
// Found by reading each editor's source and checked in tests/e2e/editors.

/** Dispatches an editor's "record a step now" event on its editable element. */
export type HistoryMark = (el: HTMLElement) => void;

/**
 * TinyMCE records undo levels on its own commands, keys, blur and a few input types; an
 * insertReplacementText input (its spell-checker path) before and after brackets the insert.
 */
export const tinymceMark: HistoryMark = (el) => {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
};

/**
 * Summernote snapshots its history on mouseup (and on its own commands), never on input: without a
 * snapshot after the insert its Ctrl+Z went back to the last click, taking the insert and the letters
 * typed after it together. A mouseup (nothing is under the pointer) takes that snapshot.
 */
export const summernoteMark: HistoryMark = (el) => {
  el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
};

/**
 * SunEditor pushes its history 400 ms after the last input, so letters typed within that time joined
 * the insert; on a cut it pushes at once. A cut event with no selected component removes nothing
 * (an untrusted cut has no default action) and only pushes the step.
 */
export const suneditorMark: HistoryMark = (el) => {
  el.dispatchEvent(new ClipboardEvent('cut', { bubbles: true, cancelable: true }));
};
