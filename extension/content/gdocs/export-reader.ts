import type { ReadResult } from '../../shared/messages.ts';
import { DocsExportReply, type DocsExportRequest, type ExportFailure } from './export-messages.ts';
import { paragraphsOfExport } from './export-parse.ts';

/** Why reading Docs failed, in words for the user (never a status code alone). */
export const DOCS_MESSAGES = {
  signedOut:
    'Chưa đăng nhập Google (hoặc phiên đã hết hạn) nên không đọc được tài liệu. Hãy đăng nhập rồi thử lại.',
  forbidden:
    'Tài khoản này không được tải tài liệu (chưa được chia sẻ, hoặc chủ tài liệu đã tắt tải xuống). Hãy dùng tiện ích bổ sung Khung trong Google Docs.',
  notFound: 'Không tìm thấy tài liệu (đã xoá hoặc sai địa chỉ).',
  network: 'Không kết nối được Google Docs. Kiểm tra mạng rồi thử lại.',
  readNote:
    'Đọc bản lưu gần nhất của Google Docs (chậm vài giây so với lúc gõ). Để kiểm tra, chèn đầy đủ, dùng tiện ích bổ sung Khung trong Google Docs.',
} as const;

/** The outcome of reading the export: the paragraphs, or a failure with its kind. */
export type ExportRead =
  | { ok: true; paragraphs: string[]; headingLevels: number[] }
  | { ok: false; kind: ExportFailure };

/** Asks the service worker for this document's export (extension/background/docs-export.ts). */
async function askWorker(): Promise<unknown> {
  const request: DocsExportRequest = { type: 'khung:docs-export' };
  return chrome.runtime.sendMessage(request);
}

/**
 * The open document's HTML export, read by the service worker (which may follow Docs' redirect to
 * its content domain) and parsed here, where DOMParser exists. Never throws.
 */
export async function fetchExport(ask: () => Promise<unknown> = askWorker): Promise<ExportRead> {
  let raw: unknown;
  try {
    raw = await ask();
  } catch {
    return { ok: false, kind: 'network' }; // the worker did not answer (the extension was reloaded)
  }
  const reply = DocsExportReply.safeParse(raw);
  if (!reply.success) return { ok: false, kind: 'network' };
  if (!reply.data.ok) return reply.data;
  return { ok: true, ...paragraphsOfExport(reply.data.html) };
}

/** A ReadResult for the panel from an export read. */
export function readResultOf(read: ExportRead, url: string): ReadResult {
  return read.ok
    ? {
        ok: true,
        editor: 'gdocs',
        paragraphs: read.paragraphs,
        headingLevels: read.headingLevels,
        url,
        message: DOCS_MESSAGES.readNote,
      }
    : { ok: false, editor: 'gdocs', paragraphs: [], url, message: DOCS_MESSAGES[read.kind] };
}
