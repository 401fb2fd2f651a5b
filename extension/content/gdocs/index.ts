import type { InsertResult, ReadResult } from '../../shared/messages.ts';
import { CLIPBOARD_MESSAGE, copyToClipboard } from '../clipboard.ts';
import { canvasParagraphs } from './canvas-reader.ts';
import { isDocsPage, isInsideDocs } from './docs-page.ts';
import { DOCS_MESSAGES, fetchExport, readResultOf } from './export-reader.ts';
import { insertViaTextEvent } from './text-event-insert.ts';

// The Google Docs bridge of the content script. Reading: the HTML export of the open document (read
// by the service worker with the user's session; keeps headings), else the annotated canvas's text.
// Writing: the text-event iframe, only where the annotated canvas lets Khung read the result back;
// otherwise the clipboard. Full insert and check in Docs are the add-on's.

export { isDocsPage, isInsideDocs };

/** The method of an insert that changed the document in a way Khung could not recognise. */
export const UNCHECKED_METHOD = 'gdocs-unchecked';
/** Said then: nothing more is tried and nothing is copied, so the text cannot end up there twice. */
export const UNCHECKED_MESSAGE =
  'Google Docs đã nhận đoạn văn nhưng văn bản thay đổi khác dự kiến. Hãy xem lại chỗ con trỏ; Khung không chép gì vào bộ nhớ tạm để tránh dán hai lần.';
/** Why Khung did not write at all: Docs draws no annotated canvas for it, so no insert can be checked. */
export const NO_CANVAS_MESSAGE =
  'Google Docs không cho Khung đọc lại văn bản nên Khung không chèn trực tiếp (để không chèn sai hay chèn hai lần).';
/** Why Khung's own attempt left the document unchanged. */
export const NOT_TAKEN_MESSAGE = 'Google Docs không nhận đoạn văn Khung gửi.';

/** khung:read in Docs: export first; the annotated canvas when the export is refused; never throws. */
export async function readDocs(): Promise<ReadResult> {
  const url = location.href;
  const exported = await fetchExport();
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

/**
 * khung:insert in Docs. "Inserted" only when the text was seen in the document; the clipboard
 * ("Nhấn Ctrl+V để dán") only when the document is unchanged and the copy really worked; otherwise
 * method 'none', and the panel copies the text itself (extension/side-panel/page-link.ts).
 */
export async function insertIntoDocs(text: string): Promise<InsertResult> {
  const attempt = await insertViaTextEvent(text).catch((): 'none' => 'none');
  if (attempt === 'landed') return { ok: true, method: 'gdocs-text-event' };
  if (attempt === 'uncertain') return { ok: false, method: UNCHECKED_METHOD, message: UNCHECKED_MESSAGE };
  const why = attempt === 'unverifiable' ? NO_CANVAS_MESSAGE : NOT_TAKEN_MESSAGE;
  return (await copyToClipboard(text))
    ? { ok: false, method: 'clipboard', message: `${why} ${CLIPBOARD_MESSAGE}` }
    : { ok: false, method: 'none', message: why };
}
