import { useEffect, useState } from 'preact/hooks';
import { unitParameters } from '../../shared/core/outline/remembered-parameters.ts';
import { type OutlineChoice, OutlinePicker } from '../../shared/ui/outline-picker.tsx';
import { ParamsForm } from '../../shared/ui/params-form.tsx';
import { Spinner } from '../../shared/ui/spinner.tsx';
import { type Status, StatusBar } from '../../shared/ui/status-bar.tsx';
import { askWorker, DeriveReply, SkeletonReply } from '../shared/background-messages.ts';
import type { OutlineInfo } from '../shared/panel-schemas.ts';
import { downloadSkeletonDocx } from './download-docx.ts';
import { connectPage, insertIntoPage, insertMessage } from './page-link.ts';
import { loadParams, saveParams } from './panel-storage.ts';
import { findTargetTab } from './target-tab.ts';

const NO_TAB = 'Không tìm thấy thẻ đang soạn thảo. Hãy mở trang có ô soạn thảo.';

/** Connects Khung to the target tab (a click: may ask for the site), then has the worker derive and save. */
async function deriveFromTarget(): Promise<DeriveReply | { ok: false; message: string }> {
  const tab = await findTargetTab();
  if (!tab) return { ok: false, message: NO_TAB };
  const ready = await connectPage(tab.id);
  if (!ready.ok) return ready;
  return askWorker({ type: 'khung:bg:derive', tabId: tab.id, name: tab.title || tab.url }, DeriveReply);
}

/** Where a message of this tab shows: under the button that caused it. */
type Place = 'insert' | 'download' | 'derive';

/**
 * Tab "Đề cương": choose an outline, fill its parameters, insert its skeleton into the page's editor
 * (the worker renders it as text and sanitised HTML); or derive a new outline from the page. The
 * form remembers the unit's details only: after an insert it is left ready for the next document,
 * without this one's number, date or year. Each message shows under the button that caused it.
 */
export function OutlineTab(props: { outlines: readonly OutlineInfo[]; choices: readonly OutlineChoice[] }) {
  const [outlineId, setOutlineId] = useState(props.outlines[0]?.id ?? '');
  const [params, setParams] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [deriving, setDeriving] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [note, setNote] = useState<{ at: Place; status: Status } | null>(null);
  const say = (at: Place) => (status: Status) => setNote({ at, status });
  const noteAt = (at: Place) =>
    note?.at === at ? <StatusBar status={note.status} onDismiss={() => setNote(null)} /> : null;
  useEffect(() => {
    void loadParams().then(setParams);
  }, []);
  const outline = props.outlines.find((o) => o.id === outlineId);

  const insert = async () => {
    if (!outline) return;
    const onStatus = say('insert');
    setBusy(true);
    onStatus({ kind: 'info', text: 'Đang chèn đề cương…' });
    void saveParams(params);
    const [skeleton, tab] = await Promise.all([
      askWorker({ type: 'khung:bg:skeleton', outlineId: outline.id, params }, SkeletonReply),
      findTargetTab(),
    ]);
    const result = !skeleton.ok
      ? { ok: false, method: 'none', message: skeleton.message }
      : tab
        ? await insertIntoPage(tab.id, skeleton.text, skeleton.html)
        : { ok: false, method: 'none', message: NO_TAB };
    setBusy(false);
    onStatus({
      kind: result.ok ? (result.method === 'clipboard' ? 'info' : 'success') : 'error',
      text: insertMessage(result, `đề cương (${skeleton.ok ? skeleton.blocks : 0} đoạn)`),
    });
    if (result.ok) setParams(unitParameters(params));
  };

  /** "Tải về .docx": the skeleton with these parameters as a Word file, saved by the browser. */
  const download = async () => {
    if (!outline) return;
    const onStatus = say('download');
    setDownloading(true);
    onStatus({ kind: 'info', text: 'Đang tạo tệp Word…' });
    void saveParams(params);
    const result = await downloadSkeletonDocx(outline, params);
    setDownloading(false);
    onStatus(
      result.ok
        ? {
            kind: 'success',
            text: `Đã tải về ${result.fileName} (${result.blocks} đoạn, khổ A4, lề và phông chữ theo Nghị định 30). Mở bằng Word hoặc tải lên Google Drive.`,
          }
        : { kind: 'error', text: result.message },
    );
  };

  /** "Tạo đề cương từ trang này": a click, so Khung may ask for the site first; the worker saves it. */
  const derive = async () => {
    const onStatus = say('derive');
    setDeriving(true);
    onStatus({ kind: 'info', text: 'Đang đọc trang để tạo đề cương…' });
    const reply = await deriveFromTarget();
    setDeriving(false);
    if (!reply.ok) {
      onStatus({ kind: 'error', text: reply.message });
      return;
    }
    const saved = `Đã lưu đề cương “${reply.title}” (${reply.sections} mục) vào thư viện của bạn. Hãy xem lại trước khi dùng.`;
    onStatus(
      reply.warning
        ? { kind: 'warning', text: `${saved} ${reply.warning}` }
        : { kind: 'success', text: saved },
    );
    setOutlineId(reply.id);
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
          {`${outline.sections} mục · ${outline.issuer ?? 'đề cương của bạn'}${outline.number ? ` · số ${outline.number}` : ''}`}
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
        disabled={!outline || deriving || downloading}
      />
      {noteAt('insert')}
      <p class="k-hint">
        Khung chèn tại vị trí con trỏ trong ô soạn thảo; trình soạn thảo nhận HTML sẽ giữ tiêu đề và bảng phần
        đầu.
      </p>
      <div class="k-actions">
        <button
          type="button"
          class="k-button"
          data-testid="download-docx"
          disabled={!outline || busy || deriving || downloading}
          onClick={() => void download()}
        >
          {downloading && <Spinner label="Đang tạo tệp Word…" />}
          Tải về .docx
        </button>
      </div>
      {noteAt('download')}
      <h2 class="k-section-heading">Đề cương của bạn</h2>
      <p class="k-hint">
        Trang đang mở là một đề cương cấp trên gửi? Khung đọc các đề mục trong ô soạn thảo và lưu thành đề
        cương của bạn.
      </p>
      <div class="k-actions">
        <button
          type="button"
          class="k-button"
          data-testid="derive-outline"
          disabled={deriving || busy || downloading}
          onClick={() => void derive()}
        >
          {deriving && <Spinner label="Đang tạo đề cương…" />}
          Tạo đề cương từ trang này
        </button>
      </div>
      {noteAt('derive')}
    </div>
  );
}
