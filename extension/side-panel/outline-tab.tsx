import { useEffect, useState } from 'preact/hooks';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../../shared/core/outline/render-skeleton.ts';
import { skeletonToHtml, skeletonToLines } from '../../shared/core/outline/skeleton-html.ts';
import { type OutlineChoice, OutlinePicker } from '../../shared/ui/outline-picker.tsx';
import { ParamsForm } from '../../shared/ui/params-form.tsx';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { insertIntoPage, insertMessage } from './page-link.ts';
import { loadParams, saveParams } from './panel-storage.ts';
import { findTargetTab } from './target-tab.ts';

/** Counts an outline's sections (all depths), for the summary under the picker. */
function sectionCount(outline: Outline): number {
  const count = (list: Outline['sections']): number =>
    list.reduce((n, s) => n + 1 + count(s.children ?? []), 0);
  return count(outline.sections);
}

/** Tab "Đề cương": choose an outline, fill its parameters, insert its skeleton into the page's editor. */
export function OutlineTab(props: {
  outlines: readonly Outline[];
  choices: readonly OutlineChoice[];
  onStatus: (status: Status | null) => void;
}) {
  const [outlineId, setOutlineId] = useState(props.outlines[0]?.id ?? '');
  const [params, setParams] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadParams().then(setParams);
  }, []);
  const outline = props.outlines.find((o) => o.id === outlineId);

  const insert = async () => {
    if (!outline) return;
    setBusy(true);
    props.onStatus({ kind: 'info', text: 'Đang chèn đề cương…' });
    void saveParams(params);
    const blocks = renderSkeleton(outline, params);
    const tab = await findTargetTab();
    const result = tab
      ? await insertIntoPage(tab.id, skeletonToLines(blocks), skeletonToHtml(blocks))
      : {
          ok: false,
          method: 'none',
          message: 'Không tìm thấy thẻ đang soạn thảo. Hãy mở trang có ô soạn thảo.',
        };
    setBusy(false);
    props.onStatus({
      kind: result.ok ? (result.method === 'clipboard' ? 'info' : 'success') : 'error',
      text: insertMessage(result, `đề cương (${blocks.length} đoạn)`),
    });
  };

  return (
    <div class="k-outline-tab">
      <OutlinePicker
        id="k-insert-outline"
        outlines={props.choices}
        value={outlineId}
        onChange={setOutlineId}
        label="Đề cương cần chèn"
      />
      {outline && (
        <p class="k-hint" data-testid="outline-summary">
          {`${sectionCount(outline)} mục · ${outline.provenance.issuer ?? 'đề cương của bạn'}${outline.provenance.number ? ` · số ${outline.provenance.number}` : ''}`}
        </p>
      )}
      <h2 class="k-section-heading">Thông tin văn bản</h2>
      <ParamsForm
        parameters={outline?.parameters ?? []}
        values={params}
        onChange={setParams}
        onSubmit={() => void insert()}
        submitLabel="Chèn đề cương vào trang"
        busy={busy}
        disabled={!outline}
      />
      <p class="k-hint">
        Khung chèn tại vị trí con trỏ trong ô soạn thảo; trình soạn thảo nhận HTML sẽ giữ tiêu đề và bảng phần
        đầu.
      </p>
    </div>
  );
}
