import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import type { OutlineChoice } from '../../shared/ui/outline-picker.tsx';
import { askWorker, LibraryReply } from '../shared/background-messages.ts';
import type { OutlineInfo } from '../shared/panel-schemas.ts';

/** Everything the panel offers: built-in and user outlines (summaries) and snippets, and a storage warning. */
export interface PanelLibrary {
  outlines: OutlineInfo[];
  snippets: Snippet[];
  warning: string | null;
  /** The three libraries (built-in, organisation, personal): sizes, and the organisation's name. */
  libraries: LibraryReply['libraries'];
}

const NO_LIBRARIES: LibraryReply['libraries'] = {
  counts: {
    builtin: { outlines: 0, snippets: 0 },
    org: { outlines: 0, snippets: 0 },
    personal: { outlines: 0, snippets: 0 },
  },
  org: null,
};

/**
 * Asks the service worker for the library (built-in, the organisation's, the user's own): the panel never bundles the
 * outlines, the snippets or the storage code itself (panel ≤ 50 KB gzipped).
 */
export async function loadLibrary(): Promise<PanelLibrary> {
  const reply = await askWorker({ type: 'khung:bg:library' }, LibraryReply);
  if (!reply.ok) return { outlines: [], snippets: [], warning: reply.message, libraries: NO_LIBRARIES };
  return {
    outlines: reply.outlines,
    snippets: reply.snippets,
    warning: reply.warning,
    libraries: reply.libraries,
  };
}

/** The picker's view of the outlines. */
export function outlineChoices(library: PanelLibrary): OutlineChoice[] {
  const org = library.libraries.org;
  return library.outlines.map((o) => ({
    id: o.id,
    title: o.title,
    user: o.user,
    ...(o.org && org ? { org: org.name } : {}),
  }));
}
