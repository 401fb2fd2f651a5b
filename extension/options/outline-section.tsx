import { useState } from 'preact/hooks';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { parseOutlineJson } from '../../shared/core/outline/parse-outline.ts';
import { bundledOutlines } from '../../shared/library/bundled.ts';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { moveItem, removeItem, replaceOrAdd } from '../shared/library/library-edit.ts';
import type { UserLibrary } from '../shared/library/library-schema.ts';
import { t } from './i18n.ts';
import { ItemActions } from './item-actions.tsx';
import { OutlineCopy } from './outline-copy.tsx';
import type { LibraryState } from './use-library.ts';

/** Editing an outline as JSON: checked with the core's parseOutline before anything is saved. */
function OutlineJsonEditor(props: {
  outline: Outline;
  onSave: (o: Outline) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(JSON.stringify(props.outline, null, 2));
  const [errors, setErrors] = useState<string[]>([]);
  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = parseOutlineJson(text, props.outline.id);
    if (!parsed.ok) return setErrors(parsed.errors.slice(0, 5));
    setErrors([]);
    await props.onSave(parsed.outline);
  };
  return (
    <form class="k-form" onSubmit={save}>
      <textarea
        class="k-json"
        rows={16}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        data-testid="outline-json"
      />
      {errors.length > 0 && (
        <ul class="k-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div class="k-row">
        <button type="submit" class="k-button k-button-primary">
          {t('outlineSave')}
        </button>
        <button type="button" class="k-button" onClick={props.onCancel}>
          {t('snippetCancel')}
        </button>
      </div>
    </form>
  );
}

/** The user's outlines: list with up/down/edit (JSON)/delete. */
export function OutlineSection(props: {
  library: UserLibrary;
  commit: LibraryState['commit'];
  setStatus: (s: Status | null) => void;
}) {
  const { library, commit } = props;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [builtIn] = useState(bundledOutlines);

  const save = async (oldId: string, outline: Outline): Promise<boolean> => {
    // The panel lists built-in outlines by id; a user outline must not hide behind one of them.
    if (builtIn.some((o) => o.id === outline.id)) {
      props.setStatus({ kind: 'error', text: t('outlineBuiltInId', outline.id) });
      return false;
    }
    // Checked against the library as stored when saving, which may hold outlines added elsewhere.
    const ok = await commit((current) =>
      outline.id !== oldId && current.outlines.some((o) => o.id === outline.id)
        ? { refused: t('outlineIdTaken', outline.id) }
        : replaceOrAdd(current, 'outlines', oldId, outline),
    );
    if (ok) setEditingId(null);
    return ok;
  };

  const remove = (o: Outline) => {
    if (!confirm(t('outlineDeleteConfirm', o.title))) return;
    void commit((current) => removeItem(current, 'outlines', o.id));
  };

  return (
    <section class="k-section" aria-labelledby="outlines-heading">
      <h2 id="outlines-heading">{t('outlinesHeading')}</h2>
      {library.outlines.length === 0 ? (
        <p class="k-muted" data-testid="outlines-empty">
          {t('outlinesEmpty')}
        </p>
      ) : (
        <ol class="k-list" data-testid="outline-list">
          {library.outlines.map((o, i) => (
            <li key={o.id} class="k-list-item" data-id={o.id}>
              <div class="k-list-main">
                <strong class="k-item-label">{o.title}</strong>
                <span class="k-muted"> · {t('outlineSectionCount', o.sections.length)}</span>
              </div>
              <ItemActions
                first={i === 0}
                last={i === library.outlines.length - 1}
                onMove={(by) => void commit((current) => moveItem(current, 'outlines', o.id, by))}
                editLabel={t('outlineEditJson')}
                onEdit={() => setEditingId(editingId === o.id ? null : o.id)}
                onDelete={() => remove(o)}
              />
              {editingId === o.id && (
                <OutlineJsonEditor
                  outline={o}
                  onSave={(next) => save(o.id, next)}
                  onCancel={() => setEditingId(null)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <OutlineCopy library={library} builtIn={builtIn} commit={commit} setStatus={props.setStatus} />
    </section>
  );
}
