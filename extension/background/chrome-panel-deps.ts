import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { bundledOutlines, bundledSnippets } from '../../shared/library/bundled.ts';
import { loadUserLibrary, saveUserLibrary } from '../shared/library-storage.ts';
import { loadOrgState } from '../shared/org-library/org-store.ts';
import { isSiteEnabled } from '../shared/site-switch.ts';
import type { PanelDeps } from './panel-handlers.ts';

let outlines: Outline[] | undefined;
let snippets: Snippet[] | undefined;

/** The panel handlers' dependencies on the real chrome.* APIs; built-ins are parsed once per worker life. */
export function chromePanelDeps(): PanelDeps {
  return {
    sendToTab: (tabId, message) => chrome.tabs.sendMessage(tabId, message),
    loadUserLibrary,
    saveUserLibrary,
    isSiteEnabled,
    builtInOutlines: () => {
      outlines ??= bundledOutlines();
      return outlines;
    },
    builtInSnippets: () => {
      snippets ??= bundledSnippets();
      return snippets;
    },
    loadOrgLibrary: async () => (await loadOrgState(chrome.storage.local)).kept,
  };
}
