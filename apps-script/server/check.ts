import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { type CheckView, toCheckView } from '../../shared/core/report/check-view.ts';
import { type CheckResult, checkDocument } from '../../shared/core/rules/check-document.ts';
import { documentApp } from './gas-api.ts';
import { allOutlines, findOutline } from './outlines.ts';
import { activeBody, bodySignature, type ReadResult, readDocument } from './read-document.ts';
import { loadOutlineId, saveOutlineId } from './settings.ts';

/** A check of the active tab, with the read it came from. */
export interface Checked {
  read: ReadResult;
  result: CheckResult;
  view: CheckView;
}

/** Reads the active tab and checks it against the chosen outline, or detects one ('auto'). */
export function checkActive(outlineId: string): Checked {
  const outlines = allOutlines();
  const outline: Outline | 'auto' = outlineId === 'auto' ? 'auto' : findOutline(outlineId, outlines);
  const read = readDocument();
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
 * khungPoll: one call (the tab's text) when nothing changed; a full check with the remembered
 * outline when it did. Never touches the cursor or the selection, so typing is not disturbed.
 */
export function poll(signature: string) {
  const body = activeBody(documentApp().getActiveDocument());
  const now = bodySignature(body);
  if (now === signature) return { ok: true as const, changed: false, signature: now };
  const remembered = loadOutlineId();
  const known = remembered === 'auto' || allOutlines().some((o) => o.id === remembered);
  const { read, view } = checkActive(known ? remembered : 'auto');
  return { ok: true as const, changed: true, signature: read.signature, view };
}
