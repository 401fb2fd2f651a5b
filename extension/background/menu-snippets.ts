import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';

/** How many snippets the context menu lists: enough to be useful, short enough to scan. */
export const MENU_SIZE = 10;

/**
 * The snippets the context menu offers: recently used first (most recent first), then the user's own,
 * then the built-in ones, each once, at most `size`.
 */
export function menuSnippets(
  builtIn: readonly Snippet[],
  user: readonly Snippet[],
  recentIds: readonly string[],
  size = MENU_SIZE,
): Snippet[] {
  const byId = new Map<string, Snippet>();
  for (const s of builtIn) byId.set(s.id, s);
  for (const s of user) byId.set(s.id, s); // a user snippet with a built-in id wins, as in the panel
  const ordered: Snippet[] = [];
  const seen = new Set<string>();
  const take = (s: Snippet | undefined): void => {
    if (!s || seen.has(s.id) || ordered.length >= size) return;
    seen.add(s.id);
    ordered.push(s);
  };
  for (const id of recentIds) take(byId.get(id));
  for (const s of user) take(byId.get(s.id));
  for (const s of builtIn) take(byId.get(s.id));
  return ordered;
}
