import { isLibraryKey } from '../library-storage.ts';

// A page that shows the user library (the options page) follows it: any change saved elsewhere —
// the side panel deriving an outline, another tab, another device through sync — is read again and
// shown, so what the page shows is never older than a moment.

type Changes = Record<string, unknown>;

/** The part of chrome.storage.onChanged this needs (the chrome-storage fake in tests). */
export interface ChangeEvents {
  addListener(listener: (changes: Changes, areaName: string) => void): void;
  removeListener(listener: (changes: Changes, areaName: string) => void): void;
}

/** A save writes several keys in turn: wait this long after the last one before reading again. */
export const FOLLOW_DELAY_MS = 120;

/** Calls `reload` once a burst of changes to the library's keys has settled; returns the unsubscribe. */
export function followLibrary(
  reload: () => void,
  events: ChangeEvents = chrome.storage.onChanged,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (changes: Changes): void => {
    if (!Object.keys(changes).some(isLibraryKey)) return;
    clearTimeout(timer);
    timer = setTimeout(reload, FOLLOW_DELAY_MS);
  };
  events.addListener(listener);
  return () => {
    clearTimeout(timer);
    events.removeListener(listener);
  };
}
