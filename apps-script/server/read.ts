import { activeTabText, readDocument } from './read-document.ts';
import { UserError } from './result.ts';
import { fits } from './schema-check.ts';
import { saveOutlineId } from './settings.ts';
import { textSignature } from './signature.ts';

// The server reads; the sidebar checks. Code.js carries no checker: every server call pays the parse
// of all of Code.js, and the sidebar's browser runs the core on the document model read here.

/**
 * khungRead: the active tab as the core's document model, and its signature. With an outline id (or
 * 'auto'), a check is coming: that choice is remembered; without one (deriving an outline) nothing is.
 */
export function read(outlineId: unknown) {
  if (outlineId !== undefined && outlineId !== null && !fits('outlineId', outlineId))
    throw new UserError('Chưa chọn đề cương.');
  const { doc, signature } = readDocument();
  if (typeof outlineId === 'string') saveOutlineId(outlineId);
  return { ok: true as const, doc, signature };
}

/**
 * khungPoll: while nothing changed, one read (the tab's whole text, fingerprinted and compared with
 * the sidebar's last signature) and nothing else. After a change, the structure is read too, starting
 * from the text already read, and the sidebar checks it. Never touches the cursor or the selection,
 * so typing is not disturbed.
 */
export function poll(signature: string) {
  const tab = activeTabText();
  const now = textSignature(tab.text);
  if (now === signature) return { ok: true as const, changed: false, signature: now };
  const { doc } = readDocument(tab);
  return { ok: true as const, changed: true, signature: now, doc };
}
