import type { Outline } from '../outline/outline-schema.ts';
import type { Snippet } from '../snippets/snippet-schema.ts';

// The three libraries an officer works with, as one: Khung's built-in one, the organisation's
// (read-only, published by the federation) and the officer's own. Where ids collide, the officer's
// own item wins on their machine, then the organisation's, then the built-in one — except that a
// built-in outline is never hidden (hosts list outlines by id and every officer keeps the standard
// ones; an officer's import with such an id becomes their own copy under a new id, user-ids.ts, in
// both hosts; `khung library build` refuses such ids outright).

/** Which library an item comes from. */
export type Origin = 'builtin' | 'org' | 'personal';

/** A library's items. */
export interface LibraryItems {
  outlines: readonly Outline[];
  snippets: readonly Snippet[];
}

/** The libraries as one: each item once, with its origin, and what was set aside and why. */
export interface CombinedLibrary {
  /** Built-in first, then the organisation's, then the officer's (the pickers' order). */
  outlines: Array<{ outline: Outline; origin: Origin }>;
  /** The officer's first, then the organisation's, then the built-in ones (the panel's order). */
  snippets: Array<{ snippet: Snippet; origin: Origin }>;
  /** Organisation outlines left out because a built-in outline has their id. */
  hiddenOrgOutlines: string[];
}

/** Combines the three libraries (`org` null when there is none). */
export function combineLibraries(
  builtIn: LibraryItems,
  org: LibraryItems | null,
  personal: LibraryItems,
): CombinedLibrary {
  const builtInOutlineIds = new Set(builtIn.outlines.map((o) => o.id));
  const personalOutlines = personal.outlines.filter((o) => !builtInOutlineIds.has(o.id));
  const personalOutlineIds = new Set(personalOutlines.map((o) => o.id));
  const orgOutlines = (org?.outlines ?? []).filter(
    (o) => !builtInOutlineIds.has(o.id) && !personalOutlineIds.has(o.id),
  );
  const personalSnippetIds = new Set(personal.snippets.map((s) => s.id));
  const orgSnippets = (org?.snippets ?? []).filter((s) => !personalSnippetIds.has(s.id));
  const above = new Set([...personalSnippetIds, ...orgSnippets.map((s) => s.id)]);
  return {
    outlines: [
      ...builtIn.outlines.map((outline) => ({ outline, origin: 'builtin' as const })),
      ...orgOutlines.map((outline) => ({ outline, origin: 'org' as const })),
      ...personalOutlines.map((outline) => ({ outline, origin: 'personal' as const })),
    ],
    snippets: [
      ...personal.snippets.map((snippet) => ({ snippet, origin: 'personal' as const })),
      ...orgSnippets.map((snippet) => ({ snippet, origin: 'org' as const })),
      ...builtIn.snippets
        .filter((s) => !above.has(s.id))
        .map((snippet) => ({ snippet, origin: 'builtin' as const })),
    ],
    hiddenOrgOutlines: (org?.outlines ?? []).filter((o) => builtInOutlineIds.has(o.id)).map((o) => o.id),
  };
}
