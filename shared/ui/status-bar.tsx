/** A message for the user: what happened, in Vietnamese. */
export interface Status {
  kind: 'info' | 'success' | 'warning' | 'error';
  text: string;
}

const ICONS: Readonly<Record<Status['kind'], string>> = { info: 'i', success: '✓', warning: '!', error: '!' };

/**
 * One line of feedback, placed by each tab next to what caused it (the button, the form, the
 * findings) so the officer sees it where they are; `dock` keeps it at the bottom of the view, for
 * a long list whose clicked item may be anywhere. Errors are announced at once (role=alert), other
 * messages politely. It stays until the next action or a dismiss.
 */
export function StatusBar({
  status,
  onDismiss,
  dock = false,
  dismissLabel = 'Đóng thông báo',
}: {
  status: Status | null;
  onDismiss?: (() => void) | undefined;
  dock?: boolean;
  /** The dismiss button's accessible name (the options page passes it in its chosen language). */
  dismissLabel?: string;
}) {
  if (!status) return null;
  const urgent = status.kind === 'error';
  return (
    <div
      class={`k-status k-status-${status.kind}${dock ? ' k-status-dock' : ''}`}
      role={urgent ? 'alert' : 'status'}
      aria-live={urgent ? 'assertive' : 'polite'}
    >
      <span class="k-status-icon" aria-hidden="true">
        {ICONS[status.kind]}
      </span>
      <span class="k-status-text" data-testid="status">
        {status.text}
      </span>
      {onDismiss && (
        <button type="button" class="k-icon-button" aria-label={dismissLabel} onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
