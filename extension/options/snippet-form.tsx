import { useState } from 'preact/hooks';
import type { Snippet, SnippetGroup } from '../../shared/core/snippets/snippet-schema.ts';
import { GROUP_LABELS, GROUP_ORDER } from '../../shared/ui/snippet-groups.ts';
import { t } from './i18n.ts';

/** The fields the form edits; id, fields and sources of an edited snippet are kept as they were. */
export interface SnippetDraft {
  label: string;
  group: SnippetGroup;
  body: string;
  terms: string;
}

/** The draft of an existing snippet, or an empty one. */
export function draftOf(snippet: Snippet | null): SnippetDraft {
  return snippet
    ? { label: snippet.label, group: snippet.group, body: snippet.body, terms: snippet.terms.join(', ') }
    : { label: '', group: 'cum-tu', body: '', terms: '' };
}

/** Add/edit form of one snippet. `onSave` gets a checked draft; the caller builds and saves the snippet. */
export function SnippetForm(props: {
  initial: SnippetDraft;
  editing: boolean;
  onSave: (draft: SnippetDraft) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<SnippetDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (draft.label.trim() === '') return setError(t('snippetNeedLabel'));
    if (draft.body.trim() === '') return setError(t('snippetNeedBody'));
    setError(null);
    if (await props.onSave(draft)) setDraft({ label: '', group: draft.group, body: '', terms: '' });
  };

  return (
    <form class="k-card k-form" onSubmit={submit} data-testid="snippet-form">
      <label>
        {t('snippetLabel')}
        <input
          id="snippet-label"
          value={draft.label}
          onInput={(e) => set({ label: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('snippetGroup')}
        <select
          id="snippet-group"
          value={draft.group}
          onChange={(e) => set({ group: e.currentTarget.value as SnippetGroup })}
        >
          {GROUP_ORDER.map((g) => (
            <option key={g} value={g}>
              {GROUP_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('snippetBody')}
        <textarea
          id="snippet-body"
          rows={5}
          value={draft.body}
          onInput={(e) => set({ body: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('snippetTerms')}
        <input
          id="snippet-terms"
          value={draft.terms}
          onInput={(e) => set({ terms: e.currentTarget.value })}
        />
      </label>
      {error && (
        <p class="k-error" role="alert" data-testid="snippet-error">
          {error}
        </p>
      )}
      <div class="k-row">
        <button type="submit" class="k-button k-button-primary" id="snippet-save">
          {props.editing ? t('snippetSave') : t('snippetAdd')}
        </button>
        {props.editing && (
          <button type="button" class="k-button" id="snippet-cancel" onClick={props.onCancel}>
            {t('snippetCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
