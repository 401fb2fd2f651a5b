import { z } from 'zod/mini';

// The per-site on/off switch (users of other extensions asked for one after an extension broke their
// editors). Kept in chrome.storage.local — a device setting, not part of the synced
// library — as a list of host names. Small and zod/mini only: the content script imports it.

/** The storage key of the list of host names where Khung is switched off. */
export const SITE_SWITCH_KEY = 'khung.disabledSites';

const HostList = z.array(z.string());

/** The host name a switch applies to ("soanthao.tinh.gov.vn"); null for non-web URLs. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** The host names where Khung is off (an unreadable value counts as none). */
export async function disabledSites(): Promise<string[]> {
  const stored = await chrome.storage.local.get(SITE_SWITCH_KEY);
  const parsed = HostList.safeParse(stored[SITE_SWITCH_KEY]);
  return parsed.success ? parsed.data : [];
}

/** False when the user switched Khung off on the site of `url`. */
export async function isSiteEnabled(url: string): Promise<boolean> {
  const site = siteOf(url);
  if (site === null) return true;
  return !(await disabledSites()).includes(site);
}

/** Switches Khung on or off for the site of `url`; returns false for a URL that has no site. */
export async function setSiteEnabled(url: string, enabled: boolean): Promise<boolean> {
  const site = siteOf(url);
  if (site === null) return false;
  const others = (await disabledSites()).filter((s) => s !== site);
  await chrome.storage.local.set({ [SITE_SWITCH_KEY]: enabled ? others : [...others, site].sort() });
  return true;
}

/** Calls `listener(enabled)` whenever the switch of the site of `url` changes; returns the unsubscribe. */
export function onSiteSwitchChange(url: string, listener: (enabled: boolean) => void): () => void {
  const site = siteOf(url);
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string): void => {
    const change = changes[SITE_SWITCH_KEY];
    if (area !== 'local' || change === undefined || site === null) return;
    const parsed = HostList.safeParse(change.newValue);
    listener(!(parsed.success ? parsed.data : []).includes(site));
  };
  chrome.storage.onChanged.addListener(handler);
  return () => chrome.storage.onChanged.removeListener(handler);
}
