import { useRef, useState } from 'preact/hooks';
import type { Snippet, SnippetField, SnippetGroup } from '../../shared/core/snippets/snippet-schema.ts';
import { GROUP_ORDER } from '../../shared/ui/snippet-groups.ts';
import { groupLabel, t } from './i18n.ts';
import { type FieldDraft, fieldDrafts, fieldsOf, SnippetFieldsEditor } from './snippet-fields-editor.tsx';

/** What the form edits; the id and sources of an edited snippet are kept as they were. */
export interface SnippetDraft {
  label: string;
  group: SnippetGroup;
  body: string;
  terms: string;
  fields: FieldDraft[];
}

/** A draft checked for saving: its blanks as the schema's fields. */
export type CheckedDraft = Omit<SnippetDraft, 'fields'> & { fields: SnippetField[] };

/** The draft of an existing snippet, or an empty one. */
export function draftOf(snippet: Snippet | null): SnippetDraft {
  return snippet
    ? {
        label: snippet.label,
        group: snippet.group,
        body: snippet.body,
        terms: snippet.terms.join(', '),
        fields: fieldDrafts(snippet.fields ?? [], snippet.body),
      }
    : { label: '', group: 'cum-tu', body: '', terms: '', fields: [] };
}

/**
 * Add/edit form of one snippet, its blanks edited as a form (snippet-fields-editor.tsx). `onSave`
 * gets a checked draft; the caller builds and saves the snippet.
 */
export function SnippetForm(props: {
  initial: SnippetDraft;
  editing: boolean;
  onSave: (draft: CheckedDraft) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<SnippetDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  /** Puts a blank's placeholder where the caret is in the body (at its end when it has no focus yet). */
  const place = (placeholder: string) => {
    const area = bodyRef.current;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? start;
    set({ body: `${draft.body.slice(0, start)}${placeholder}${draft.body.slice(end)}` });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (draft.label.trim() === '') return setError(t('snippetNeedLabel'));
    if (draft.body.trim() === '') return setError(t('snippetNeedBody'));
    const fields = fieldsOf(draft.fields, draft.body);
    if ('error' in fields) return setError(fields.error);
    setError(null);
    if (await props.onSave({ ...draft, fields }))
      setDraft({ label: '', group: draft.group, body: '', terms: '', fields: [] });
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
              {groupLabel(g)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('snippetBody')}
        <textarea
          id="snippet-body"
          ref={bodyRef}
          rows={5}
          value={draft.body}
          onInput={(e) => set({ body: e.currentTarget.value })}
        />
      </label>
      <SnippetFieldsEditor
        fields={draft.fields}
        body={draft.body}
        onChange={(fields) => set({ fields })}
        onPlace={place}
      />
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
