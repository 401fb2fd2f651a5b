import { useState } from 'preact/hooks';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { moveItem, newId, removeItem, replaceOrAdd, upsert } from '../shared/library/library-edit.ts';
import type { UserLibrary } from '../shared/library/library-schema.ts';
import { groupLabel, t } from './i18n.ts';
import { ItemActions } from './item-actions.tsx';
import { fieldDrafts, previewBody } from './snippet-fields-editor.tsx';
import { type CheckedDraft, draftOf, SnippetForm } from './snippet-form.tsx';
import type { LibraryState } from './use-library.ts';

/** Builds the snippet a draft describes, keeping what the form does not edit (its source, its trigger). */
function fromDraft(draft: CheckedDraft, id: string, previous: Snippet | null): Snippet {
  const terms = draft.terms
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const { fields: _old, ...kept } = previous ?? {};
  return {
    ...kept,
    id,
    label: draft.label.trim(),
    group: draft.group,
    body: draft.body.replace(/\r\n?/g, '\n'),
    terms,
    ...(draft.fields.length > 0 ? { fields: draft.fields } : {}),
  };
}

/**
 * The user's snippets: list with up/down/edit/delete, and the add/edit form, whose blanks are edited
 * as a form (label, kind, choices, default) and shown by their labels in the list's preview.
 */
export function SnippetSection({
  library,
  commit,
}: {
  library: UserLibrary;
  commit: LibraryState['commit'];
}) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = library.snippets.find((s) => s.id === editingId) ?? null;

  const save = async (draft: CheckedDraft): Promise<boolean> => {
    // Applied to the library as stored when saving: the new id is free there, the edited snippet
    // keeps what another page changed in the fields this form does not show.
    const ok = await commit((current) => {
      if (!editing) {
        const taken = current.snippets.map((s) => s.id);
        return upsert(current, 'snippets', fromDraft(draft, newId(draft.label, taken), null));
      }
      const stored = current.snippets.find((s) => s.id === editing.id) ?? editing;
      return replaceOrAdd(current, 'snippets', editing.id, fromDraft(draft, editing.id, stored));
    });
    if (ok) setEditingId(null);
    return ok;
  };

  const remove = (s: Snippet) => {
    if (!confirm(t('snippetDeleteConfirm', s.label))) return;
    if (editingId === s.id) setEditingId(null);
    void commit((current) => removeItem(current, 'snippets', s.id));
  };

  return (
    <section class="k-section" aria-labelledby="snippets-heading">
      <h2 id="snippets-heading">{t('snippetsHeading')}</h2>
      <p class="k-muted">{t('builtInNote')}</p>
      {library.snippets.length === 0 ? (
        <p class="k-muted" data-testid="snippets-empty">
          {t('snippetsEmpty')}
        </p>
      ) : (
        <ol class="k-list" data-testid="snippet-list">
          {library.snippets.map((s, i) => (
            <li key={s.id} class="k-list-item" data-id={s.id}>
              <div class="k-list-main">
                <strong class="k-item-label">{s.label}</strong>
                <span class="k-muted"> · {groupLabel(s.group)}</span>
                <pre class="k-preview">{previewBody(s.body, fieldDrafts(s.fields ?? [], s.body))}</pre>
              </div>
              <ItemActions
                first={i === 0}
                last={i === library.snippets.length - 1}
                onMove={(by) => void commit((current) => moveItem(current, 'snippets', s.id, by))}
                editLabel={t('snippetEdit')}
                onEdit={() => setEditingId(s.id)}
                onDelete={() => remove(s)}
              />
            </li>
          ))}
        </ol>
      )}
      <SnippetForm
        key={editingId ?? 'new'}
        initial={draftOf(editing)}
        editing={editing !== null}
        onSave={save}
        onCancel={() => setEditingId(null)}
      />
    </section>
  );
}
