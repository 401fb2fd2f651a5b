import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNgayThang } from '../core/outline/format-date.ts';
import { fillSnippet, snippetFields } from '../core/snippets/fill-snippet.ts';
import type { Snippet, SnippetField } from '../core/snippets/snippet-schema.ts';
import { Spinner } from './spinner.tsx';

/** The starting values: each field's default, the first option of a choice, blank otherwise. */
function initialValues(fields: readonly SnippetField[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of fields) values[f.name] = f.default ?? (f.type === 'choice' ? (f.options?.[0] ?? '') : '');
  return values;
}

/**
 * The fill-in form of a snippet: one typed input a field (text, paragraph, choice, date — blank date
 * = today in the NĐ 30 form), a live preview, Enter (Ctrl+Enter in a paragraph) to insert.
 * `onSubmit` gets the filled text and the values.
 */
export function FillForm(props: {
  snippet: Snippet;
  onSubmit: (text: string, values: Record<string, string>) => void;
  onCancel: () => void;
  busy?: boolean;
  today?: Date;
}) {
  const { snippet, busy = false } = props;
  const today = props.today ?? new Date();
  const fields = snippetFields(snippet);
  const [values, setValues] = useState(() => initialValues(fields));
  const formRef = useRef<HTMLFormElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the first field again when another snippet is opened
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [snippet.id]);
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const text = fillSnippet(snippet, values, today);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!busy) props.onSubmit(fillSnippet(snippet, values, today), values);
  };

  return (
    <form
      class="k-form k-fill-form"
      ref={formRef}
      onSubmit={submit}
      aria-label={`Điền đoạn mẫu ${snippet.label}`}
    >
      <h3 class="k-form-title">{snippet.label}</h3>
      {snippet.note && <p class="k-hint">{snippet.note}</p>}
      {fields.map((f) => {
        const id = `k-field-${f.name}`;
        const value = values[f.name] ?? '';
        let input: JSX.Element;
        if (f.type === 'paragraph') {
          input = (
            <textarea
              id={id}
              class="k-input"
              rows={3}
              value={value}
              onInput={(e) => set(f.name, e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
              }}
            />
          );
        } else if (f.type === 'choice') {
          input = (
            <select
              id={id}
              class="k-select"
              value={value}
              onChange={(e) => set(f.name, e.currentTarget.value)}
            >
              {(f.options ?? []).map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          );
        } else {
          input = (
            <input
              id={id}
              class="k-input"
              type="text"
              value={value}
              placeholder={f.type === 'date' ? `${formatNgayThang(today)} (để trống = hôm nay)` : ''}
              required={f.required === true}
              onInput={(e) => set(f.name, e.currentTarget.value)}
            />
          );
        }
        return (
          <div class="k-field" key={f.name}>
            <label for={id}>
              {f.label}
              {f.required && (
                <span class="k-required-star" aria-hidden="true">
                  {' '}
                  *
                </span>
              )}
            </label>
            {input}
          </div>
        );
      })}
      <section class="k-preview" aria-label="Xem trước">
        <div class="k-preview-title">Xem trước</div>
        <pre class="k-preview-text" data-testid="fill-preview">
          {text}
        </pre>
      </section>
      <div class="k-actions">
        <button type="submit" class="k-button k-button-primary" disabled={busy}>
          {busy && <Spinner label="Đang chèn…" />}
          Chèn vào văn bản
        </button>
        <button type="button" class="k-button" onClick={props.onCancel}>
          Quay lại
        </button>
      </div>
    </form>
  );
}
