import { isTextControl, selectionFor } from './editable.ts';
import { currentBlocks } from './read-editor.ts';

/** khung:select: scrolls to and selects the n-th paragraph of khung:read; false when there is none. */
export function selectBlock(index: number): boolean {
  const current = currentBlocks();
  const block = current?.blocks[index];
  if (!current || !block) return false;
  const { root } = current;
  if ('start' in block.at) {
    if (!isTextControl(root)) return false;
    root.focus({ preventScroll: true });
    root.setSelectionRange(block.at.start, block.at.end);
    // A textarea scrolls to its selection only while typing; approximate by the line's share.
    const lines = root.value.slice(0, block.at.start).split('\n').length - 1;
    const total = root.value.split('\n').length;
    root.scrollTop = (root.scrollHeight * lines) / Math.max(total, 1) - root.clientHeight / 3;
    root.scrollIntoView({ block: 'nearest' });
    return true;
  }
  // Monaco draws its lines outside anything editable: a DOM selection there would not be its own.
  if (!root.isContentEditable) return false;
  const doc = root.ownerDocument;
  const range = doc.createRange();
  range.setStartBefore(block.at.first);
  range.setEndAfter(block.at.last);
  root.focus({ preventScroll: true });
  const sel = selectionFor(root);
  sel?.removeAllRanges();
  sel?.addRange(range);
  block.at.first.parentElement?.scrollIntoView({ block: 'center' });
  return true;
}
