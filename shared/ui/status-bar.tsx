/** A message for the user: what happened, in Vietnamese. */
export interface Status {
  kind: 'info' | 'success' | 'error';
  text: string;
}

/**
 * One line of feedback under the tabs (a toast that stays until the next action or a dismiss):
 * errors are announced at once (role=alert), other messages politely.
 */
export function StatusBar({ status, onDismiss }: { status: Status | null; onDismiss?: () => void }) {
  if (!status) return null;
  return (
    <div
      class={`k-status k-status-${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
      aria-live={status.kind === 'error' ? 'assertive' : 'polite'}
    >
      <span class="k-status-icon" aria-hidden="true">
        {status.kind === 'error' ? '!' : status.kind === 'success' ? '✓' : 'i'}
      </span>
      <span class="k-status-text" data-testid="status">
        {status.text}
      </span>
      {onDismiss && (
        <button type="button" class="k-icon-button" aria-label="Đóng thông báo" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
