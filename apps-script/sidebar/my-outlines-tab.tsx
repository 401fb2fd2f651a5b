import { useState } from 'preact/hooks';
import type { OutlineChoice } from '../../shared/ui/outline-picker.tsx';
import { Spinner } from '../../shared/ui/spinner.tsx';
import { type Status, StatusBar } from '../../shared/ui/status-bar.tsx';
import { server } from './bridge.ts';
import { derivedOutline } from './derive-request.ts';

type Busy = null | 'derive' | 'export' | 'import' | `delete:${string}`;
/** Where a message shows: under the part of the tab whose button caused it. */
type Place = 'derive' | 'list' | 'export' | 'import';
const placeOf = (what: Busy): Place =>
  what === null || what.startsWith('delete:') ? 'list' : (what as Place);

/** Kilobytes with one decimal, as the quota line shows them. */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;

/**
 * Tab "Đề cương của tôi": derive an outline from the open document (a received đề cương), list,
 * delete, export and import the user's outlines (kept in user properties, 500 KB in all). Each
 * message shows under the part whose button caused it; deriving from a document that reads like a
 * finished report says so.
 */
export function MyOutlinesTab(props: {
  choices: readonly OutlineChoice[];
  storage: { used: number; limit: number };
  onChanged: () => void;
}) {
  const mine = props.choices.filter((c) => c.user);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [importText, setImportText] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [note, setNote] = useState<{ at: Place; status: Status } | null>(null);
  const say = (at: Place, status: Status) => setNote({ at, status });
  const noteAt = (at: Place) =>
    note?.at === at ? <StatusBar status={note.status} onDismiss={() => setNote(null)} /> : null;

  const run = async (
    what: Busy,
    action: () => Promise<{ ok: boolean; message?: string | undefined; warning?: string | undefined }>,
  ) => {
    setBusy(what);
    const reply = await action();
    setBusy(null);
    const text = reply.message ?? (reply.ok ? 'Đã xong.' : 'Không thực hiện được.');
    say(
      placeOf(what),
      reply.ok && reply.warning
        ? { kind: 'warning', text: `${text} ${reply.warning}` }
        : { kind: reply.ok ? 'success' : 'error', text },
    );
    if (reply.ok) props.onChanged();
    return reply.ok;
  };

  /** The document is read by the server, turned into an outline here, and stored by the server. */
  const derive = async (): Promise<{ ok: boolean; message: string; warning?: string }> => {
    const read = await server.read();
    if (!read.ok) return read;
    const derived = derivedOutline(read.doc, name.trim());
    if ('message' in derived) return { ok: false, message: derived.message };
    const saved = await server.saveDerivedOutline(derived.outline);
    return saved.ok && derived.warning ? { ...saved, warning: derived.warning } : saved;
  };

  const exportAll = async () => {
    setBusy('export');
    const reply = await server.exportOutlines();
    setBusy(null);
    if (!reply.ok) say('export', { kind: 'error', text: reply.message });
    else setExported(reply.json);
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    file
      .text()
      .then(setImportText)
      .catch(() => say('import', { kind: 'error', text: 'Không đọc được tệp đã chọn.' }));
  };

  const full = props.storage.used >= props.storage.limit * 0.95;
  return (
    <div class="k-mine-tab">
      <form
        class="k-card"
        onSubmit={(e) => {
          e.preventDefault();
          void run('derive', derive).then((ok) => ok && setName(''));
        }}
      >
        <h3>Tạo đề cương từ văn bản này</h3>
        <p class="k-hint">
          Mở đề cương cấp trên gửi xuống rồi bấm tạo: Khung lấy các mục và lời hướng dẫn của nó.
        </p>
        <div class="k-field">
          <label for="k-derive-name">Tên đề cương</label>
          <input
            id="k-derive-name"
            class="k-input"
            value={name}
            placeholder="Ví dụ: Báo cáo 6 tháng 2026 của LĐLĐ tỉnh"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <button
          type="submit"
          class="k-button k-button-primary"
          disabled={busy !== null || name.trim() === ''}
        >
          {busy === 'derive' && <Spinner label="Đang tạo…" />}
          Tạo đề cương
        </button>
        {noteAt('derive')}
      </form>

      <h2 class="k-section-heading">Đề cương đã lưu ({mine.length})</h2>
      {mine.length === 0 ? (
        <p class="k-empty">Chưa có đề cương riêng nào.</p>
      ) : (
        <ul class="k-outline-list">
          {mine.map((o) => (
            <li key={o.id} class="k-outline-item">
              <span>{o.title}</span>
              <button
                type="button"
                class="k-button k-button-small k-button-danger"
                disabled={busy !== null}
                aria-label={confirming === o.id ? `Bấm lần nữa để xoá ${o.title}` : `Xoá ${o.title}`}
                onClick={() => {
                  if (confirming !== o.id) return setConfirming(o.id);
                  setConfirming(null);
                  void run(`delete:${o.id}`, () => server.deleteOutline(o.id));
                }}
              >
                {busy === `delete:${o.id}` && <Spinner label="Đang xoá…" />}
                {confirming === o.id ? 'Xoá thật?' : 'Xoá'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {noteAt('list')}
      <p class={full ? 'k-hint k-status-error' : 'k-hint'} data-testid="storage">
        {`Bộ nhớ đề cương riêng: đã dùng ${kb(props.storage.used)} / ${kb(props.storage.limit)}`}
        {full && ' — đã gần đầy, hãy xuất ra tệp rồi xoá bớt.'}
      </p>

      <h2 class="k-section-heading">Xuất và nhập</h2>
      <div class="k-actions">
        <button
          type="button"
          class="k-button"
          disabled={busy !== null || mine.length === 0}
          onClick={() => void exportAll()}
        >
          {busy === 'export' && <Spinner label="Đang xuất…" />}
          Xuất JSON
        </button>
      </div>
      {noteAt('export')}
      {exported !== null && (
        <div class="k-field">
          <label for="k-export">Nội dung xuất (chép và lưu lại)</label>
          <textarea
            id="k-export"
            class="k-input"
            rows={4}
            readOnly
            value={exported}
            onFocus={(e) => e.currentTarget.select()}
          />
          <a
            class="k-link k-hint"
            download="khung-de-cuong.json"
            href={`data:application/json;charset=utf-8,${encodeURIComponent(exported)}`}
          >
            Tải tệp khung-de-cuong.json
          </a>
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run('import', () => server.importOutlines(importText)).then((ok) => ok && setImportText(''));
        }}
      >
        <div class="k-field">
          <span class="k-field-title">Nhập từ tệp JSON</span>
          <label class="k-button k-file-button" for="k-import-file">
            Chọn tệp JSON…
          </label>
          <input
            id="k-import-file"
            class="k-visually-hidden"
            type="file"
            accept=".json,application/json"
            onChange={(e) => readFile(e.currentTarget.files?.[0])}
          />
        </div>
        <div class="k-field">
          <label for="k-import">Hoặc dán nội dung JSON</label>
          <textarea
            id="k-import"
            class="k-input"
            rows={3}
            value={importText}
            onInput={(e) => setImportText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="k-button" disabled={busy !== null || importText.trim() === ''}>
          {busy === 'import' && <Spinner label="Đang nhập…" />}
          Nhập đề cương
        </button>
        {noteAt('import')}
      </form>
    </div>
  );
}
