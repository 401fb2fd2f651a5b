import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { bundledOutlines, bundledSnippets } from '../../shared/library/bundled.ts';
import type { OutlineChoice } from '../../shared/ui/outline-picker.tsx';
import { loadUserLibrary } from '../shared/library-storage.ts';

/** Everything the panel offers: built-in and user outlines and snippets, and a storage warning. */
export interface PanelLibrary {
  outlines: Outline[];
  userOutlineIds: Set<string>;
  snippets: Snippet[];
  warning: string | null;
}

/** Loads the built-in library and the user's own (user items first among snippets: they are theirs). */
export async function loadLibrary(): Promise<PanelLibrary> {
  const builtIn = bundledOutlines();
  const snippets = bundledSnippets();
  try {
    const user = await loadUserLibrary();
    const builtInIds = new Set(builtIn.map((o) => o.id));
    const userOutlines = user.outlines.filter((o) => !builtInIds.has(o.id));
    return {
      outlines: [...builtIn, ...userOutlines],
      userOutlineIds: new Set(userOutlines.map((o) => o.id)),
      snippets: [...user.snippets, ...snippets.filter((s) => !user.snippets.some((u) => u.id === s.id))],
      warning: user.warning ?? null,
    };
  } catch {
    return {
      outlines: builtIn,
      userOutlineIds: new Set(),
      snippets,
      warning: 'Không đọc được thư viện riêng của bạn; đang dùng thư viện có sẵn.',
    };
  }
}

/** The picker's view of the outlines. */
export function outlineChoices(library: PanelLibrary): OutlineChoice[] {
  return library.outlines.map((o) => ({ id: o.id, title: o.title, user: library.userOutlineIds.has(o.id) }));
}
