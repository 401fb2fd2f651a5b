import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptOrgUpdate,
  type IncomingOrgLibrary,
  type KeptOrgLibrary,
} from '../../../../shared/core/library/org-update.ts';
import { compareVersions, nextVersion } from '../../../../shared/core/library/org-version.ts';
import { libraryText, orgLibrary } from './org-fixtures.ts';

// A refresh takes a new copy only when it is whole and not older than the one in use; otherwise the
// last good copy stays and the officer is told why.

const URL_A = 'https://ldld.example.vn/khung/thu-vien.json';
const incoming = (text: string, hash: string, url = URL_A): IncomingOrgLibrary => ({
  text,
  hash,
  source: 'url',
  url,
  at: '2026-03-01T08:00:00.000Z',
});
const first = acceptOrgUpdate(null, incoming(libraryText(orgLibrary('2026.1')), 'h1'));
const kept = (first.ok ? first.kept : null) as KeptOrgLibrary;

describe('acceptOrgUpdate', () => {
  it('takes a first valid copy, with its hash, source and time', () => {
    expect(first).toMatchObject({ ok: true, changed: true });
    expect(kept).toMatchObject({
      hash: 'h1',
      source: 'url',
      url: URL_A,
      fetchedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(first.message).toBe('Đã nhận thư viện “LĐLĐ tỉnh Thử”, phiên bản 2026.1: 2 đề cương, 2 đoạn mẫu.');
  });

  it('takes a newer version of the same library', () => {
    const next = acceptOrgUpdate(kept, incoming(libraryText(orgLibrary('2026.2')), 'h2'));
    expect(next).toMatchObject({
      ok: true,
      changed: true,
      kept: { hash: 'h2', library: { version: '2026.2' } },
    });
    expect(next.message).toContain('Đã cập nhật thư viện “LĐLĐ tỉnh Thử”, phiên bản 2026.2');
  });

  it('says the copy is current when the same file comes again', () => {
    const same = acceptOrgUpdate(kept, incoming(libraryText(orgLibrary('2026.1')), 'h1'));
    expect(same).toMatchObject({ ok: true, changed: false });
    expect(same.ok && same.kept).toBe(kept);
  });

  it('keeps the last good copy when the new one is broken, and says both why and which copy stays', () => {
    const broken = acceptOrgUpdate(kept, incoming('{"kind": "khung-org-library", ', 'h3'));
    expect(broken).toMatchObject({ ok: false, kept });
    expect(broken.message).toMatch(/^Bản thư viện vừa nhận không dùng được: Tệp không phải JSON hợp lệ/);
    expect(broken.message).toContain('Khung vẫn dùng bản đang có: “LĐLĐ tỉnh Thử”, phiên bản 2026.1.');
  });

  it('keeps the last good copy when the new one is older', () => {
    const newer = acceptOrgUpdate(kept, incoming(libraryText(orgLibrary('2026.3')), 'h3'));
    const older = acceptOrgUpdate(newer.kept, incoming(libraryText(orgLibrary('2026.2')), 'h2'));
    expect(older).toMatchObject({ ok: false, kept: { library: { version: '2026.3' } } });
    expect(older.message).toContain('cũ hơn bản đang dùng (phiên bản 2026.3)');
  });

  it('takes another library when the officer subscribed to another address', () => {
    const other = orgLibrary('1', { id: 'cd-nganh', name: 'Công đoàn ngành Thử' });
    const next = acceptOrgUpdate(kept, incoming(libraryText(other), 'h9', 'https://cdn.example.vn/lib.json'));
    expect(next).toMatchObject({ ok: true, kept: { library: { id: 'cd-nganh' } } });
  });

  it('has no copy to keep before the first good one', () => {
    const none = acceptOrgUpdate(null, incoming('[]', 'h0'));
    expect(none).toMatchObject({ ok: false, kept: null });
    expect(none.message).toContain('Máy này chưa có thư viện của tổ chức.');
  });

  it('never replaces the copy in use by anything but a valid library (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = acceptOrgUpdate(kept, incoming(text, 'hx'));
          if (!result.ok) expect(result.kept).toBe(kept);
        },
      ),
    );
  });
});

describe('versions', () => {
  it.each([
    ['2026.10', '2026.9', 1],
    ['2026.2', '2026.2', 0],
    ['2026', '2026.0', 0],
    ['5', '12', -1],
    ['2026.1.1', '2026.1', 1],
  ])('%s against %s', (a, b, sign) => expect(compareVersions(a, b)).toBe(sign));

  it('orders like the numbers, whatever they are (property)', () => {
    const version = fc.array(fc.nat(99999), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(version, version, (a, b) => {
        const sa = a.join('.');
        const sb = b.join('.');
        // Antisymmetric; a sum, not toBe(-x): for equal versions -0 and 0 differ under Object.is.
        expect(compareVersions(sa, sb) + compareVersions(sb, sa)).toBe(0);
        expect(compareVersions(nextVersion(sa), sa)).toBe(1);
      }),
    );
  });

  it.each([
    ['2026.3', '2026.4'],
    ['5', '6'],
    ['2026.9', '2026.10'],
  ])('the version after %s is %s', (v, next) => expect(nextVersion(v)).toBe(next));
});
