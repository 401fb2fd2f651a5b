import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { type CheckView, toCheckView } from '../../shared/core/report/check-view.ts';
import { type CheckResult, checkDocument } from '../../shared/core/rules/check-document.ts';
import { allOutlines, findOutline } from './outlines.ts';
import { activeTabText, type ReadResult, readDocument, type TabText } from './read-document.ts';
import { loadOutlineId, saveOutlineId } from './settings.ts';
import { textSignature } from './signature.ts';

/** A check of the active tab, with the read it came from. */
export interface Checked {
  read: ReadResult;
  result: CheckResult;
  view: CheckView;
}

/** Reads the active tab (from `known` when its text was just read) and checks it against the chosen outline, or detects one ('auto'). */
export function checkActive(outlineId: string, known?: TabText, outlines = allOutlines()): Checked {
  const outline: Outline | 'auto' = outlineId === 'auto' ? 'auto' : findOutline(outlineId, outlines);
  const read = readDocument(known);
  const result = checkDocument(read.doc, { outline, outlines });
  return { read, result, view: toCheckView(result) };
}

/** khungCheck: the check, its signature, and the block count; remembers the outline choice. */
export function check(outlineId: string) {
  const { read, view } = checkActive(outlineId);
  saveOutlineId(outlineId);
  return { ok: true as const, view, signature: read.signature, blocks: read.doc.blocks.length };
}

/**
 * khungPoll: while nothing changed, one read (the tab's whole text, fingerprinted and compared with
 * the sidebar's last signature) and nothing else: no structure, no outlines, no property store.
 * After a change, a full read and check with the remembered outline, starting from the text already
 * read. Never touches the cursor or the selection, so typing is not disturbed.
 */
export function poll(signature: string) {
  const tab = activeTabText();
  const now = textSignature(tab.text);
  if (now === signature) return { ok: true as const, changed: false, signature: now };
  const remembered = loadOutlineId();
  const outlines = allOutlines();
  const known = remembered === 'auto' || outlines.some((o) => o.id === remembered);
  const { read, view } = checkActive(known ? remembered : 'auto', tab, outlines);
  return {
    ok: true as const,
    changed: true,
    signature: read.signature,
    view,
    blocks: read.doc.blocks.length,
  };
}
