import { useMemo, useState } from 'preact/hooks';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { bundledSnippets } from '../../shared/library/bundled.ts';
import { SnippetInserter } from '../../shared/ui/snippet-inserter.tsx';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { server } from './bridge.ts';
import { loadRecent, rememberRecent } from './recent.ts';

/** Tab "Đoạn mẫu": the same library as the extension, searched without diacritics, inserted at the cursor. */
export function SnippetsTab(props: { onStatus: (status: Status | null) => void }) {
  const snippets = useMemo(() => bundledSnippets(), []);
  const [recent, setRecent] = useState(loadRecent);

  const insert = async (snippet: Snippet, text: string): Promise<boolean> => {
    props.onStatus({ kind: 'info', text: `Đang chèn “${snippet.label}”…` });
    const reply = await server.insertSnippet(text);
    if (!reply.ok) {
      props.onStatus({ kind: 'error', text: reply.message });
      return false;
    }
    props.onStatus({ kind: 'success', text: reply.message });
    setRecent(rememberRecent(snippet.id));
    return true;
  };

  return <SnippetInserter snippets={snippets} recent={recent} insert={insert} />;
}
