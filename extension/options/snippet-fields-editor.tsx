import { fieldNameFor, placeholderLabel } from '../../shared/core/snippets/field-names.ts';
import type { SnippetField } from '../../shared/core/snippets/snippet-schema.ts';
import { type MessageKey, t } from './i18n.ts';

/** A field as the form edits it: every part a string, choices one a line; `key` keeps rows stable. */
export interface FieldDraft {
  key: number;
  name: string;
  label: string;
  type: SnippetField['type'];
  default: string;
  options: string;
}

const TYPES: ReadonlyArray<[SnippetField['type'], MessageKey]> = [
  ['text', 'snippetFieldTypeText'],
  ['paragraph', 'snippetFieldTypeParagraph'],
  ['date', 'snippetFieldTypeDate'],
  ['choice', 'snippetFieldTypeChoice'],
];

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;
let nextKey = 1;

/** The placeholder a field leaves in the body. */
export const placeholderOf = (name: string) => `{{${name}}}`;

/** The names the body's placeholders use, each once. */
export function bodyNames(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/** The drafts of a snippet's fields, plus one for each placeholder its body uses undeclared. */
export function fieldDrafts(fields: readonly SnippetField[], body: string): FieldDraft[] {
  const declared = fields.map((f) => ({
    key: nextKey++,
    name: f.name,
    label: f.label,
    type: f.type,
    default: f.default ?? '',
    options: (f.options ?? []).join('\n'),
  }));
  const names = new Set(declared.map((f) => f.name));
  const extra = bodyNames(body)
    .filter((n) => !names.has(n))
    .map((name) => ({
      key: nextKey++,
      name,
      label: placeholderLabel(name, body),
      type: 'text' as const,
      default: '',
      options: '',
    }));
  return [...declared, ...extra];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The fields a draft saves, or the first problem in the officer's words: a blank without a name, a
 * list without choices, a blank the text does not use. Placeholders typed by hand into the body are
 * declared too (as text, labelled by their line), so no field is ever shown by its name.
 */
export function fieldsOf(drafts: readonly FieldDraft[], body: string): SnippetField[] | { error: string } {
  const all = [...drafts, ...fieldDrafts([], body).filter((x) => !drafts.some((d) => d.name === x.name))];
  const used = new Set(bodyNames(body));
  const out: SnippetField[] = [];
  for (const d of all) {
    const label = d.label.trim();
    if (label === '') return { error: t('snippetFieldNeedLabel') };
    if (!used.has(d.name)) return { error: t('snippetFieldUnused', label) };
    const options = lines(d.options);
    if (d.type === 'choice' && options.length === 0) return { error: t('snippetFieldNeedOptions', label) };
    out.push({
      name: d.name,
      label,
      type: d.type,
      ...(d.type === 'choice' ? { options } : {}),
      ...(d.default.trim() ? { default: d.default.trim() } : {}),
    });
  }
  return out;
}

/** The body as the officer will see it filled: each blank shown by its label. */
export function previewBody(body: string, drafts: readonly FieldDraft[]): string {
  const labels = new Map(drafts.map((d) => [d.name, d.label.trim()]));
  return body.replace(
    PLACEHOLDER,
    (_, name: string) => `[${labels.get(name) || placeholderLabel(name, body)}]`,
  );
}

/**
 * The blanks of a snippet, edited as a form (name shown to the user, kind, choices, default) instead
 * of `{{field}}` syntax: a blank's program name is made from its label, and "Đặt vào nội dung" puts
 * its placeholder at the caret of the body (`onPlace`). A live preview shows the body with labels.
 */
export function SnippetFieldsEditor(props: {
  fields: readonly FieldDraft[];
  body: string;
  onChange: (fields: FieldDraft[]) => void;
  onPlace: (placeholder: string) => void;
}) {
  const { fields } = props;
  const set = (key: number, patch: Partial<FieldDraft>) =>
    props.onChange(fields.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  const relabel = (f: FieldDraft, label: string) => {
    // A blank not yet in the text follows its label; once placed, its name stays what the text says.
    const placed = bodyNames(props.body).includes(f.name);
    const others = fields.filter((x) => x.key !== f.key).map((x) => x.name);
    set(f.key, { label, ...(placed ? {} : { name: fieldNameFor(label, others) }) });
  };
  const add = () => {
    const name = fieldNameFor(
      '',
      fields.map((f) => f.name),
    );
    props.onChange([...fields, { key: nextKey++, name, label: '', type: 'text', default: '', options: '' }]);
  };
  return (
    <fieldset class="k-fields-editor" data-testid="snippet-fields">
      <legend>{t('snippetFieldsHeading')}</legend>
      <p class="k-muted">{t('snippetFieldsHint')}</p>
      {fields.map((f, i) => (
        <div class="k-field-row" key={f.key} data-field={f.name}>
          <label>
            {t('snippetFieldLabel')}
            <input
              class="k-field-label"
              id={`snippet-field-label-${i}`}
              value={f.label}
              onInput={(e) => relabel(f, e.currentTarget.value)}
            />
          </label>
          <label>
            {t('snippetFieldType')}
            <select
              class="k-field-type"
              value={f.type}
              onChange={(e) => set(f.key, { type: e.currentTarget.value as SnippetField['type'] })}
            >
              {TYPES.map(([type, key]) => (
                <option key={type} value={type}>
                  {t(key)}
                </option>
              ))}
            </select>
          </label>
          {f.type === 'choice' && (
            <label>
              {t('snippetFieldOptions')}
              <textarea
                class="k-field-options"
                rows={3}
                value={f.options}
                onInput={(e) => set(f.key, { options: e.currentTarget.value })}
              />
            </label>
          )}
          <label>
            {t('snippetFieldDefault')}
            <input
              class="k-field-default"
              value={f.default}
              onInput={(e) => set(f.key, { default: e.currentTarget.value })}
            />
          </label>
          <div class="k-row">
            <button
              type="button"
              class="k-button k-field-place"
              disabled={f.label.trim() === ''}
              onClick={() => props.onPlace(placeholderOf(f.name))}
            >
              {t('snippetFieldPlace')}
            </button>
            <button
              type="button"
              class="k-button k-field-remove"
              onClick={() => props.onChange(fields.filter((x) => x.key !== f.key))}
            >
              {t('snippetFieldRemove')}
            </button>
          </div>
        </div>
      ))}
      <button type="button" class="k-button" id="snippet-field-add" onClick={add}>
        {t('snippetFieldAdd')}
      </button>
      {props.body.trim() !== '' && (
        <div class="k-field-preview">
          <span class="k-muted">{t('snippetPreview')}</span>
          <pre class="k-preview" data-testid="snippet-preview">
            {previewBody(props.body, fields)}
          </pre>
        </div>
      )}
    </fieldset>
  );
}
