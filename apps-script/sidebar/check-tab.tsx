import { useEffect, useRef, useState } from 'preact/hooks';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { ViewFinding } from '../../shared/core/report/check-view.ts';
import { outlineExplanation } from '../../shared/core/report/outline-explanation.ts';
import { CheckResults } from '../../shared/ui/check-results.tsx';
import { type OutlineChoice, OutlinePicker } from '../../shared/ui/outline-picker.tsx';
import { Spinner } from '../../shared/ui/spinner.tsx';
import { type Status, StatusBar } from '../../shared/ui/status-bar.tsx';
import { server } from './bridge.ts';
import { fixMessage, fixRequest } from './fix-request.ts';
import { checkFetched, type LocalCheck } from './local-check.ts';
import { usePoll } from './use-poll.ts';

type Phase = 'idle' | 'checking' | 'fixing';

/**
 * What asks the check tab to check again at once: `n` grows after each insert; `clear` when the old
 * result no longer describes the document at all (an outline was inserted), so it is hidden until
 * the new one comes rather than shown stale ("0/23", every section red).
 */
export interface CheckRevision {
  n: number;
  clear: boolean;
}

/**
 * Tab "Kiểm tra": check the document against an outline, keep the checklist live, select and fix.
 * The server reads the document (and applies fixes); the check itself runs here (local-check.ts).
 */
export function CheckTab(props: {
  choices: readonly OutlineChoice[];
  /** Every outline in full, from khungInit: what the check detects from or follows. */
  library: readonly Outline[];
  outlineId: string;
  onOutlineChange: (id: string) => void;
  active: boolean;
  revision: CheckRevision;
}) {
  const { outlineId } = props;
  const [checked, setChecked] = useState<LocalCheck | null>(null);
  const view = checked?.view ?? null;
  const [signature, setSignature] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [fixing, setFixing] = useState<number | null>(null);
  // The message of the last action here, shown in the results' summary, next to what caused it.
  const [status, setStatus] = useState<Status | null>(null);

  /** Checks a document the server read; false (and says why) when its outline is gone. */
  const show = (doc: DocModel, sig: string, id = outlineId): boolean => {
    const local = checkFetched(doc, id, props.library);
    if ('message' in local) {
      setStatus({ kind: 'error', text: local.message });
      return false;
    }
    setChecked(local);
    setSignature(sig);
    return true;
  };

  const check = async (id: string, clear: boolean) => {
    setPhase('checking');
    if (clear) setChecked(null);
    const reply = await server.read(id);
    if (reply.ok) show(reply.doc, reply.signature, id);
    else setStatus({ kind: 'error', text: reply.message });
    setPhase('idle');
  };

  // Check when the tab is first shown and whenever the outline changes: the result of another
  // outline is not shown meanwhile.
  const checkedFor = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the tab shows or the outline changes, not when `check` is re-created
  useEffect(() => {
    if (props.active && checkedFor.current !== outlineId) {
      checkedFor.current = outlineId;
      void check(outlineId, true);
    }
  }, [props.active, outlineId]);

  // Right after an insert (from another tab): at once, not at the next poll.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a new revision only
  useEffect(() => {
    if (props.revision.n > 0 && checkedFor.current !== null) void check(outlineId, props.revision.clear);
  }, [props.revision.n]);

  usePoll(signature, !props.active || phase !== 'idle', (doc, sig) => {
    show(doc, sig);
  });

  const select = async (block: number) => {
    const reply = await server.selectBlock(block);
    if (!reply.ok) setStatus({ kind: 'error', text: reply.message });
  };

  const fix = async (findings: readonly ViewFinding[]) => {
    if (checked === null || findings.length === 0) return;
    const request = fixRequest(
      checked,
      findings.map((f) => f.index),
    );
    if ('message' in request) {
      setStatus({ kind: 'error', text: request.message });
      return;
    }
    setPhase('fixing');
    setFixing(findings.length === 1 ? (findings[0]?.index ?? null) : null);
    setStatus({ kind: 'info', text: 'Đang sửa…' });
    const reply = await server.applyEdits(request.edits, request.named);
    setPhase('idle');
    setFixing(null);
    if (!reply.ok) {
      setStatus({ kind: 'error', text: reply.message });
      return;
    }
    // The server read the document again after the edits: checked here at once.
    if (show(reply.doc, reply.signature))
      setStatus({ kind: 'success', text: fixMessage(request, reply.doc) });
  };

  const fixable = view?.findings.filter((f) => f.fix) ?? [];
  const actions = (
    <>
      <button
        type="button"
        class="k-button k-button-primary"
        disabled={phase !== 'idle'}
        onClick={() => void check(outlineId, false)}
      >
        {phase === 'checking' && <Spinner label="Đang kiểm tra…" />}
        Kiểm tra lại
      </button>
      {fixable.length > 1 && (
        <button type="button" class="k-button" disabled={phase !== 'idle'} onClick={() => void fix(fixable)}>
          {`Sửa tất cả (${fixable.length})`}
        </button>
      )}
    </>
  );
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
      {view === null ? (
        phase === 'checking' ? (
          <p class="k-empty" data-testid="checking">
            <Spinner label="Đang kiểm tra văn bản…" showLabel />
          </p>
        ) : (
          <>
            <StatusBar status={status} onDismiss={() => setStatus(null)} />
            <div class="k-actions">{actions}</div>
          </>
        )
      ) : (
        <CheckResults
          view={view}
          source={`${checked?.doc.blocks.length ?? 0} đoạn · tự cập nhật khi bạn soạn thảo`}
          status={status}
          onDismissStatus={() => setStatus(null)}
          actions={actions}
          onSelect={(b) => void select(b)}
          onFix={(f) => void fix([f])}
          busy={phase !== 'idle'}
          fixing={fixing}
        />
      )}
    </div>
  );
}
