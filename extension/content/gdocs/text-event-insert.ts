import { canvasText } from './canvas-reader.ts';

// Writing into Docs through its text-event iframe (Harper's google-docs-bridge):
// focus the iframe's editable target, send one synthetic `paste` of text/plain (one edit step; Docs
// turns the newlines into paragraphs itself), then read the annotated canvas back. Only if Docs did
// not take that paste and nothing changed, try execCommand('insertText') in the iframe.
//
// Khung writes only what it can read back: without the annotated canvas (which Docs draws only for
// extensions on Google's allow-list) it does not write at all, so an insert it cannot verify never
// happens, and the text goes to the clipboard instead. After a write that changed the document but
// cannot be recognised, it stops: no second method, no clipboard, so nothing can be inserted twice.

/**
 * How an attempt ended: landed (seen once more in the text), uncertain (the text changed, but not as
 * expected), unverifiable (no annotated canvas: nothing was sent), or none (nothing changed).
 */
export type Attempt = 'landed' | 'uncertain' | 'unverifiable' | 'none';

const SETTLE_MS = 60;
/** How long a write may take to show on the canvas (Docs repaints within a frame or two). */
const VERIFY_MS = 1500;

/** The editable target inside `.docs-texteventtarget-iframe`, or null when the page has none. */
export function textEventTarget(root: Document = document): { doc: Document; target: HTMLElement } | null {
  const frame = root.querySelector<HTMLIFrameElement>('.docs-texteventtarget-iframe');
  const doc = frame?.contentDocument;
  if (!frame || !doc) return null;
  const target = doc.querySelector<HTMLElement>('[contenteditable="true"]') ?? doc.body;
  if (!target) return null;
  return { doc, target };
}

function count(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The line of `text` used to recognise it in the document: its longest line, whitespace-collapsed. */
export function probeOf(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  return lines.reduce((best, l) => (l.length > best.length ? l : best), '');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Watches the canvas after a write: 'landed' as soon as it holds one more copy of `probe` than
 * `before` did; at the end, 'changed' if its text differs from `before` all the same, else 'same'.
 */
async function outcome(before: string, probe: string): Promise<'landed' | 'changed' | 'same'> {
  const wanted = count(collapse(before), probe) + 1;
  let now: string | null = before;
  for (let waited = 0; waited <= VERIFY_MS; waited += SETTLE_MS) {
    await sleep(SETTLE_MS);
    now = canvasText();
    if (now !== null && count(collapse(now), probe) >= wanted) return 'landed';
  }
  return now === before ? 'same' : 'changed';
}

/** One insertion attempt through the text-event iframe; never a second write after one changed the text. */
export async function insertViaTextEvent(text: string): Promise<Attempt> {
  const surface = textEventTarget();
  if (!surface) return 'none';
  const before = canvasText();
  if (before === null) return 'unverifiable';
  const { doc, target } = surface;
  const probe = probeOf(text);
  doc.defaultView?.focus();
  target.focus();

  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  target.dispatchEvent(paste);
  const pasted = await outcome(before, probe);
  if (pasted === 'landed') return 'landed';
  if (pasted === 'changed') return 'uncertain';
  // Docs cancels a paste it handles. One it took that showed nothing in 1.5 s is counted as not landed
  // (the clipboard follows); typing it as well is not tried, as that could make two copies if it did.
  if (paste.defaultPrevented) return 'none';

  let typed = false;
  try {
    typed = doc.execCommand('insertText', false, text);
  } catch {
    typed = false;
  }
  if (!typed) return 'none';
  const after = await outcome(before, probe);
  return after === 'landed' ? 'landed' : after === 'changed' ? 'uncertain' : 'none';
}
