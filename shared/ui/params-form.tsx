import { formatNgayThang } from '../core/outline/format-date.ts';
import type { Parameter } from '../core/outline/outline-schema.ts';
import { Spinner } from './spinner.tsx';

/** What a blank parameter becomes, so the officer knows leaving it empty is fine. */
function placeholderOf(p: Parameter, today: Date): string {
  if (p.default) return p.default;
  if (p.id === 'ngay' || p.kind === 'date') return formatNgayThang(today);
  if (p.id === 'nam') return String(today.getFullYear());
  return '';
}

/**
 * The parameters of an outline (đơn vị, số, địa danh, ngày, người ký…) with the values the user
 * filled last time; Enter or the button submits. The host remembers `values` (khungSaveParams,
 * chrome.storage) and renders the skeleton with them.
 */
export function ParamsForm(props: {
  parameters: readonly Parameter[];
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  disabled?: boolean;
  today?: Date;
}) {
  const { parameters, values, busy = false } = props;
  const today = props.today ?? new Date();
  const set = (id: string, value: string) => props.onChange({ ...values, [id]: value });
  return (
    <form
      class="k-form k-params-form"
      aria-label="Thông tin văn bản"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && !props.disabled) props.onSubmit();
      }}
    >
      <p class="k-hint k-params-hint">Ô để trống sẽ in “……” để điền tay sau; ngày để trống là hôm nay.</p>
      <div class="k-params-grid">
        {parameters.map((p) => {
          const id = `k-param-${p.id}`;
          return (
            <div class="k-field" key={p.id}>
              <label for={id}>{p.label}</label>
              {p.kind === 'choice' && p.options?.length ? (
                <select
                  id={id}
                  class="k-select"
                  value={values[p.id] ?? ''}
                  onChange={(e) => set(p.id, e.currentTarget.value)}
                >
                  <option value="">—</option>
                  {p.options.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  class="k-input"
                  type="text"
                  inputMode={p.kind === 'number' ? 'numeric' : undefined}
                  value={values[p.id] ?? ''}
                  placeholder={placeholderOf(p, today)}
                  onInput={(e) => set(p.id, e.currentTarget.value)}
                />
              )}
            </div>
          );
        })}
      </div>
      <div class="k-actions">
        <button type="submit" class="k-button k-button-primary" disabled={busy || props.disabled}>
          {busy && <Spinner label="Đang chèn…" />}
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
