import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import type { OutlineChoice } from '../../shared/ui/outline-picker.tsx';
import { askWorker, LibraryReply } from '../shared/background-messages.ts';
import type { OutlineInfo } from '../shared/panel-schemas.ts';

/** Everything the panel offers: built-in and user outlines (summaries) and snippets, and a storage warning. */
export interface PanelLibrary {
  outlines: OutlineInfo[];
  snippets: Snippet[];
  warning: string | null;
}

/**
 * Asks the service worker for the library (built-in + the user's own): the panel never bundles the
 * outlines, the snippets or the storage code itself (issue 5 §9, panel ≤ 50 KB gzipped).
 */
export async function loadLibrary(): Promise<PanelLibrary> {
  const reply = await askWorker({ type: 'khung:bg:library' }, LibraryReply);
  if (!reply.ok) return { outlines: [], snippets: [], warning: reply.message };
  return { outlines: reply.outlines, snippets: reply.snippets, warning: reply.warning };
}

/** The picker's view of the outlines. */
export function outlineChoices(library: PanelLibrary): OutlineChoice[] {
  return library.outlines.map((o) => ({ id: o.id, title: o.title, user: o.user }));
}
