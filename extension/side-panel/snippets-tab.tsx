import { useEffect, useState } from 'preact/hooks';
import { snippetFields } from '../../shared/core/snippets/fill-snippet.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { FillForm } from '../../shared/ui/fill-form.tsx';
import { SnippetBrowser } from '../../shared/ui/snippet-browser.tsx';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { insertIntoPage, insertMessage } from './page-link.ts';
import { loadRecent, rememberRecent } from './panel-storage.ts';
import { findTargetTab } from './target-tab.ts';

/** Tab "Đoạn mẫu": search, fill in and insert snippets at the caret of the target tab's editor. */
export function SnippetsTab(props: {
  snippets: readonly Snippet[];
  onStatus: (status: Status | null) => void;
}) {
  const [recent, setRecent] = useState<string[]>([]);
  const [filling, setFilling] = useState<Snippet | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadRecent().then(setRecent);
  }, []);

  const insert = async (snippet: Snippet, text: string) => {
    setBusy(true);
    props.onStatus({ kind: 'info', text: `Đang chèn “${snippet.label}”…` });
    const tab = await findTargetTab();
    const result = tab
      ? await insertIntoPage(tab.id, text)
      : {
          ok: false,
          method: 'none',
          message: 'Không tìm thấy thẻ đang soạn thảo. Hãy mở trang có ô soạn thảo.',
        };
    setBusy(false);
    const message = insertMessage(result, `“${snippet.label}”`);
    props.onStatus({
      kind: result.ok ? (result.method === 'clipboard' ? 'info' : 'success') : 'error',
      text: message,
    });
    if (result.ok) {
      setRecent(await rememberRecent(snippet.id));
      setFilling(null);
    }
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
  return <SnippetBrowser snippets={props.snippets} recent={recent} onChoose={choose} busy={busy} />;
}
