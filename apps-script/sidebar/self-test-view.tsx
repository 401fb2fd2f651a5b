import { useEffect, useState } from 'preact/hooks';
import { Spinner } from '../../shared/ui/spinner.tsx';
import type { SelfCheck } from '../shared/server-api.ts';
import { server } from './bridge.ts';
import { checkerSelfTest } from './checker-self-test.ts';

type State =
  | { phase: 'running' }
  | { phase: 'done'; checks: SelfCheck[]; ms: number }
  | { phase: 'failed'; message: string };

/**
 * "Kiểm tra cài đặt": runs khungSelfTest on the open document and lists each Apps Script call the
 * add-on depends on with ✓ or ✗ and what came back, so a maintainer sees at once what differs on a
 * live document; then the checker, which runs here in the sidebar. Runs when shown; "Chạy lại" runs
 * it again.
 */
export function SelfTestView(props: { onClose: () => void }) {
  const [state, setState] = useState<State>({ phase: 'running' });
  const run = async () => {
    setState({ phase: 'running' });
    const reply = await server.selfTest();
    setState(
      reply.ok
        ? { phase: 'done', checks: [...reply.checks, checkerSelfTest()], ms: reply.ms }
        : { phase: 'failed', message: reply.message },
    );
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once when the view opens; later runs are explicit
  useEffect(() => {
    void run();
  }, []);

  const failed = state.phase === 'done' ? state.checks.filter((c) => !c.ok).length : 0;
  return (
    <div class="k-selftest">
      <h2 class="k-section-heading">Kiểm tra cài đặt</h2>
      <p class="k-hint">
        Khung thử từng việc nó cần làm trong Google Tài liệu trên chính văn bản này: đọc, chèn rồi xoá một
        đoạn và một bảng, lưu cài đặt. Văn bản được trả lại như cũ.
      </p>
      {state.phase === 'running' && <Spinner label="Đang thử…" showLabel />}
      {state.phase === 'failed' && (
        <p class="k-hint k-status-error" role="alert">
          {state.message}
        </p>
      )}
      {state.phase === 'done' && (
        <>
          <p class="k-summary" data-testid="selftest-summary">
            {failed === 0
              ? `Cả ${state.checks.length} phép thử đều được (${Math.round(state.ms)} ms).`
              : `${failed} trên ${state.checks.length} phép thử không được: ghi lại dòng báo lỗi bên dưới.`}
          </p>
          <ul class="k-checklist" aria-label="Kết quả kiểm tra cài đặt">
            {state.checks.map((c) => (
              <li key={c.id} class={`k-check k-check-${c.ok ? 'found' : 'missing'}`} data-check={c.id}>
                <span class="k-check-static">
                  <span class={`k-mark k-mark-${c.ok ? 'found' : 'missing'}`} aria-hidden="true">
                    {c.ok ? '✓' : '✗'}
                  </span>
                  <span class="k-check-label">
                    <span class="k-check-text">{c.label}</span>
                    <span class="k-visually-hidden">{c.ok ? ': được' : ': không được'}</span>
                    <br />
                    <span class="k-hint">{c.detail}</span>
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="k-actions">
        <button
          type="button"
          class="k-button k-button-primary"
          disabled={state.phase === 'running'}
          onClick={() => void run()}
        >
          Chạy lại
        </button>
        <button type="button" class="k-button" onClick={props.onClose}>
          Quay lại
        </button>
      </div>
    </div>
  );
}
