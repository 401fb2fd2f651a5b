import { sha256Hex } from '../shared/org-library/sha256.ts';

// Fetching the organisation library from its address, in the service worker. No cookies go with the
// request (the library is a public file; the officer's session on that site is none of its business),
// a cached copy is revalidated rather than trusted, and what arrives is bounded: a real library is tens
// of kB, so 5 MB means something is wrong. The hash is of the bytes as received, so the officer can
// compare it with the one `khung library build` printed for the federation.

/** The largest library file Khung takes. */
export const MAX_LIBRARY_BYTES = 5 * 1024 * 1024;
/** How long the federation's server may take to answer. */
export const FETCH_TIMEOUT_MS = 30_000;

/** The file as received (text and SHA-256 of its bytes), or why it could not be had. */
export type FetchedLibrary = { ok: true; text: string; hash: string } | { ok: false; message: string };

const STATUS: Record<number, string> = {
  401: 'cần đăng nhập, mà thư viện phải là tệp công khai',
  403: 'không cho đọc tệp',
  404: 'không có tệp ở địa chỉ này',
};

/**
 * Fetches `url`. `secureOnly` refuses an answer that was redirected to a plain-http address (the test
 * build serves its stand-in federation on loopback http and passes false).
 */
export async function fetchLibrary(
  url: string,
  { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS, secureOnly = true } = {},
): Promise<FetchedLibrary> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      message: timedOut
        ? `Máy chủ của tổ chức không trả lời sau ${timeoutMs / 1000} giây.`
        : 'Không tải được thư viện: máy không kết nối được tới địa chỉ thư viện (mất mạng, sai địa chỉ, hoặc Khung chưa được phép đọc trang đó).',
    };
  }
  if (!response.ok) {
    const why = STATUS[response.status];
    return {
      ok: false,
      message: `Máy chủ của tổ chức trả lời lỗi ${response.status}${why ? ` (${why})` : ''}.`,
    };
  }
  if (secureOnly && response.url && !response.url.startsWith('https://'))
    return {
      ok: false,
      message: 'Địa chỉ thư viện chuyển sang một địa chỉ không an toàn (không phải https).',
    };
  const declared = Number(response.headers.get('content-length') ?? '0');
  const tooBig = { ok: false as const, message: 'Tệp thư viện lớn hơn 5 MB, không phải một thư viện thật.' };
  if (declared > MAX_LIBRARY_BYTES) return tooBig;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_LIBRARY_BYTES) return tooBig;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'Tệp thư viện không phải văn bản UTF-8.' };
  }
  return { ok: true, text, hash: await sha256Hex(bytes) };
}
