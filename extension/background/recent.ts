import { z } from 'zod/mini';

// The recently used snippet ids, most recent first — the same chrome.storage.local key the side panel
// writes (extension/side-panel/panel-storage.ts), so the menu and the panel agree on "recent".

export const RECENT_KEY = 'khung.recentSnippets';
const RECENT_LIMIT = 12;
const Ids = z.array(z.string());

/** The recent ids (an unreadable value counts as none). */
export async function recentSnippetIds(): Promise<string[]> {
  const stored = await chrome.storage.local.get(RECENT_KEY);
  const parsed = Ids.safeParse(stored[RECENT_KEY]);
  return parsed.success ? parsed.data : [];
}

/** Puts `id` first in the recent list. */
export async function rememberSnippet(id: string): Promise<void> {
  const next = [id, ...(await recentSnippetIds()).filter((x) => x !== id)].slice(0, RECENT_LIMIT);
  await chrome.storage.local.set({ [RECENT_KEY]: next });
}
