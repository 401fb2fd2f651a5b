import { useMemo, useState } from 'preact/hooks';
import { snippetFields } from '../../shared/core/snippets/fill-snippet.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { bundledSnippets } from '../../shared/library/bundled.ts';
import { FillForm } from '../../shared/ui/fill-form.tsx';
import { SnippetBrowser } from '../../shared/ui/snippet-browser.tsx';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { server } from './bridge.ts';
import { loadRecent, rememberRecent } from './recent.ts';

/** Tab "Đoạn mẫu": the same library as the extension, searched without diacritics, inserted at the cursor. */
export function SnippetsTab(props: { onStatus: (status: Status | null) => void }) {
  const snippets = useMemo(() => bundledSnippets(), []);
  const [recent, setRecent] = useState(loadRecent);
  const [filling, setFilling] = useState<Snippet | null>(null);
  const [busy, setBusy] = useState(false);

  const insert = async (snippet: Snippet, text: string) => {
    setBusy(true);
    props.onStatus({ kind: 'info', text: `Đang chèn “${snippet.label}”…` });
    const reply = await server.insertSnippet(text);
    setBusy(false);
    if (!reply.ok) {
      props.onStatus({ kind: 'error', text: reply.message });
      return;
    }
    props.onStatus({ kind: 'success', text: reply.message });
    setRecent(rememberRecent(snippet.id));
    setFilling(null);
  };

  const choose = (snippet: Snippet) => {
    if (snippetFields(snippet).length > 0) setFilling(snippet);
    else void insert(snippet, snippet.body);
  };

  if (filling) {
    return (
      <FillForm
        snippet={filling}
        busy={busy}
        onSubmit={(text) => void insert(filling, text)}
        onCancel={() => setFilling(null)}
      />
    );
  }
  return <SnippetBrowser snippets={snippets} recent={recent} onChoose={choose} busy={busy} />;
}
