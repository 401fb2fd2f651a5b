import type { InsertResult, ReadResult } from '../../shared/messages.ts';
import { CLIPBOARD_MESSAGE, copyToClipboard, NOTHING_MESSAGE } from '../clipboard.ts';
import { canvasParagraphs } from './canvas-reader.ts';
import { isDocsPage, isInsideDocs } from './docs-page.ts';
import { DOCS_MESSAGES, fetchExport, readResultOf } from './export-reader.ts';
import { insertViaTextEvent } from './text-event-insert.ts';

// The Google Docs bridge of the content script (issue 5 §4). Reading: the HTML export of the open
// document through the user's own session (keeps headings), else the annotated canvas's text. Writing:
// the text-event iframe with read-back, else the clipboard. Full insert/check in Docs is the add-on's.

export { isDocsPage, isInsideDocs };

/** Said after an insert Khung could send but not check (no annotated canvas to read back). */
export const UNVERIFIED_MESSAGE =
  'Đã gửi vào Google Docs nhưng chưa kiểm tra lại được. Nếu không thấy chữ, nhấn Ctrl+V để dán (đã chép sẵn).';

/** khung:read in Docs: export first; the annotated canvas when the export is refused; never throws. */
export async function readDocs(): Promise<ReadResult> {
  const url = location.href;
  const exported = await fetchExport(url);
  if (exported.ok) return readResultOf(exported, url);
  const rendered = canvasParagraphs();
  if (rendered !== null && rendered.length > 0)
    return {
      ok: true,
      editor: 'gdocs',
      paragraphs: rendered,
      url,
      message: `${DOCS_MESSAGES[exported.kind]} Chỉ đọc được phần đang hiện trên màn hình, không có kiểu đề mục.`,
    };
  return readResultOf(exported, url);
}

/** khung:insert in Docs: the text-event iframe, verified; else the clipboard ("Nhấn Ctrl+V để dán"). */
export async function insertIntoDocs(text: string): Promise<InsertResult> {
  const attempt = await insertViaTextEvent(text).catch((): 'none' => 'none');
  if (attempt === 'landed') return { ok: true, method: 'gdocs-text-event' };
  if (attempt === 'sent') {
    await copyToClipboard(text);
    return { ok: true, method: 'gdocs-text-event', message: UNVERIFIED_MESSAGE };
  }
  return (await copyToClipboard(text))
    ? { ok: false, method: 'clipboard', message: CLIPBOARD_MESSAGE }
    : { ok: false, method: 'none', message: NOTHING_MESSAGE };
}
