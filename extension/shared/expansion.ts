import { siteOf } from './site-switch.ts';

// Expansion while typing (a snippet's trigger such as ";nn" typed in an editor becomes the snippet):
// optional per site and OFF until the officer turns it on in the side panel — typed triggers were
// the most argued-about feature of text expanders (ProKeys #117), and a Telex/VNI keyboard rewrites
// what is typed. The list of sites and the list of triggers live in chrome.storage.local (device
// settings, like the site switch). The content script only notices a typed trigger and selects it;
// the side panel, which has the library, does the rest through its usual insert (typed-triggers.ts),
// or the service worker when no panel is open (background/expand-closed-panel.ts).
// So the content script, which runs on every page within a 12 KB budget, carries no library, no
// fill-in and no zod schema here: these lists are the extension's own data, checked as they are read.

/** The storage key of the host names where expansion is on. */
export const EXPAND_SITES_KEY = 'khung.expandSites';
/** The storage key of the library's triggers (the side panel writes it when it loads the library). */
export const EXPAND_TRIGGERS_KEY = 'khung.expandTriggers';

/** Sent by the content script when the officer typed `trigger` (now selected in the page). */
export interface ExpandRequest {
  type: 'khung:expand';
  trigger: string;
}

/** True for an ExpandRequest. */
export function isExpandRequest(raw: unknown): raw is ExpandRequest {
  const r = raw as Partial<ExpandRequest> | null;
  return typeof r === 'object' && r !== null && r.type === 'khung:expand' && typeof r.trigger === 'string';
}

/** The strings of a stored list (anything else counts as none). */
export async function storedList(key: string): Promise<string[]> {
  const v: unknown = (await chrome.storage.local.get(key))[key];
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

/** True when the officer turned expansion on for the site of `url` (off by default). */
export async function isExpansionOn(url: string): Promise<boolean> {
  const site = siteOf(url);
  return site !== null && (await storedList(EXPAND_SITES_KEY)).includes(site);
}

/** Turns expansion on or off for the site of `url`; false for a URL that has no site. */
export async function setExpansionOn(url: string, on: boolean): Promise<boolean> {
  const site = siteOf(url);
  if (site === null) return false;
  const others = (await storedList(EXPAND_SITES_KEY)).filter((s) => s !== site);
  await chrome.storage.local.set({ [EXPAND_SITES_KEY]: on ? [...others, site].sort() : others });
  return true;
}

/**
 * Writes the library's triggers for the content scripts when they changed. The side panel does it
 * when it loads the library, and the worker when the stored library changes, so expansion works
 * without the panel ever being opened.
 */
export async function saveTriggers(snippets: ReadonlyArray<{ trigger?: string | undefined }>): Promise<void> {
  const triggers = snippets.flatMap((s) => (s.trigger === undefined ? [] : [s.trigger]));
  const stored: unknown = (await chrome.storage.local.get(EXPAND_TRIGGERS_KEY))[EXPAND_TRIGGERS_KEY];
  if (JSON.stringify(stored) !== JSON.stringify(triggers))
    await chrome.storage.local.set({ [EXPAND_TRIGGERS_KEY]: triggers });
}

/** Calls `listener` whenever the site list or the trigger list changes; returns the unsubscribe. */
export function onExpansionChange(listener: () => void): () => void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string): void => {
    if (area === 'local' && (EXPAND_SITES_KEY in changes || EXPAND_TRIGGERS_KEY in changes)) listener();
  };
  chrome.storage.onChanged.addListener(handler);
  return () => chrome.storage.onChanged.removeListener(handler);
}

/**
 * Sent by the content script for an editor that types through an EditContext (Monaco), which has no
 * DOM selection to extend: the worker selects the `length` characters before its caret with the
 * editor's own keys (background/select-back.ts) and answers the selected text; `length` 0 puts the
 * caret back after the selection; a negative `length` only trims the stale text past the caret's
 * line, so that the text after the caret reads true (khung:caret, before an insert from the panel).
 */
export interface SelectBackRequest {
  type: 'khung:select-back';
  length: number;
}

/** True for a SelectBackRequest. */
export function isSelectBackRequest(raw: unknown): raw is SelectBackRequest {
  const r = raw as Partial<SelectBackRequest> | null;
  return typeof r === 'object' && r !== null && r.type === 'khung:select-back' && Number.isInteger(r.length);
}
