import type { Outline } from '../outline/outline-schema.ts';
import { fold } from '../text/fold.ts';

// Ids of the officer's own items, decided once for both hosts (the extension's options page and side
// panel, the add-on's server): a new item's id comes from its name, starts with "u-" so it never
// meets a built-in id, and is unique among the ids taken; an imported outline that carries a built-in
// outline's id (a file copied from outlines/) becomes the officer's own copy under a new id rather than
// being refused or hiding the built-in one.

/** A lowercase ASCII id from free text, as the schemas want (`^[a-z0-9][a-z0-9-]*$`). */
export function slugId(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

/** A fresh id from a label, unique among `taken` ("u-" keeps user ids apart from built-in ones). */
export function newId(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = `u-${slugId(label) || 'muc'}`.slice(0, 50);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The imported outlines as the officer's own: each whose id is a built-in outline's gets a new id
 * (newId of its old id), unique among the current user ids, the file's ids and the ids given so far.
 */
export function ownImportedOutlines(
  imported: readonly Outline[],
  builtInIds: readonly string[],
  currentIds: readonly string[],
): Outline[] {
  const reserved = new Set(builtInIds);
  const taken = [...builtInIds, ...currentIds, ...imported.map((o) => o.id)];
  return imported.map((o) => {
    if (!reserved.has(o.id)) return o;
    const id = newId(o.id, taken);
    taken.push(id);
    return { ...o, id };
  });
}
