import { editableRoot, isTextControl, selectionFor } from './editable.ts';
import { claimFocus } from './frame-owner.ts';

// Remembers the last focused editable field and its caret, because clicking in the side panel moves
// focus away from the page (PixieBrix #7774). A textarea keeps its own selection; a
// contenteditable loses it to any later click on the page, so its last Range inside is cloned.

/** The remembered field: the element and, for a contenteditable, the last selection inside it. */
export interface FocusTarget {
  element: HTMLElement;
  range: Range | null;
}

let last: FocusTarget | null = null;
const watched = new WeakSet<Document>();
const listeners = new Set<(target: FocusTarget) => void>();

function rangeInside(root: HTMLElement): Range | null {
  const sel = selectionFor(root);
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
}

function remember(root: HTMLElement): void {
  const changed = last?.element !== root;
  last = { element: root, range: isTextControl(root) ? null : rangeInside(root) };
  claimFocus();
  if (changed) for (const listener of listeners) listener(last);
}

function onFocusIn(event: Event): void {
  // A page script can dispatch a focusin of its own on any editor it reaches: only real focus moves
  // (the user's, or the page's own focus() calls, which do move the caret) count.
  if (!event.isTrusted) return;
  // composedPath()[0]: an editor inside a shadow root, not the host focus was retargeted to.
  const root = editableRoot((event.composedPath()[0] ?? event.target) as Node | null);
  if (root) remember(root);
}

function onSelectionChange(event: Event): void {
  if (!event.isTrusted) return;
  const doc = (event.target as Node | null)?.ownerDocument ?? (event.target as Document);
  if (!last || isTextControl(last.element) || last.element.ownerDocument !== doc) return;
  const range = rangeInside(last.element);
  if (range) last.range = range;
}

/**
 * Starts tracking focus and selection in `doc`. Editors in iframes (TinyMCE's srcdoc iframe) are
 * tracked by the copy of this script running in that frame (all_frames + match_about_blank).
 */
export function trackDocument(doc: Document): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('selectionchange', onSelectionChange, true);
  const active = editableRoot(doc.activeElement);
  if (active) remember(active);
}

/** The last focused editable field, if it is still in the page. */
export function lastFocus(): FocusTarget | null {
  return last?.element.isConnected ? last : null;
}

/** Calls `listener` whenever a different editable field gets focus. */
export function onFocusTarget(listener: (target: FocusTarget) => void): void {
  listeners.add(listener);
}

/** Puts focus and the caret back where they were before the panel took focus. */
export function restoreFocus(target: FocusTarget): void {
  const el = target.element;
  const doc = el.ownerDocument;
  // An editor in an iframe (TinyMCE's iframe mode) needs its frame focused first, or the keyboard —
  // Ctrl+Z included — keeps going to whatever the parent page focused last.
  const view = doc.defaultView;
  if (view && view !== view.top && !doc.hasFocus()) view.focus();
  if (isTextControl(el)) {
    const { selectionStart, selectionEnd } = el;
    if (doc.activeElement !== el) el.focus({ preventScroll: true });
    if (selectionStart !== null) el.setSelectionRange(selectionStart, selectionEnd ?? selectionStart);
    return;
  }
  const range = target.range;
  const sel = selectionFor(el);
  const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  if (active !== el && !el.contains(active)) el.focus({ preventScroll: true });
  if (!sel || !range || !el.contains(range.commonAncestorContainer)) return;
  const current = sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const same =
    current !== null &&
    current.startContainer === range.startContainer &&
    current.startOffset === range.startOffset &&
    current.endContainer === range.endContainer &&
    current.endOffset === range.endOffset;
  if (!same) {
    sel.removeAllRanges();
    sel.addRange(range.cloneRange());
  }
}
