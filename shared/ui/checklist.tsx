import type { ChecklistItem } from '../core/report/check-view.ts';

/** The id of a checklist line in the page, for the summary's jump to a missing section. */
export const checkItemId = (path: string) => `k-check-${path.replace(/[^\w-]/g, '_')}`;

/**
 * The outline's sections with ✓ (a heading of the document matched) or ✗ (missing), indented by
 * depth, required ones marked. A found section is a button: clicking it asks the host to select
 * its heading (`onSelect(block)`). The counts sit in the results' summary (check-results.tsx).
 */
export function Checklist(props: { items: readonly ChecklistItem[]; onSelect?: (block: number) => void }) {
  const { items, onSelect } = props;
  if (items.length === 0) return <p class="k-empty">Chưa có đề cương để đối chiếu.</p>;
  // A star on every line says nothing: mark required items only when the outline mixes both kinds.
  const allRequired = items.every((i) => i.required);
  const someRequired = items.some((i) => i.required);
  return (
    <div class="k-checklist-wrap">
      <p class="k-legend">
        {[
          allRequired ? 'mọi mục đều bắt buộc' : someRequired ? '* mục bắt buộc' : '',
          onSelect ? 'bấm một mục đã có để tới chỗ đó trong văn bản' : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <ul class="k-checklist" aria-label="Danh mục các mục của đề cương">
        {items.map((item) => {
          const mark = item.found ? '✓' : '✗';
          const state = item.found ? 'found' : item.required ? 'missing' : 'optional';
          const content = (
            <>
              <span class={`k-mark k-mark-${state}`} aria-hidden="true">
                {mark}
              </span>
              <span class="k-check-label">
                <span class="k-check-text">{item.heading}</span>
                {item.required && !allRequired && (
                  <span class="k-required" title="Mục bắt buộc" aria-hidden="true">
                    {' *'}
                  </span>
                )}
              </span>
              <span class="k-visually-hidden">{`: ${item.found ? 'đã có' : 'còn thiếu'}${item.required ? '' : ' (không bắt buộc)'}`}</span>
            </>
          );
          return (
            <li
              key={item.path}
              id={checkItemId(item.path)}
              tabIndex={-1}
              class={`k-check k-check-${state}`}
              style={{ paddingInlineStart: `${(item.depth - 1) * 14}px` }}
              data-found={item.found ? 'true' : 'false'}
            >
              {item.found && onSelect ? (
                <button
                  type="button"
                  class="k-check-button"
                  title="Chọn mục này trong văn bản"
                  onClick={() => onSelect(item.block)}
                >
                  {content}
                </button>
              ) : (
                <span class="k-check-static">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
