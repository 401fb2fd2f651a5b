import { newId } from '../../../shared/core/library/user-ids.ts';
import type { Outline } from '../../../shared/core/outline/outline-schema.ts';
import type { Snippet } from '../../../shared/core/snippets/snippet-schema.ts';
import type { UserLibrary } from './library-schema.ts';

// Pure edits of the user library (the options page saves the result). Each returns a new library.

// A new item's id is decided in the core for both hosts (shared/core/library/user-ids.ts).
export { newId };

type Kind = 'snippets' | 'outlines';
type Item<K extends Kind> = UserLibrary[K][number];

/** Adds or replaces (same id) one item, keeping its position when replacing. */
export function upsert<K extends Kind>(library: UserLibrary, kind: K, item: Item<K>): UserLibrary {
  const list = library[kind] as Array<Item<K>>;
  const at = list.findIndex((x) => x.id === item.id);
  const next = at === -1 ? [...list, item] : list.map((x, i) => (i === at ? item : x));
  return { ...library, [kind]: next };
}

/** Replaces the item `oldId` by `item` (whose id may differ) in place. */
export function replaceItem<K extends Kind>(
  library: UserLibrary,
  kind: K,
  oldId: string,
  item: Item<K>,
): UserLibrary {
  const list = library[kind] as Array<Item<K>>;
  return { ...library, [kind]: list.map((x) => (x.id === oldId ? item : x)) };
}

/**
 * Replaces the item `oldId` by `item` in place, or adds `item` when `oldId` is gone (deleted
 * meanwhile elsewhere: the user's edit is kept rather than dropped).
 */
export function replaceOrAdd<K extends Kind>(
  library: UserLibrary,
  kind: K,
  oldId: string,
  item: Item<K>,
): UserLibrary {
  const present = (library[kind] as Array<{ id: string }>).some((x) => x.id === oldId);
  return present ? replaceItem(library, kind, oldId, item) : upsert(library, kind, item);
}

/** Removes one item by id. */
export function removeItem(library: UserLibrary, kind: Kind, id: string): UserLibrary {
  const list = library[kind] as Array<{ id: string }>;
  return { ...library, [kind]: list.filter((x) => x.id !== id) };
}

/** Moves one item up (-1) or down (+1); out-of-range moves leave the library as it is. */
export function moveItem(library: UserLibrary, kind: Kind, id: string, delta: -1 | 1): UserLibrary {
  const list = [...(library[kind] as Array<{ id: string }>)];
  const from = list.findIndex((x) => x.id === id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= list.length) return library;
  const [moved] = list.splice(from, 1);
  if (moved) list.splice(to, 0, moved);
  return { ...library, [kind]: list };
}

/** Merges imported items into the library: same id replaces, new ids are appended. */
export function mergeLibrary(
  library: UserLibrary,
  incoming: { snippets: Snippet[]; outlines: Outline[] },
): { library: UserLibrary; added: number; replaced: number } {
  let next = library;
  let added = 0;
  let replaced = 0;
  for (const s of incoming.snippets) {
    if (next.snippets.some((x) => x.id === s.id)) replaced++;
    else added++;
    next = upsert(next, 'snippets', s);
  }
  for (const o of incoming.outlines) {
    if (next.outlines.some((x) => x.id === o.id)) replaced++;
    else added++;
    next = upsert(next, 'outlines', o);
  }
  return { library: next, added, replaced };
}
