import { KhungInputError, type KhungInputErrorCode } from '../errors.ts';

/** What went wrong talking to Google, in the terms a user can act on. */
export type GoogleProblem =
  | 'bad-credentials'
  | 'no-access'
  | 'api-disabled'
  | 'not-found'
  | 'not-folder'
  | 'not-supported'
  | 'quota'
  | 'server'
  | 'network'
  | 'malformed'
  | 'other';

const INPUT_CODES: Record<GoogleProblem, KhungInputErrorCode> = {
  'bad-credentials': 'unreadable',
  'no-access': 'unreadable',
  'api-disabled': 'unreadable',
  'not-found': 'not-found',
  'not-folder': 'unsupported-type',
  'not-supported': 'unsupported-type',
  quota: 'unreadable',
  server: 'unreadable',
  network: 'unreadable',
  malformed: 'corrupt',
  other: 'unreadable',
};

/** A Google API failure with one plain Vietnamese line; exits 2 like any unreadable input. */
export class GoogleApiError extends KhungInputError {
  readonly problem: GoogleProblem;
  constructor(problem: GoogleProblem, message: string, cause?: unknown) {
    super(INPUT_CODES[problem], message, cause);
    this.problem = problem;
  }
}

interface ErrorShape {
  status?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; headers?: unknown; data?: unknown };
}
const shape = (error: unknown): ErrorShape => (typeof error === 'object' && error !== null ? error : {});

/** The HTTP status of a gaxios error, if the server answered. */
export function httpStatusOf(error: unknown): number | undefined {
  const e = shape(error);
  const status = e.response?.status ?? e.status;
  return typeof status === 'number' ? status : undefined;
}

function header(error: unknown, name: string): string | undefined {
  const headers = shape(error).response?.headers;
  // gaxios 7 and 8 each bring their own Headers class, so no instanceof: anything with get() will do.
  const get = (headers as { get?: unknown } | undefined)?.get;
  if (typeof get === 'function') {
    const value: unknown = get.call(headers, name);
    return typeof value === 'string' ? value : undefined;
  }
  if (typeof headers === 'object' && headers !== null) {
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** Retry-After in milliseconds (seconds or an HTTP date), when the server sent it. */
export function retryAfterMsOf(error: unknown, now = Date.now()): number | undefined {
  const value = header(error, 'retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The reasons Google puts in an error body: errors[].reason (Drive) and details[].reason (Docs). */
function reasonsOf(error: unknown): string[] {
  const data = shape(error).response?.data;
  const body = typeof data === 'object' && data !== null ? (data as { error?: unknown }).error : undefined;
  if (typeof body !== 'object' || body === null) return [];
  const { errors, details, status } = body as { errors?: unknown; details?: unknown; status?: unknown };
  const reasons = [...(Array.isArray(errors) ? errors : []), ...(Array.isArray(details) ? details : [])]
    .map((e) => (typeof e === 'object' && e !== null ? (e as { reason?: unknown }).reason : undefined))
    .filter((r): r is string => typeof r === 'string');
  return typeof status === 'string' ? [...reasons, status] : reasons;
}

/** Drive answers some quota overruns with 403 rateLimitExceeded instead of 429. */
export function isRateLimit(error: unknown): boolean {
  return reasonsOf(error).some((r) => /rateLimitExceeded|RESOURCE_EXHAUSTED/i.test(r));
}

const NETWORK =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/;

function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = shape(e).code;
    if (typeof code === 'string' && NETWORK.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns whatever a Google client threw into a GoogleApiError naming `what` ("thư mục …", "tài liệu “…”"):
 * bad credentials (401), no access (403), API not enabled, not found (404), quota, server, no network.
 */
export function toGoogleError(error: unknown, what: string): GoogleApiError {
  if (error instanceof GoogleApiError) return error;
  const status = httpStatusOf(error);
  const reasons = reasonsOf(error);
  const net = networkCode(error);
  if (net)
    return new GoogleApiError(
      'network',
      `Không kết nối được tới Google (${net}) khi đọc ${what}: kiểm tra mạng, proxy hoặc tường lửa.`,
      error,
    );
  if (status === 401 || /invalid_grant|invalid_client|unauthorized_client/.test(String(shape(error).message)))
    return new GoogleApiError(
      'bad-credentials',
      `Thông tin đăng nhập Google không hợp lệ hoặc đã hết hạn (401) khi đọc ${what}: kiểm tra tệp khoá (--key) hoặc đăng nhập lại (xoá token.json).`,
      error,
    );
  if (status === 403 && reasons.some((r) => /accessNotConfigured|SERVICE_DISABLED/.test(r)))
    return new GoogleApiError(
      'api-disabled',
      `Dự án Google Cloud chưa bật API cần dùng (403) khi đọc ${what}: bật Google Drive API và Google Docs API rồi chạy lại.`,
      error,
    );
  if (status === 429 || (status === 403 && isRateLimit(error)))
    return new GoogleApiError(
      'quota',
      `Google báo vượt hạn mức truy cập (${status}) khi đọc ${what}, đã thử lại nhiều lần: chạy lại sau ít phút (các tệp đã đọc được giữ trong bộ nhớ đệm).`,
      error,
    );
  if (status === 403)
    return new GoogleApiError(
      'no-access',
      `Không có quyền đọc ${what} (403): hãy chia sẻ cho tài khoản mà khung đang dùng.`,
      error,
    );
  if (status === 404)
    return new GoogleApiError(
      'not-found',
      `Không tìm thấy ${what} (404): kiểm tra mã hoặc đường dẫn, và tài khoản đang dùng đã được chia sẻ chưa.`,
      error,
    );
  if (status !== undefined && status >= 500)
    return new GoogleApiError(
      'server',
      `Máy chủ Google đang lỗi (${status}) khi đọc ${what}: thử lại sau.`,
      error,
    );
  const detail = String(shape(error).message ?? error)
    .split('\n')[0]
    ?.slice(0, 160);
  return new GoogleApiError(
    'other',
    `Lỗi khi đọc ${what} từ Google${status ? ` (${status})` : ''}: ${detail}`,
    error,
  );
}

/** The answer was not the JSON the API reference documents (a proxy page, a cut-off response). */
export function malformed(what: string): GoogleApiError {
  return new GoogleApiError(
    'malformed',
    `Google trả về dữ liệu không đúng định dạng khi đọc ${what}: thử lại sau; nếu vẫn lỗi, kiểm tra proxy.`,
  );
}
