import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fetchLibrary, MAX_LIBRARY_BYTES } from '../../extension/background/org-fetch.ts';

// Fetching the library file: no cookies, a cached copy revalidated, the hash of the bytes received,
// and every failure a Vietnamese sentence (status, size, encoding, an http redirect, a dead server).

const URL_A = 'https://ldld.example.vn/thu-vien.json';

/** A fetch answering `body` with `status`, as if from `finalUrl`; records the request's options. */
function fakeFetch(body: BodyInit | null, init: ResponseInit = {}, finalUrl = URL_A) {
  const seen: RequestInit[] = [];
  const impl = async (_url: string | URL | Request, options?: RequestInit) => {
    seen.push(options ?? {});
    const response = new Response(body, init);
    Object.defineProperty(response, 'url', { value: finalUrl });
    return response;
  };
  return { impl: impl as typeof fetch, seen };
}

describe('fetchLibrary', () => {
  it('reads the text and the SHA-256 of the bytes, sending no cookies and revalidating the cache', async () => {
    const text = '{"kind":"khung-org-library","name":"LĐLĐ tỉnh Thử"}\n';
    const { impl, seen } = fakeFetch(text);
    const result = await fetchLibrary(URL_A, { fetchImpl: impl });
    expect(result).toEqual({ ok: true, text, hash: createHash('sha256').update(text).digest('hex') });
    expect(seen[0]).toMatchObject({ credentials: 'omit', cache: 'no-cache', redirect: 'follow' });
  });

  it.each([
    [404, 'Máy chủ của tổ chức trả lời lỗi 404 (không có tệp ở địa chỉ này).'],
    [403, 'Máy chủ của tổ chức trả lời lỗi 403 (không cho đọc tệp).'],
    [500, 'Máy chủ của tổ chức trả lời lỗi 500.'],
  ])('tells status %i in words', async (status, message) => {
    expect(await fetchLibrary(URL_A, { fetchImpl: fakeFetch('x', { status }).impl })).toEqual({
      ok: false,
      message,
    });
  });

  it('refuses an answer redirected to plain http', async () => {
    const { impl } = fakeFetch('{}', {}, 'http://ldld.example.vn/thu-vien.json');
    expect(await fetchLibrary(URL_A, { fetchImpl: impl })).toMatchObject({
      ok: false,
      message: expect.stringContaining('không phải https'),
    });
    expect((await fetchLibrary(URL_A, { fetchImpl: impl, secureOnly: false })).ok).toBe(true);
  });

  it('refuses a file over 5 MB, by its header or by what arrives', async () => {
    const big = new Uint8Array(MAX_LIBRARY_BYTES + 1).fill(0x20);
    expect((await fetchLibrary(URL_A, { fetchImpl: fakeFetch(big).impl })).ok).toBe(false);
    const declared = fakeFetch('{}', { headers: { 'content-length': String(MAX_LIBRARY_BYTES + 1) } });
    expect(await fetchLibrary(URL_A, { fetchImpl: declared.impl })).toMatchObject({
      message: expect.stringContaining('5 MB'),
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    expect(await fetchLibrary(URL_A, { fetchImpl: fakeFetch(latin1).impl })).toEqual({
      ok: false,
      message: 'Tệp thư viện không phải văn bản UTF-8.',
    });
  });

  it('says the server did not answer, or could not be reached', async () => {
    const hang = (async (_u: unknown, o?: RequestInit) =>
      new Promise((_r, reject) =>
        o?.signal?.addEventListener('abort', () => reject(o.signal?.reason)),
      )) as typeof fetch;
    expect(await fetchLibrary(URL_A, { fetchImpl: hang, timeoutMs: 20 })).toMatchObject({
      message: 'Máy chủ của tổ chức không trả lời sau 0.02 giây.',
    });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchLibrary(URL_A, { fetchImpl: down })).toMatchObject({
      message: expect.stringContaining('không kết nối được'),
    });
  });
});
