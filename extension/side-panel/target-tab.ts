/// <reference path="../shared/e2e-flag.d.ts" />

// Which tab the panel works on. In Chrome's side panel it is the active tab of the last focused
// window; in tests the panel is opened as a tab itself, so `?target=<url>`
// names the page to work on instead. That is a test hook, and release builds carry none: only the
// KHUNG_E2E=1 build reads `?target=` (tests/extension/manifest.test.ts greps the release build).

/** The tab the panel reads and inserts into, as far as the panel needs to know it. */
export interface TargetTab {
  id: number;
  url: string;
  /** The page's title (names an outline derived from it). */
  title: string;
}

/** The `?target=` URL of the panel page, when a test set one (e2e build only; null in the release build). */
export function fixedTargetUrl(): string | null {
  if (typeof __KHUNG_E2E__ === 'undefined' || !__KHUNG_E2E__) return null;
  return new URLSearchParams(location.search).get('target');
}

/** Finds the target tab; null when there is none (no window, or the target page is not open). */
export async function findTargetTab(): Promise<TargetTab | null> {
  const fixed = fixedTargetUrl();
  try {
    const tabs = fixed
      ? (await chrome.tabs.query({})).filter((t) => t.url === fixed || t.url?.startsWith(fixed))
      : await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const tab = tabs[0];
    if (tab?.id === undefined) return null;
    return { id: tab.id, url: tab.url ?? tab.pendingUrl ?? '', title: tab.title ?? '' };
  } catch {
    return null;
  }
}
