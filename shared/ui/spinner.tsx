/** A small busy indicator; `label` is read by screen readers and shown beside it when `visible`. */
export function Spinner({
  label = 'Đang xử lý…',
  showLabel = false,
}: {
  label?: string;
  showLabel?: boolean;
}) {
  return (
    <span class="k-spinner-wrap" role="status" aria-live="polite">
      <span class="k-spinner" aria-hidden="true" />
      <span class={showLabel ? 'k-spinner-label' : 'k-visually-hidden'}>{label}</span>
    </span>
  );
}
