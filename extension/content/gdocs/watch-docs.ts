import type { ChangedEvent } from '../../shared/messages.ts';

// khung:changed for Docs: typing goes through the text-event iframe, so its input events are the
// signal. Docs saves a few seconds after typing and the export shows the saved state, so the
// announcement waits for a pause (longer than the editor engine's 300 ms).

const PAUSE_MS = 2500;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Tells the panel (if open) that the document changed, after a pause in typing. */
export function announceDocsChange(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const event: ChangedEvent = { type: 'khung:changed', url: location.href };
    try {
      chrome.runtime.sendMessage(event).catch(() => {}); // nobody listens while the panel is closed
    } catch {
      // The extension was reloaded and this script orphaned.
    }
  }, PAUSE_MS);
}

/** Watches the text-event iframe for input (waiting for Docs to create it); read-only. */
export function watchDocs(): void {
  const attach = (): boolean => {
    const doc = document.querySelector<HTMLIFrameElement>('.docs-texteventtarget-iframe')?.contentDocument;
    if (!doc) return false;
    for (const type of ['input', 'paste', 'keyup']) doc.addEventListener(type, announceDocsChange, true);
    return true;
  };
  if (attach()) return;
  let tries = 0;
  const poll = setInterval(() => {
    if (attach() || ++tries > 30) clearInterval(poll);
  }, 1000);
}
