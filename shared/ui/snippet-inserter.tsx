import { useState } from 'preact/hooks';
import { snippetFields } from '../core/snippets/fill-snippet.ts';
import type { Snippet } from '../core/snippets/snippet-schema.ts';
import { FillForm } from './fill-form.tsx';
import { SnippetBrowser } from './snippet-browser.tsx';

/**
 * The snippet tab's flow, the same in the add-on sidebar and the extension side panel: browse, fill in
 * the fields when the snippet has some, insert. The host does the inserting (and its status line and
 * recent list); the form closes only once the text went in, so a failed insert loses nothing typed.
 */
export function SnippetInserter(props: {
  snippets: readonly Snippet[];
  recent: readonly string[];
  /** Inserts the text of `snippet`; resolves true when it went in. */
  insert: (snippet: Snippet, text: string) => Promise<boolean>;
}) {
  const [filling, setFilling] = useState<Snippet | null>(null);
  const [busy, setBusy] = useState(false);

  const insert = async (snippet: Snippet, text: string) => {
    setBusy(true);
    let inserted = false;
    try {
      inserted = await props.insert(snippet, text);
    } finally {
      setBusy(false);
    }
    if (inserted) setFilling(null);
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
  return <SnippetBrowser snippets={props.snippets} recent={props.recent} onChoose={choose} busy={busy} />;
}
