import type { ChangedEvent } from '../shared/messages.ts';
import { readRoot } from './editor-text.ts';
import type { FocusTarget } from './focus-tracker.ts';
import { pageUrl } from './page-url.ts';
import { siteEnabled } from './site-enabled.ts';

// khung:changed (the checklist follows typing): watch the remembered editor only, read-only
// (a MutationObserver, as editors that own their model still render to the DOM), debounced ~300 ms.

const DEBOUNCE_MS = 300;
let observer: MutationObserver | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function announce(): void {
  const event: ChangedEvent = { type: 'khung:changed', url: pageUrl() };
  try {
    // Nobody listens while the panel is closed: that rejection is expected and swallowed.
    if (siteEnabled()) chrome.runtime.sendMessage(event).catch(() => {});
  } catch {
    // The extension was reloaded and this script orphaned; nothing to tell.
  }
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(announce, DEBOUNCE_MS);
}

/** Watches `target`'s editor for text changes (replacing the previous watch). */
export function watchChanges(target: FocusTarget): void {
  observer?.disconnect();
  const el = target.element;
  const View = el.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
  observer = new View(schedule);
  observer.observe(readRoot(el), { characterData: true, childList: true, subtree: true });
  // A textarea's value changes without DOM mutations.
  el.addEventListener('input', schedule);
  // The first focus of an editor is a change of what the checklist should show.
  schedule();
}
