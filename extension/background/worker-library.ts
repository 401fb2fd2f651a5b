import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import type { LoadedLibrary } from '../shared/library-storage.ts';

/** Everything the panel offers: built-in and user outlines and snippets, and a storage warning. */
export interface WorkerLibrary {
  outlines: Outline[];
  userOutlineIds: Set<string>;
  snippets: Snippet[];
  warning: string | null;
}

/**
 * The built-in library plus the user's own. A user outline may not shadow a built-in id (the panel
 * lists outlines by id); a user snippet with a built-in id replaces it, and user snippets come first
 * (they are the officer's own, as the options page promises).
 */
export async function buildLibrary(
  builtInOutlines: Outline[],
  builtInSnippets: Snippet[],
  loadUser: () => Promise<LoadedLibrary>,
): Promise<WorkerLibrary> {
  try {
    const user = await loadUser();
    const builtInIds = new Set(builtInOutlines.map((o) => o.id));
    const userOutlines = user.outlines.filter((o) => !builtInIds.has(o.id));
    const userSnippetIds = new Set(user.snippets.map((s) => s.id));
    return {
      outlines: [...builtInOutlines, ...userOutlines],
      userOutlineIds: new Set(userOutlines.map((o) => o.id)),
      snippets: [...user.snippets, ...builtInSnippets.filter((s) => !userSnippetIds.has(s.id))],
      warning: user.warning ?? null,
    };
  } catch {
    return {
      outlines: builtInOutlines,
      userOutlineIds: new Set(),
      snippets: builtInSnippets,
      warning: 'Không đọc được thư viện riêng của bạn; đang dùng thư viện có sẵn.',
    };
  }
}
