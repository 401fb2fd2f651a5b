import { useEffect, useState } from 'preact/hooks';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { FillForm } from '../../shared/ui/fill-form.tsx';
import { SnippetInserter } from '../../shared/ui/snippet-inserter.tsx';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { insertSnippet } from './insert-snippet.ts';
import { insertMessage } from './page-link.ts';
import { loadRecent, rememberRecent } from './panel-storage.ts';
import { findTargetTab } from './target-tab.ts';

/**
 * Tab "Đoạn mẫu": search, fill in and insert snippets at the caret of the target tab's editor. When
 * the officer typed the trigger of a snippet with fields (`expanding`), its form comes first; the
 * page keeps the trigger selected, so the insert replaces it.
 */
export function SnippetsTab(props: {
  snippets: readonly Snippet[];
  onStatus: (status: Status | null) => void;
  expanding?: Snippet | null;
  onExpandDone?: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    void loadRecent().then(setRecent);
  }, []);

  const insert = async (snippet: Snippet, text: string): Promise<boolean> => {
    props.onStatus({ kind: 'info', text: `Đang chèn “${snippet.label}”…` });
    const tab = await findTargetTab();
    const result = tab
      ? await insertSnippet(tab.id, snippet, text)
      : {
          ok: false,
          method: 'none',
          message: 'Không tìm thấy thẻ đang soạn thảo. Hãy mở trang có ô soạn thảo.',
        };
    const message = insertMessage(result, `“${snippet.label}”`);
    props.onStatus({
      kind: result.ok ? (result.method === 'clipboard' ? 'info' : 'success') : 'error',
      text: message,
    });
    if (result.ok) setRecent(await rememberRecent(snippet.id));
    return result.ok;
  };

  const expanding = props.expanding ?? null;
  if (expanding) {
    const done = () => props.onExpandDone?.();
    const submit = async (text: string) => {
      setBusy(true);
      const ok = await insert(expanding, text).finally(() => setBusy(false));
      if (ok) done();
    };
    return (
      <FillForm snippet={expanding} busy={busy} onSubmit={(text) => void submit(text)} onCancel={done} />
    );
  }
  return <SnippetInserter snippets={props.snippets} recent={recent} insert={insert} />;
}
