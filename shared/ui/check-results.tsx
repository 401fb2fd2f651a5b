import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CheckView, ViewFinding } from '../core/report/check-view.ts';
import { Checklist, checkItemId } from './checklist.tsx';
import { FindingCounts, FindingsList } from './findings-list.tsx';
import { type Status, StatusBar } from './status-bar.tsx';

/** How many missing required sections the summary names (one line each) before "và N mục khác". */
const NAMED_MISSING = 2;

/**
 * Scrolls a part of the results into view below the sticky summary and moves the focus there, so
 * a keyboard user lands where a mouse user looks.
 */
function jump(id: string, summary: HTMLElement | null): void {
  const target = document.getElementById(id);
  if (!target) return;
  const stuckAt = Number.parseFloat(summary?.style.top ?? '') || 0;
  target.style.scrollMarginTop = `${stuckAt + (summary?.offsetHeight ?? 0) + 8}px`;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * The results of a check, the same in the add-on sidebar and the extension side panel: a summary
 * that stays at the top while the officer scrolls (sections found, the required ones missing —
 * each a jump to its line —, the counts of findings — each a jump to its group —, what the host
 * says about the check, the host's buttons and the message of the last action), then the outline's
 * checklist, then the findings. The host passes `view` only when it is the current document's:
 * while a check after an insert or a fix runs, it shows its spinner instead of the old result.
 */
export function CheckResults(props: {
  view: CheckView;
  /** What is being checked, e.g. "12 đoạn · tự cập nhật khi bạn soạn thảo". */
  source: string;
  /** The message of the last action on these results (a fix applied, a failed check). */
  status?: Status | null | undefined;
  onDismissStatus?: (() => void) | undefined;
  /** The host's buttons (Kiểm tra lại, Sửa tất cả), kept in the summary. */
  actions?: ComponentChildren;
  onSelect?: ((block: number) => void) | undefined;
  onFix?: ((finding: ViewFinding) => void) | undefined;
  busy?: boolean;
  fixing?: number | null | undefined;
}) {
  const { view } = props;
  const summary = useRef<HTMLDivElement>(null);
  // Stick below the tab bar, whose height depends on how its labels wrap at this width.
  useLayoutEffect(() => {
    const place = () => {
      const tabs = document.querySelector('.k-tabs');
      if (summary.current) summary.current.style.top = `${tabs?.getBoundingClientRect().height ?? 0}px`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, []);
  const items = view.checklist;
  const found = items.filter((i) => i.found).length;
  const missing = items.filter((i) => i.required && !i.found);
  const toList = (id: string) => jump(id, summary.current);
  return (
    <div class="k-results">
      <div class="k-results-summary" ref={summary} data-testid="results-summary">
        {items.length > 0 && (
          <p class="k-summary" data-testid="checklist-summary">
            <strong>
              {found}/{items.length}
            </strong>{' '}
            mục đã có
            {missing.length > 0 && (
              <span class="k-badge k-badge-error">{`thiếu ${missing.length} mục bắt buộc`}</span>
            )}
            {missing.length === 0 && found === items.length && (
              <span class="k-badge k-badge-ok">đủ các mục</span>
            )}
          </p>
        )}
        <FindingCounts counts={view.counts} onJump={toList} />
        {missing.length > 0 && (
          <p class="k-missing" data-testid="missing-required">
            {missing.slice(0, NAMED_MISSING).map((item) => (
              <button
                type="button"
                key={item.path}
                class="k-link k-missing-item"
                title={`${item.heading} — tới mục này trong danh mục`}
                onClick={() => toList(checkItemId(item.path))}
              >
                {`✗ ${item.heading}`}
              </button>
            ))}
            {missing.length > NAMED_MISSING && (
              <button
                type="button"
                class="k-link k-missing-more"
                onClick={() => toList(checkItemId(missing[NAMED_MISSING]?.path ?? ''))}
              >
                {`và ${missing.length - NAMED_MISSING} mục khác`}
              </button>
            )}
          </p>
        )}
        <div class="k-results-foot">
          <p class="k-hint k-results-source" data-testid="check-source" title={props.source}>
            {props.source}
          </p>
          {props.actions && <div class="k-results-actions">{props.actions}</div>}
        </div>
        <StatusBar status={props.status ?? null} onDismiss={props.onDismissStatus} />
      </div>
      <h2 class="k-section-heading">Các mục của đề cương</h2>
      <Checklist items={items} {...(props.onSelect ? { onSelect: props.onSelect } : {})} />
      <h2 class="k-section-heading">
        Kết quả kiểm tra
        {view.findings.length > 0 && <span class="k-badge">{view.findings.length}</span>}
      </h2>
      <FindingsList
        findings={view.findings}
        counts={view.counts}
        onSelect={props.onSelect}
        onFix={props.onFix}
        busy={props.busy ?? false}
        fixing={props.fixing}
      />
    </div>
  );
}
