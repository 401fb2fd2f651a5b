import { useMemo, useState } from 'preact/hooks';
import { snippetPlacement } from '../../shared/core/snippets/insert-placement.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { SnippetInserter } from '../../shared/ui/snippet-inserter.tsx';
import { type Status, StatusBar } from '../../shared/ui/status-bar.tsx';
import { server } from './bridge.ts';
import { loadRecent, rememberRecent } from './recent.ts';
import { sidebarSnippets } from './sidebar-library.ts';

/**
 * Tab "Đoạn mẫu": the same library as the extension, searched without diacritics, inserted at the
 * cursor as a block of its own paragraphs or inline (the core's placement, decided on the server
 * against the caret's line). The message stays docked at the bottom, in view wherever the clicked
 * snippet was in the list.
 */
export function SnippetsTab(props: { onInserted: () => void }) {
  const snippets = useMemo(() => sidebarSnippets(), []);
  const [recent, setRecent] = useState(loadRecent);
  const [status, setStatus] = useState<Status | null>(null);

  const insert = async (snippet: Snippet, text: string): Promise<boolean> => {
    setStatus({ kind: 'info', text: `Đang chèn “${snippet.label}”…` });
    const reply = await server.insertSnippet(text, snippetPlacement(snippet));
    if (!reply.ok) {
      setStatus({ kind: 'error', text: reply.message });
      return false;
    }
    setStatus({ kind: 'success', text: reply.message });
    setRecent(rememberRecent(snippet.id));
    props.onInserted();
    return true;
  };

  return (
    <>
      <SnippetInserter snippets={snippets} recent={recent} insert={insert} />
      <StatusBar status={status} onDismiss={() => setStatus(null)} dock />
    </>
  );
}
