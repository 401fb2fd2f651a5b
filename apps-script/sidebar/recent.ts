import { z } from 'zod/mini';

// Recently used snippets of the sidebar, in the sidebar's own localStorage (per browser): a
// convenience, so any storage failure just means "no recent list".
const KEY = 'khung.recentSnippets';
const Ids = z.array(z.string());

/** The recent snippet ids, most recent first. */
export function loadRecent(): string[] {
  try {
    const parsed = Ids.safeParse(JSON.parse(localStorage.getItem(KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Puts `id` first and returns the new list (at most 12). */
export function rememberRecent(id: string): string[] {
  const next = [id, ...loadRecent().filter((x) => x !== id)].slice(0, 12);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage blocked in this frame: keep the list for this session only.
  }
  return next;
}
