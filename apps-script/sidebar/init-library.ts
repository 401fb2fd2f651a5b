import type { Outline } from '../../shared/core/outline/outline-schema.ts';

/** What of khungInit's answer these helpers read: the list (with the user flag) and the outlines in full. */
interface InitOutlines {
  outlines: ReadonlyArray<{ id: string; user: boolean }>;
  library: Outline[];
}

/**
 * The answer with its full library: a 'user-only' answer (the sidebar already holds the built-in
 * outlines, `held`) gets them back in front, as a full answer lists them.
 */
export function withBuiltIn<T extends InitOutlines>(answer: T, held: readonly Outline[] | null): T {
  if (!held) return answer;
  // An answer that carries them anyway (a server that ignored the scope) does not list them twice.
  const heldIds = new Set(held.map((o) => o.id));
  return { ...answer, library: [...held, ...answer.library.filter((o) => !heldIds.has(o.id))] };
}

/** The built-in outlines of a full answer: those the list does not mark as the user's. */
export function builtInOf(answer: InitOutlines): Outline[] {
  const builtInIds = new Set(answer.outlines.filter((o) => !o.user).map((o) => o.id));
  return answer.library.filter((o) => builtInIds.has(o.id));
}
