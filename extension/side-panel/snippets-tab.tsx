import { useEffect, useState } from 'preact/hooks';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { SnippetInserter } from '../../shared/ui/snippet-inserter.tsx';
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
  useEffect(() => {
    void loadRecent().then(setRecent);
  }, []);

  const insert = async (snippet: Snippet, text: string): Promise<boolean> => {
    props.onStatus({ kind: 'info', text: `Đang chèn “${snippet.label}”…` });
    const tab = await findTargetTab();
    const result = tab
      ? await insertIntoPage(tab.id, text)
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

  return <SnippetInserter snippets={props.snippets} recent={recent} insert={insert} />;
}
