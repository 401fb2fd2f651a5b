import { canvasText } from './canvas-reader.ts';

// Writing into Docs through its text-event iframe (HOSTS.md §2.3, Harper's google-docs-bridge):
// focus the iframe's editable target, send one synthetic `paste` of text/plain (one edit step; Docs
// turns the newlines into paragraphs itself), then read back. Only if that paste was neither consumed
// nor landed, try execCommand('insertText') in the iframe. Never a second method after one landed.

/** How an attempt ended: landed (seen in the text), sent (consumed, but unverifiable), or nothing. */
export type Attempt = 'landed' | 'sent' | 'none';

const SETTLE_MS = 60;
const VERIFY_MS = 800;

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

/** Waits until the annotated text holds one more copy of `probe` than `before` did; false on timeout. */
async function landed(before: string, probe: string): Promise<boolean> {
  const wanted = count(before.replace(/\s+/g, ' '), probe) + 1;
  for (let waited = 0; waited <= VERIFY_MS; waited += SETTLE_MS) {
    await sleep(SETTLE_MS);
    const now = canvasText();
    if (now !== null && count(now.replace(/\s+/g, ' '), probe) >= wanted) return true;
  }
  return false;
}

/** One insertion attempt through the text-event iframe; never dispatches after a landed/consumed try. */
export async function insertViaTextEvent(text: string): Promise<Attempt> {
  const surface = textEventTarget();
  if (!surface) return 'none';
  const { doc, target } = surface;
  const before = canvasText();
  const probe = probeOf(text);
  doc.defaultView?.focus();
  target.focus();

  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  target.dispatchEvent(paste);
  if (before !== null && (await landed(before, probe))) return 'landed';
  // Docs cancels the paste event it handles; without an annotated canvas that is all we can know.
  if (paste.defaultPrevented) return before === null ? 'sent' : 'none';

  let typed = false;
  try {
    typed = doc.execCommand('insertText', false, text);
  } catch {
    typed = false;
  }
  if (before !== null) return (await landed(before, probe)) ? 'landed' : 'none';
  return typed ? 'sent' : 'none';
}
