import { isTextControl, selectionFor } from './editable.ts';

// Chromium merges consecutive typing into one undo step (its open "typing command"), and
// execCommand('insertText') joins that run: after an insert, the officer's next letters were undone
// together with the snippet by one Ctrl+Z ("Kính gửi: " became "Kính gử"). Setting the selection
// from script closes the run — even to the same place (checked in Chromium 156: a textarea's
// setSelectionRange and a contenteditable's setBaseAndExtent both end it). The engine does this
// before and after its write, so the insert is an undo step of its own in plain fields.

/** Ends the browser's current typing run in `el` without moving the caret or the selection. */
export function endTypingRun(el: HTMLElement): void {
  if (isTextControl(el)) {
    if (el.selectionStart !== null && el.selectionEnd !== null)
      el.setSelectionRange(el.selectionStart, el.selectionEnd, el.selectionDirection ?? 'none');
    return;
  }
  const sel = selectionFor(el);
  if (sel?.anchorNode && sel.focusNode && el.contains(sel.anchorNode))
    sel.setBaseAndExtent(sel.anchorNode, sel.anchorOffset, sel.focusNode, sel.focusOffset);
}
