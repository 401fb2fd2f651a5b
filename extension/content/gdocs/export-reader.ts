import type { ReadResult } from '../../shared/messages.ts';
import { exportUrl } from './docs-page.ts';
import { looksLikeSignIn, paragraphsOfExport } from './export-parse.ts';

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

/** The outcome of the export fetch: the paragraphs, or a failure with its kind. */
export type ExportRead =
  | { ok: true; paragraphs: string[]; headingLevels: number[] }
  | { ok: false; kind: keyof typeof DOCS_MESSAGES };

/** Fetches the open document's HTML export with the user's session and parses it. */
export async function fetchExport(pageUrl: string, fetcher: typeof fetch = fetch): Promise<ExportRead> {
  const url = exportUrl(pageUrl);
  if (url === null) return { ok: false, kind: 'notFound' };
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'include', redirect: 'follow', cache: 'no-store' });
  } catch {
    // A redirect to another origin the page may not read (accounts.google.com when signed out) fails
    // the fetch; ask again without following to tell that apart from a network error.
    return (await redirectedAway(url, fetcher))
      ? { ok: false, kind: 'signedOut' }
      : { ok: false, kind: 'network' };
  }
  const landed = (() => {
    try {
      return new URL(response.url || url);
    } catch {
      return new URL(url);
    }
  })();
  if (
    response.status === 401 ||
    /(^|\.)accounts\.google\.com$/.test(landed.hostname) ||
    /\/ServiceLogin|\/signin/.test(landed.pathname)
  )
    return { ok: false, kind: 'signedOut' };
  if (response.status === 403) return { ok: false, kind: 'forbidden' };
  if (response.status === 404) return { ok: false, kind: 'notFound' };
  if (!response.ok) return { ok: false, kind: 'network' };
  const html = await response.text();
  if (looksLikeSignIn(html)) return { ok: false, kind: 'signedOut' };
  return { ok: true, ...paragraphsOfExport(html) };
}

async function redirectedAway(url: string, fetcher: typeof fetch): Promise<boolean> {
  try {
    const probe = await fetcher(url, { credentials: 'include', redirect: 'manual', cache: 'no-store' });
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400);
  } catch {
    return false;
  }
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
