import type { CheckView, ViewFinding } from '../core/report/check-view.ts';
import { Spinner } from './spinner.tsx';

const GROUPS = [
  { severity: 'error', title: 'Lỗi' },
  { severity: 'warning', title: 'Cảnh báo' },
  { severity: 'info', title: 'Gợi ý' },
] as const;

/** The id of a severity's group in the page, for the jumps from the summary. */
export const findingGroupId = (severity: ViewFinding['severity']) => `k-findings-${severity}`;

/**
 * One line of counts (“3 lỗi · 1 cảnh báo”) for the summary at the top of a check: each count is a
 * button that brings its group of findings into view (`onJump(id)`), one click from anywhere.
 */
export function FindingCounts({
  counts,
  onJump,
}: {
  counts: CheckView['counts'];
  onJump: (id: string) => void;
}) {
  const total = counts.error + counts.warning + counts.info;
  return (
    <p class="k-counts" data-testid="finding-counts">
      {total === 0 ? (
        <span class="k-badge k-badge-ok">không có lỗi</span>
      ) : (
        GROUPS.filter((g) => counts[g.severity] > 0).map((g) => (
          <button
            type="button"
            key={g.severity}
            class={`k-badge k-count-${g.severity} k-jump`}
            data-jump={g.severity}
            title={`Tới danh sách ${g.title.toLowerCase()}`}
            onClick={() => onJump(findingGroupId(g.severity))}
          >
            {`${counts[g.severity]} ${g.title.toLowerCase()}`}
          </button>
        ))
      )}
    </p>
  );
}

/**
 * The findings of a check grouped by severity with counts. A finding with a place is a button that
 * asks the host to select it (`onSelect(block)`); one with a fix shows the fix's label as a button
 * (`onFix`) when the host can apply fixes. `busy` disables every button while a call runs.
 */
export function FindingsList(props: {
  findings: readonly ViewFinding[];
  counts: CheckView['counts'];
  onSelect?: ((block: number) => void) | undefined;
  onFix?: ((finding: ViewFinding) => void) | undefined;
  busy?: boolean;
  /** The finding whose fix is being applied, to show a spinner on its button. */
  fixing?: number | null | undefined;
}) {
  const { findings, counts, onSelect, onFix, busy = false } = props;
  if (findings.length === 0) {
    return (
      <p class="k-empty k-empty-ok" data-testid="no-findings">
        Không phát hiện lỗi nào.
      </p>
    );
  }
  return (
    <div class="k-findings" id="k-findings">
      {GROUPS.map(({ severity, title }) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <section
            key={severity}
            id={findingGroupId(severity)}
            tabIndex={-1}
            class={`k-group k-group-${severity}`}
            aria-label={`${title}: ${counts[severity]}`}
          >
            <h3 class="k-group-title">
              <span class={`k-dot k-dot-${severity}`} aria-hidden="true" />
              {title}
              <span class={`k-count k-count-${severity}`}>{counts[severity]}</span>
            </h3>
            <ul class="k-finding-list">
              {list.map((f) => (
                <li key={f.index} class="k-finding" data-rule={f.ruleId}>
                  {f.block >= 0 && onSelect ? (
                    <button
                      type="button"
                      class="k-finding-message k-link"
                      disabled={busy}
                      onClick={() => onSelect(f.block)}
                    >
                      {f.message}
                    </button>
                  ) : (
                    <span class="k-finding-message">{f.message}</span>
                  )}
                  {f.fix && onFix && (
                    <button
                      type="button"
                      class="k-button k-button-small"
                      disabled={busy}
                      onClick={() => onFix(f)}
                    >
                      {props.fixing === f.index ? <Spinner label="Đang sửa…" /> : null}
                      {f.fix.label}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
