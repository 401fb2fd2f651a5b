/** An outline the picker offers: built-in, the organisation's, or the user's own. */
export interface OutlineChoice {
  id: string;
  title: string;
  user: boolean;
  /** The organisation's name, for an outline of its library (read-only). */
  org?: string;
}

/** The value of the picker meaning "detect the outline from the document". */
export const AUTO = 'auto';

/**
 * Chooses the outline to check against or insert: built-in and user outlines in two groups, plus
 * "Tự nhận biết" (detect from the document) when `allowAuto`. `detected` names what auto found.
 */
export function OutlinePicker(props: {
  outlines: readonly OutlineChoice[];
  value: string;
  onChange: (id: string) => void;
  allowAuto?: boolean;
  detected?: string | null | undefined;
  /** Why the outline was taken as it was (core/report outlineExplanation), shown under it. */
  note?: string | null | undefined;
  label?: string;
  id?: string;
}) {
  const id = props.id ?? 'k-outline-picker';
  const builtIn = props.outlines.filter((o) => !o.user && !o.org);
  const org = props.outlines.filter((o) => !o.user && o.org);
  const mine = props.outlines.filter((o) => o.user);
  return (
    <div class="k-field">
      <label for={id}>{props.label ?? 'Đề cương'}</label>
      <select
        id={id}
        class="k-select"
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.allowAuto && <option value={AUTO}>Tự nhận biết theo văn bản</option>}
        {!props.allowAuto && props.value === '' && (
          <option value="" disabled>
            — Chọn đề cương —
          </option>
        )}
        <optgroup label="Có sẵn">
          {builtIn.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </optgroup>
        {org.length > 0 && (
          <optgroup label={org[0]?.org}>
            {org.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </optgroup>
        )}
        {mine.length > 0 && (
          <optgroup label="Của tôi">
            {mine.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {props.allowAuto && props.value === AUTO && (
        <p class="k-hint" data-testid="detected">
          {props.detected === undefined
            ? 'Khung sẽ tìm đề cương khớp nhất với văn bản.'
            : props.detected
              ? `Nhận biết: ${props.detected}`
              : (props.note ?? 'Chưa nhận ra đề cương nào — văn bản chưa có đủ tiêu đề.')}
        </p>
      )}
      {props.note && props.detected && (
        <p class="k-hint" data-testid="outline-note">
          {props.note}
        </p>
      )}
    </div>
  );
}
