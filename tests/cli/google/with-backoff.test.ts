import { describe, expect, it } from 'vitest';
import { GoogleApiError, retryAfterMsOf, toGoogleError } from '../../../cli/google/google-error.ts';
import { type BackoffOptions, isRetryable, withBackoff } from '../../../cli/google/with-backoff.ts';

/** An error shaped like gaxios's: status, response headers (a Map has get()) and the API's error body. */
const httpError = (status: number, headers: Record<string, string> = {}, body: object = {}) =>
  Object.assign(new Error(`HTTP ${status}`), {
    status,
    response: { status, headers: new Map(Object.entries(headers)), data: body },
  });

function options(waits: number[], random = 0.5): BackoffOptions {
  return {
    attempts: 4,
    baseMs: 1000,
    maxMs: 8000,
    random: () => random,
    sleep: async (ms) => void waits.push(ms),
  };
}

function failing(errors: unknown[], value = 'ok') {
  let calls = 0;
  const call = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return value;
  };
  return { call, calls: () => calls };
}

describe('withBackoff', () => {
  it('retries 429 and 5xx with doubling waits, jittered between half and all of the step', async () => {
    const waits: number[] = [];
    const f = failing([httpError(429), httpError(500), httpError(503)]);
    expect(await withBackoff(f.call, options(waits, 0.5))).toBe('ok');
    expect(f.calls()).toBe(4);
    expect(waits).toEqual([750, 1500, 3000]);
    const low: number[] = [];
    await withBackoff(failing([httpError(429), httpError(429)]).call, options(low, 0));
    expect(low).toEqual([500, 1000]);
  });

  it('waits at least what Retry-After says, in seconds or as a date', async () => {
    const waits: number[] = [];
    await withBackoff(failing([httpError(429, { 'retry-after': '5' })]).call, options(waits));
    expect(waits).toEqual([5000]);
    expect(
      retryAfterMsOf(
        httpError(429, { 'retry-after': 'Sat, 21 Nov 2026 10:00:30 GMT' }),
        Date.parse('2026-11-21T10:00:00Z'),
      ),
    ).toBe(30_000);
    expect(retryAfterMsOf(httpError(429))).toBeUndefined();
  });

  it('gives up after the last attempt and throws the last error', async () => {
    const waits: number[] = [];
    const last = httpError(503);
    const f = failing([httpError(429), httpError(429), httpError(429), last, httpError(429)]);
    await expect(withBackoff(f.call, options(waits))).rejects.toBe(last);
    expect(f.calls()).toBe(4);
  });

  it('does not retry what retrying cannot fix', async () => {
    for (const status of [400, 401, 403, 404]) {
      const f = failing([httpError(status)]);
      await expect(withBackoff(f.call, options([]))).rejects.toThrow(`HTTP ${status}`);
      expect(f.calls()).toBe(1);
    }
    expect(isRetryable(new Error('plain'))).toBe(false);
  });

  it('retries Drive’s 403 rateLimitExceeded, which is a quota answer, not a permission one', async () => {
    const limited = httpError(
      403,
      {},
      { error: { code: 403, errors: [{ reason: 'userRateLimitExceeded' }] } },
    );
    expect(isRetryable(limited)).toBe(true);
    const f = failing([limited]);
    expect(await withBackoff(f.call, options([]))).toBe('ok');
  });
});

describe('toGoogleError', () => {
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['401', httpError(401), 'bad-credentials', /đăng nhập Google không hợp lệ/],
    ['a refused refresh token', new Error('invalid_grant'), 'bad-credentials', /\(401\)/],
    [
      '403',
      httpError(403, {}, { error: { status: 'PERMISSION_DENIED' } }),
      'no-access',
      /Không có quyền đọc X \(403\)/,
    ],
    [
      '403 accessNotConfigured',
      httpError(403, {}, { error: { errors: [{ reason: 'accessNotConfigured' }] } }),
      'api-disabled',
      /chưa bật API/,
    ],
    ['404', httpError(404), 'not-found', /Không tìm thấy X \(404\)/],
    ['429', httpError(429), 'quota', /vượt hạn mức/],
    ['502', httpError(502), 'server', /Máy chủ Google đang lỗi \(502\)/],
    [
      'ENOTFOUND',
      Object.assign(new Error('getaddrinfo ENOTFOUND www.googleapis.com'), { code: 'ENOTFOUND' }),
      'network',
      /\(ENOTFOUND\)/,
    ],
    [
      'a nested ECONNREFUSED',
      Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
      'network',
      /\(ECONNREFUSED\)/,
    ],
    ['anything else', httpError(418), 'other', /Lỗi khi đọc X từ Google \(418\): HTTP 418/],
  ];
  for (const [what, error, problem, message] of cases) {
    it(`names ${what} plainly`, () => {
      const e = toGoogleError(error, 'X');
      expect(e).toBeInstanceOf(GoogleApiError);
      expect(e.problem).toBe(problem);
      expect(e.message).toMatch(message);
      expect(e.message).not.toContain('\n');
    });
  }
});
