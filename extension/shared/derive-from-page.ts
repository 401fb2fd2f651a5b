import { docFromParagraphs } from '../../shared/core/document/from-paragraphs.ts';
import { analyzeDocument } from '../../shared/core/headings/analyze-document.ts';
import { deriveOutline } from '../../shared/core/outline/derive-outline.ts';
import { finishedReportWarning } from '../../shared/core/outline/finished-report.ts';
import { Outline } from '../../shared/core/outline/outline-schema.ts';
import { ensureContentScript } from './ensure-content.ts';
import { newId } from './library/library-edit.ts';
import { ReadResult } from './messages.ts';

const NO_HEADINGS = 'Không tìm thấy đề mục nào (I., 1., a) …) trong trang nên chưa tạo được đề cương.';

/**
 * The outcome of reading a page into a new outline: the outline (not saved yet), with a warning when
 * the page reads like a finished report rather than a đề cương; or why not.
 */
export type DeriveResult = { ok: true; outline: Outline; warning?: string } | { ok: false; message: string };

/**
 * Paragraphs read from a page → an outline for the user library (core's derive), with an id that is
 * not taken yet ("u-…", apart from the built-in ids).
 */
export function outlineFromRead(read: ReadResult, takenIds: Iterable<string>, name: string): DeriveResult {
  if (!read.ok || read.paragraphs.every((p) => p.trim() === ''))
    return {
      ok: false,
      message:
        read.message ?? 'Trang không có nội dung để đọc. Hãy bấm vào ô soạn thảo có văn bản rồi thử lại.',
    };
  const doc = docFromParagraphs({ paragraphs: read.paragraphs, headingLevels: read.headingLevels, name });
  const analysis = analyzeDocument(doc);
  // Without a single heading the core still derives a one-section placeholder; that is no outline.
  if (!analysis.parts.some((part) => part.headings.length > 0)) return { ok: false, message: NO_HEADINGS };
  const derived = deriveOutline(analysis, name);
  const outline = { ...derived, id: newId(derived.title, takenIds) };
  const parsed = Outline.safeParse(outline);
  if (!parsed.success)
    return {
      ok: false,
      message: 'Không tìm thấy đề mục nào (I., 1., a) …) trong trang nên chưa tạo được đề cương.',
    };
  const warning = finishedReportWarning(analysis);
  return { ok: true, outline: parsed.data, ...(warning ? { warning } : {}) };
}

/** Reads the focused editor of `tabId` (khung:read) and derives an outline from it. */
export async function deriveOutlineFromTab(
  tabId: number,
  takenIds: Iterable<string>,
  name: string,
): Promise<DeriveResult> {
  const ready = await ensureContentScript(tabId);
  if (!ready.ok) return ready;
  let reply: unknown;
  try {
    reply = await chrome.tabs.sendMessage(tabId, { type: 'khung:read' });
  } catch {
    return { ok: false, message: 'Trang không trả lời. Hãy tải lại trang rồi thử lại.' };
  }
  const read = ReadResult.safeParse(reply);
  if (!read.success)
    return { ok: false, message: 'Trang trả lời không đúng. Hãy tải lại trang rồi thử lại.' };
  return outlineFromRead(read.data, takenIds, name);
}
