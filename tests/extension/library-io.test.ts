import { describe, expect, it } from 'vitest';
import { moveItem, newId, removeItem } from '../../extension/shared/library/library-edit.ts';
import { exportLibrary, importLibrary } from '../../extension/shared/library/library-io.ts';
import type { UserLibrary } from '../../extension/shared/library/library-schema.ts';
import { realOutline, snippet } from './library-fixtures.ts';

const current = (): UserLibrary => ({
  schemaVersion: 2,
  snippets: [snippet('a'), snippet('b')],
  outlines: [],
});

describe('export / import', () => {
  it('round-trips: an export imported into an empty library gives the same library', () => {
    const full: UserLibrary = { ...current(), outlines: [realOutline()] };
    const text = exportLibrary(full, new Date('2026-11-21T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      kind: 'khung-library',
      schemaVersion: 2,
      exportedAt: '2026-11-21T00:00:00.000Z',
    });
    const result = importLibrary(text, { schemaVersion: 2, snippets: [], outlines: [] });
    expect(result).toEqual({ ok: true, library: full, added: 3, replaced: 0 });
  });

  it('merges: same id replaces in place, new ids are appended', () => {
    const file = exportLibrary({
      schemaVersion: 2,
      snippets: [snippet('b', 'mới'), snippet('c')],
      outlines: [],
    });
    const result = importLibrary(file, current());
    expect(result.ok && result.library.snippets.map((s) => [s.id, s.body])).toEqual([
      ['a', 'Nội dung a'],
      ['b', 'mới'],
      ['c', 'Nội dung c'],
    ]);
    expect(result.ok && [result.added, result.replaced]).toEqual([1, 1]);
  });

  it.each([
    ['not JSON', '{ "kind": ', /không phải JSON/],
    ['an array', '[]', /cần một đối tượng/],
    ['an unrelated object', '{"name":"x"}', /không phải thư viện Khung/],
    [
      'a snippet with a bad group',
      JSON.stringify({
        kind: 'khung-library',
        schemaVersion: 2,
        snippets: [snippet('a'), { ...snippet('b'), group: 'khac' }],
      }),
      /^snippets\[1\]\.group: giá trị không hợp lệ/,
    ],
    [
      'a snippet without body',
      JSON.stringify({
        kind: 'khung-library',
        schemaVersion: 2,
        snippets: [{ id: 'a', label: 'A', group: 'cum-tu', terms: [] }],
      }),
      /^snippets\[0\]\.body: thiếu/,
    ],
    [
      'the same id twice',
      JSON.stringify({ kind: 'khung-library', schemaVersion: 2, snippets: [snippet('z'), snippet('z')] }),
      /“z” xuất hiện hai lần/,
    ],
    ['a newer format', JSON.stringify({ kind: 'khung-library', schemaVersion: 7, snippets: [] }), /mới hơn/],
    [
      'an empty library',
      JSON.stringify({ kind: 'khung-library', schemaVersion: 2, snippets: [] }),
      /không có đoạn mẫu/,
    ],
    ['a broken outline', JSON.stringify({ id: 'x', sections: [] }), /^outlines\[0\]/],
  ])('rejects %s with the reason and leaves the library as it was', (_name, text, reason) => {
    const before = current();
    const snapshot = structuredClone(before);
    const result = importLibrary(text, before);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toMatch(reason);
    expect(before).toEqual(snapshot);
  });

  it('imports a snippets/*.json style file and a single outline file', () => {
    const file = JSON.stringify({ title: 'Của tôi', snippets: [snippet('x')] });
    expect(importLibrary(file, current()).ok && 'ok').toBe('ok');
    const one = importLibrary(JSON.stringify(realOutline()), current());
    expect(one.ok && one.library.outlines.map((o) => o.id)).toEqual([realOutline().id]);
  });

  it('gives an outline with a built-in id a user id, so it does not hide behind the built-in one', () => {
    const builtInId = realOutline().id;
    const once = importLibrary(JSON.stringify(realOutline()), current(), [builtInId]);
    expect(once.ok && once.library.outlines.map((o) => o.id)).toEqual([`u-${builtInId}`]);
    if (!once.ok) return;
    const twice = importLibrary(JSON.stringify(realOutline()), once.library, [builtInId]);
    expect(twice.ok && twice.library.outlines.map((o) => o.id)).toEqual([
      `u-${builtInId}`,
      `u-${builtInId}-2`,
    ]);
  });

  it('migrates a v1 export while importing', () => {
    const file = JSON.stringify({
      kind: 'khung-library',
      schemaVersion: 1,
      snippets: [{ title: 'Chào', text: 'Trân trọng!' }],
    });
    const result = importLibrary(file, current());
    expect(result.ok && result.library.snippets.at(-1)).toEqual({
      id: 'chao',
      label: 'Chào',
      group: 'cum-tu',
      terms: [],
      body: 'Trân trọng!',
    });
  });
});

describe('edits', () => {
  it('moves up and down, ignoring moves past the ends', () => {
    const lib = { ...current(), snippets: [snippet('a'), snippet('b'), snippet('c')] };
    expect(moveItem(lib, 'snippets', 'c', -1).snippets.map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(moveItem(lib, 'snippets', 'a', 1).snippets.map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(moveItem(lib, 'snippets', 'a', -1)).toBe(lib);
    expect(removeItem(lib, 'snippets', 'b').snippets.map((s) => s.id)).toEqual(['a', 'c']);
  });

  it('makes user ids from Vietnamese labels, unique and schema-valid', () => {
    expect(newId('Nơi nhận báo cáo', [])).toBe('u-noi-nhan-bao-cao');
    expect(newId('Nơi nhận báo cáo', ['u-noi-nhan-bao-cao'])).toBe('u-noi-nhan-bao-cao-2');
    expect(newId('!!!', [])).toBe('u-muc');
  });
});
