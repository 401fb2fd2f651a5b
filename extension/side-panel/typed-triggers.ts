import { useEffect, useRef } from 'preact/hooks';
import { fillSnippet, snippetFields } from '../../shared/core/snippets/fill-snippet.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { isExpandRequest, saveTriggers } from '../shared/expansion.ts';
import { insertSnippet } from './insert-snippet.ts';

/**
 * The panel's side of expansion while typing: keeps the content scripts' trigger list in step with
 * the library the panel loaded, and answers a page where the officer typed a trigger (now selected
 * there, "khung:expand"): a snippet without fields goes in at once over the trigger, one with fields
 * opens its form (`openForm`) and goes in when the officer submits it.
 */
export function useTypedTriggers(
  snippets: readonly Snippet[] | null,
  openForm: (snippet: Snippet) => void,
): void {
  const latest = useRef({ snippets, openForm });
  latest.current = { snippets, openForm };
  useEffect(() => {
    if (snippets) void saveTriggers(snippets).catch(() => undefined);
  }, [snippets]);
  useEffect(() => {
    const onMessage = (raw: unknown, sender: chrome.runtime.MessageSender, reply: (a: unknown) => void) => {
      // From a content script of this extension, in a tab.
      const tabId = sender.tab?.id;
      if (sender.id !== chrome.runtime.id || tabId === undefined || !isExpandRequest(raw)) return false;
      const snippet = latest.current.snippets?.find((s) => s.trigger === raw.trigger);
      // An open panel always answers: the worker leaves expansion to it (expand-closed-panel.ts).
      if (!snippet) {
        reply({ ok: false });
        return false;
      }
      reply({ ok: true });
      if (snippetFields(snippet).length > 0) latest.current.openForm(snippet);
      else void insertSnippet(tabId, snippet, fillSnippet(snippet, {})).catch(() => undefined);
      return false;
    };
    chrome.runtime.onMessage.addListener(onMessage);
    return () => chrome.runtime.onMessage.removeListener(onMessage);
  }, []);
}
