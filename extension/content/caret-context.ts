import { isTextControl, selectionFor } from './editable.ts';
import { editContextOf } from './editor-text.ts';
import type { FocusTarget } from './focus-tracker.ts';

// The text of the caret's paragraph on either side of the caret, for the core's block/inline rule
// (shared/core/snippets/insert-placement.ts). Read from the DOM every editor renders — a paragraph is
// the nearest element around the caret that is not laid out inline, a <br> ends a line — so one
// reader serves them all; a textarea's "paragraph" is its line. A selection counts as replaced: its
// text belongs to neither side.

/** The caret's paragraph split at the caret. */
export interface CaretText {
  before: string;
  after: string;
}

function lineOf(value: string, start: number, end: number): CaretText {
  const before = value.slice(0, start);
  return { before: before.slice(before.lastIndexOf('\n') + 1), after: value.slice(end).split('\n')[0] ?? '' };
}

/** The text from the edge of the caret's block to the caret (`toEnd`: from the caret to the end). */
function blockSide(root: HTMLElement, node: Node, offset: number, toEnd: boolean): string {
  let block = node instanceof Element ? node : node.parentElement;
  const view = root.ownerDocument.defaultView;
  while (block && block !== root && view?.getComputedStyle(block).display.startsWith('inline'))
    block = block.parentElement;
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(block && root.contains(block) ? block : root);
  if (toEnd) range.setStart(node, offset);
  else range.setEnd(node, offset);
  const box = range.cloneContents();
  for (const br of box.querySelectorAll('br')) br.replaceWith('\n');
  return (box.textContent ?? '').replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** The caret's paragraph split at the remembered caret of `target`; null when there is no caret. */
export function caretText(target: FocusTarget): CaretText | null {
  const el = target.element;
  if (isTextControl(el))
    return el.selectionStart === null ? null : lineOf(el.value, el.selectionStart, el.selectionEnd ?? 0);
  const context = editContextOf(el);
  if (context) return lineOf(context.text, context.selectionStart, context.selectionEnd);
  const sel = selectionFor(el);
  const live = sel?.rangeCount ? sel.getRangeAt(0) : null;
  const range = live && el.contains(live.commonAncestorContainer) ? live : target.range;
  if (!range || !el.contains(range.commonAncestorContainer)) return null;
  const before = blockSide(el, range.startContainer, range.startOffset, false);
  const after = blockSide(el, range.endContainer, range.endOffset, true);
  return lineOf(`${before}${after}`, before.length, before.length);
}
