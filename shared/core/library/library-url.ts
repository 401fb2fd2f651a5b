// The address an officer subscribes to for the organisation library. Only https: the library decides
// what officers insert into official documents, so it must come over a connection nobody on the way
// can change. The permission Khung asks for is for exactly that site (scheme and host: Chrome's match
// patterns carry no port). Parsed by hand because the core runs where no URL class is declared; the
// grammar needed is small: scheme, host (letters, digits, dots, hyphens) and an optional port and path.

/** An accepted address, and the match pattern of its site for the host permission. */
export type LibraryUrl = { ok: true; url: string; origin: string } | { ok: false; message: string };

const SHAPE = /^(https?):\/\/([a-z0-9.-]+)(?::(\d{1,5}))?(\/[^\s]*)?$/i;
const HOST_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * Checks an address typed or pushed by policy. `allowLoopbackHttp` (test builds only) also takes
 * http://127.0.0.1 and http://localhost, where the tests serve a stand-in federation.
 */
export function checkLibraryUrl(text: string, allowLoopbackHttp = false): LibraryUrl {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Hãy nhập địa chỉ thư viện mà tổ chức công bố.' };
  const m = SHAPE.exec(trimmed);
  const host = m?.[2]?.toLowerCase() ?? '';
  const port = m?.[3];
  const labels = host.split('.');
  if (!m || !labels.every((l) => HOST_LABEL.test(l)) || host.length > 253 || (port && Number(port) > 65535))
    return {
      ok: false,
      message: 'Địa chỉ thư viện không hợp lệ. Hãy chép nguyên địa chỉ tổ chức gửi, dạng https://…',
    };
  const scheme = (m[1] ?? '').toLowerCase();
  if (scheme !== 'https' && !(allowLoopbackHttp && LOOPBACK.has(host)))
    return {
      ok: false,
      message: 'Địa chỉ thư viện phải bắt đầu bằng https:// để nội dung không bị sửa trên đường truyền.',
    };
  const url = `${scheme}://${host}${port ? `:${port}` : ''}${m[4] ?? '/'}`;
  return { ok: true, url, origin: `${scheme}://${host}/*` };
}
