import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckView, ViewFinding } from '../../shared/core/report/check-view.ts';
import { outlineExplanation } from '../../shared/core/report/outline-explanation.ts';
import { Checklist } from '../../shared/ui/checklist.tsx';
import { FindingCounts, FindingsList } from '../../shared/ui/findings-list.tsx';
import { type OutlineChoice, OutlinePicker } from '../../shared/ui/outline-picker.tsx';
import { Spinner } from '../../shared/ui/spinner.tsx';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { server } from './bridge.ts';
import { usePoll } from './use-poll.ts';

type Phase = 'idle' | 'checking' | 'fixing';

/** Tab "Kiểm tra": check the document against an outline, keep the checklist live, select and fix. */
export function CheckTab(props: {
  choices: readonly OutlineChoice[];
  outlineId: string;
  onOutlineChange: (id: string) => void;
  active: boolean;
  onStatus: (status: Status | null) => void;
}) {
  const { outlineId, onStatus } = props;
  const [view, setView] = useState<CheckView | null>(null);
  const [signature, setSignature] = useState<string | null>(null);
  const [blocks, setBlocks] = useState(0);
  const [phase, setPhase] = useState<Phase>('idle');
  const [fixing, setFixing] = useState<number | null>(null);

  const check = async (id = outlineId) => {
    setPhase('checking');
    const reply = await server.check(id);
    setPhase('idle');
    if (!reply.ok) {
      onStatus({ kind: 'error', text: reply.message });
      return;
    }
    setView(reply.view);
    setSignature(reply.signature);
    setBlocks(reply.blocks);
  };

  // Check when the tab is first shown and whenever the outline changes.
  const checkedFor = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the tab shows or the outline changes, not when `check` is re-created
  useEffect(() => {
    if (props.active && checkedFor.current !== outlineId) {
      checkedFor.current = outlineId;
      void check(outlineId);
    }
  }, [props.active, outlineId]);

  usePoll(signature, !props.active || phase !== 'idle', (next, sig) => {
    setView(next);
    setSignature(sig);
  });

  const select = async (block: number) => {
    const reply = await server.selectBlock(block);
    if (!reply.ok) onStatus({ kind: 'error', text: reply.message });
  };

  const fix = async (findings: readonly ViewFinding[]) => {
    if (signature === null || findings.length === 0) return;
    setPhase('fixing');
    setFixing(findings.length === 1 ? (findings[0]?.index ?? null) : null);
    onStatus({ kind: 'info', text: 'Đang sửa…' });
    const reply = await server.applyFixes(
      outlineId,
      signature,
      findings.map((f) => f.index),
    );
    setPhase('idle');
    setFixing(null);
    if (!reply.ok) {
      onStatus({ kind: 'error', text: reply.message });
      return;
    }
    onStatus({ kind: 'success', text: reply.message });
    if (reply.view && reply.signature) {
      setView(reply.view);
      setSignature(reply.signature);
    } else await check();
  };

  const fixable = view?.findings.filter((f) => f.fix) ?? [];
  return (
    <div class="k-check-tab">
      <OutlinePicker
        outlines={props.choices}
        value={outlineId}
        onChange={props.onOutlineChange}
        allowAuto
        detected={view ? (view.outline?.title ?? null) : undefined}
        note={view ? outlineExplanation(view) : undefined}
        label="Đối chiếu với đề cương"
      />
      <div class="k-actions">
        <button
          type="button"
          class="k-button k-button-primary"
          disabled={phase !== 'idle'}
          onClick={() => void check()}
        >
          {phase === 'checking' && <Spinner label="Đang kiểm tra…" />}
          Kiểm tra lại
        </button>
        {fixable.length > 1 && (
          <button
            type="button"
            class="k-button"
            disabled={phase !== 'idle'}
            onClick={() => void fix(fixable)}
          >
            {`Sửa tất cả (${fixable.length})`}
          </button>
        )}
      </div>
      {view === null ? (
        phase === 'checking' ? (
          <p class="k-empty">
            <Spinner label="Đang đọc văn bản…" showLabel />
          </p>
        ) : null
      ) : (
        <>
          <p class="k-hint" data-testid="check-source">{`${blocks} đoạn · tự cập nhật khi bạn soạn thảo`}</p>
          <FindingCounts counts={view.counts} />
          <h2 class="k-section-heading">Các mục của đề cương</h2>
          <Checklist items={view.checklist} onSelect={(b) => void select(b)} />
          <h2 class="k-section-heading">
            Kết quả kiểm tra
            {view.findings.length > 0 && <span class="k-badge">{view.findings.length}</span>}
          </h2>
          <FindingsList
            findings={view.findings}
            counts={view.counts}
            onSelect={(b) => void select(b)}
            onFix={(f) => void fix([f])}
            busy={phase !== 'idle'}
            fixing={fixing}
          />
        </>
      )}
    </div>
  );
}
