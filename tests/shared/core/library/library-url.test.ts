import { describe, expect, it } from 'vitest';
import { checkLibraryUrl } from '../../../../shared/core/library/library-url.ts';

// The subscription address: https only (the library decides what goes into official documents), and
// the permission asked is for exactly that site.

describe('checkLibraryUrl', () => {
  it.each([
    ['https://ldld.caobang.gov.vn/khung/thu-vien.json', 'https://ldld.caobang.gov.vn/*'],
    ['  https://LDLD.example.vn:8443/a/b.json?v=2  ', 'https://ldld.example.vn/*'],
    [
      'https://raw.githubusercontent.com/ldld/khung/main/thu-vien.json',
      'https://raw.githubusercontent.com/*',
    ],
  ])('accepts %s, asking for %s', (text, origin) => {
    expect(checkLibraryUrl(text)).toMatchObject({ ok: true, origin });
  });

  it('keeps the address as given, host lower-cased', () => {
    expect(checkLibraryUrl('https://LDLD.example.vn:8443/a/b.json?v=2')).toMatchObject({
      url: 'https://ldld.example.vn:8443/a/b.json?v=2',
    });
  });

  it.each([
    ['http://ldld.example.vn/thu-vien.json', 'phải bắt đầu bằng https://'],
    ['http://127.0.0.1:8080/thu-vien.json', 'phải bắt đầu bằng https://'],
    ['ftp://ldld.example.vn/x', 'không hợp lệ'],
    ['https://user:pass@ldld.example.vn/x', 'không hợp lệ'],
    ['https://-bad-.example.vn/x', 'không hợp lệ'],
    ['https://ldld.example.vn:99999/x', 'không hợp lệ'],
    ['ldld.example.vn/thu-vien.json', 'không hợp lệ'],
    ['https://ldld.example.vn/thu vien.json', 'không hợp lệ'],
    ['', 'Hãy nhập địa chỉ'],
  ])('refuses %j', (text, message) => {
    const checked = checkLibraryUrl(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain(message);
  });

  it('takes loopback http only when asked (the test build)', () => {
    expect(checkLibraryUrl('http://127.0.0.1:4321/lib.json', true)).toMatchObject({
      ok: true,
      origin: 'http://127.0.0.1/*',
    });
    expect(checkLibraryUrl('http://ldld.example.vn/lib.json', true).ok).toBe(false);
  });
});
