import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOrgLibrary } from '../../apps-script/server/org-library-validate.ts';
import { parseOrgLibrary } from '../../shared/core/library/parse-org-library.ts';
import { libraryText, orgLibrary, orgOutline } from '../shared/core/library/org-fixtures.ts';
import { newAddon } from './helpers.ts';

// The add-on takes an organisation library by import ("Đề cương của tôi"): its scopes cannot fetch a
// URL. Code.js carries no zod: it checks the file with the validator its build generates from the
// core's OrgLibrary schema (apps-script/server/schema-check.ts). Here that check is held to the core's
// parseOrgLibrary on random damage and on a table of edge values (same verdict, same words), and the
// built Code.js imports the file.

type Action = { ok: boolean; message: string };
type Init = { ok: true; outlines: Array<{ id: string; title: string; user: boolean }> };

describe('the add-on’s check of a library file', () => {
  // One small outline (the outline's own check is held to the core's in outline-validate.test.ts):
  // the damage falls mostly on the snippet and the library's own fields.
  const base = orgLibrary('2026.1', {
    outlines: [orgOutline('ldld-thu-ke-hoach')],
    snippets: [
      {
        id: 'ldld-can-cu',
        label: 'Căn cứ Điều lệ',
        group: 'can-cu',
        terms: ['dieu le'],
        body: 'Căn cứ {{van_ban}};',
        fields: [
          {
            name: 'van_ban',
            label: 'Văn bản',
            type: 'choice',
            options: ['Điều lệ'],
            default: 'Điều lệ',
            required: true,
            case: 'upper',
          },
        ],
        source: {
          title: 'Điều lệ Công đoàn Việt Nam',
          number: 'ĐL',
          date: '2023-12-03',
          issuer: 'Đại hội XIII',
          inForceFrom: '2023-12-03',
          inForceUntil: '2028-12-03',
          verified: true,
          note: 'x',
        },
        note: 'ghi chú',
        legacy: false,
        placement: 'block',
        trigger: ';cc',
      },
    ],
  });
  /** Every place in the library, as a path, to damage one at a time. */
  const places: Array<Array<string | number>> = [];
  const walk = (node: unknown, path: Array<string | number>) => {
    places.push(path);
    if (typeof node !== 'object' || node === null || path.length > 7) return;
    for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
  };
  walk(base, []);

  it('accepts exactly what the core accepts, and words each problem the same (property)', () => {
    const near = ['', ' ', 'x', -1, 0, 1, 2, 1.5, true, false, [], [''], {}, null, 'khac', 'upper', 'lower'];
    const formats = [
      '2026/1',
      '2026.1',
      '2026.1.2.3.4',
      '2024-01-01',
      '2024-1-1',
      ';đd',
      ';NN',
      ';cc',
      'A_b',
      '1a',
    ];
    const words = [
      'text',
      'choice',
      'date',
      'inline',
      'block',
      'cum-tu',
      'bao-cao',
      'roman',
      'khung-org-library',
    ];
    const junk = fc.oneof(
      { arbitrary: fc.constantFrom(...near, ...formats, ...words), weight: 4 },
      { arbitrary: fc.jsonValue(), weight: 1 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...places), junk, fc.boolean(), (path, value, remove) => {
        const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
        if (path.length === 0) return;
        let node = copy;
        for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
        const last = path[path.length - 1] as string | number;
        if (remove && !Array.isArray(node)) delete node[last];
        else if (remove) node[last] = { ...(node[last] as object), extra: value };
        else node[last] = value;
        expect(validateOrgLibrary(copy)).toEqual(parseOrgLibrary(copy));
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    [['snippets', 0, 'trigger'], ';đd'],
    [['snippets', 0, 'trigger'], ';DD'],
    [['snippets', 0, 'trigger'], ';abcdefghijklmnop'],
    [['snippets', 0, 'fields', 0, 'name'], 'Van_ban2'],
    [['snippets', 0, 'fields', 0, 'name'], '2van'],
    [['snippets', 0, 'source', 'date'], '2024-1-1'],
    [['snippets', 0, 'source', 'inForceUntil'], '2024-01-01T00:00'],
    [['snippets', 0, 'id'], 'u-2'],
    [['snippets', 0, 'id'], '-u'],
    [['snippets', 0, 'note'], ''],
    [['snippets', 0, 'terms'], ['']],
    [['snippets', 0, 'fields', 0, 'options'], ['']],
    [['snippets', 0, 'fields', 0, 'case'], 'lower'],
    [['version'], '2026.1.2.3'],
    [['version'], '2026.1.2.3.4'],
    [['version'], '1234567890'],
    [['schemaVersion'], 0],
    [['schemaVersion'], '1'],
    [['name'], ' '],
    [['publishedAt'], ''],
    [['id'], 'LDLD'],
  ] as Array<[Array<string | number>, unknown]>)('gives the core’s verdict when %j is %j', (path, value) => {
    const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
    let node = copy;
    for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
    node[path[path.length - 1] as string | number] = value;
    expect(validateOrgLibrary(copy)).toEqual(parseOrgLibrary(copy));
  });

  it('accepts the valid library as the core parses it', () => {
    expect(validateOrgLibrary(base)).toEqual(parseOrgLibrary(base));
    expect(validateOrgLibrary(base).ok).toBe(true);
  });
});

describe('importing an organisation library in “Đề cương của tôi” (built Code.js)', () => {
  it('adds its outlines to the user’s own, and says where its snippets go', () => {
    const { gas } = newAddon();
    const r = gas.call<Action>('khungImportUserOutlines', libraryText(orgLibrary('2026.1')));
    expect(r).toEqual({
      ok: true,
      message:
        'Đã nhập 2 đề cương của thư viện “LĐLĐ tỉnh Thử”, phiên bản 2026.1. 2 đoạn mẫu của thư viện dùng trong tiện ích Khung cho Chrome.',
    });
    const mine = gas.call<Init>('khungInit').outlines.filter((o) => o.user);
    expect(mine.map((o) => o.id)).toEqual(['ldld-thu-bao-cao', 'ldld-thu-ke-hoach']);
  });

  it('takes the next version by importing it again: outlines of the same id are replaced', () => {
    const { gas } = newAddon();
    gas.call('khungImportUserOutlines', libraryText(orgLibrary('2026.1')));
    const next = orgLibrary('2026.2');
    next.outlines[1] = orgOutline('ldld-thu-ke-hoach', 'Kế hoạch năm 2027');
    expect(gas.call<Action>('khungImportUserOutlines', libraryText(next)).ok).toBe(true);
    const mine = gas.call<Init>('khungInit').outlines.filter((o) => o.user);
    expect(mine.find((o) => o.id === 'ldld-thu-ke-hoach')?.title).toBe('Kế hoạch năm 2027');
    expect(mine).toHaveLength(2);
  });

  it('refuses a broken library with the place of the problem, and changes nothing', () => {
    const { gas, fake } = newAddon();
    const broken = orgLibrary('2026.1');
    (broken.outlines[1] as { sections: Array<{ title: string }> }).sections[0] = {
      ...(broken.outlines[1]?.sections[0] as object),
      title: '',
    } as never;
    const before = new Map(fake.properties.data);
    const r = gas.call<Action>('khungImportUserOutlines', libraryText(broken));
    expect(r.ok).toBe(false);
    expect(r.message).toBe(
      'Không nhập được, chưa có gì thay đổi. đề cương thứ 2 “ldld-thu-ke-hoach” › mục thứ 1 › tên: còn trống hoặc quá ngắn',
    );
    expect(new Map(fake.properties.data)).toEqual(before);
  });

  it('leaves out an outline that takes a built-in outline’s id, as the extension does', () => {
    const { gas } = newAddon();
    const library = orgLibrary('1');
    library.outlines.push(orgOutline('bao-cao-nam'));
    const r = gas.call<Action>('khungImportUserOutlines', libraryText(library));
    expect(r.message).toContain('Bỏ qua 1 đề cương trùng mã đề cương có sẵn của Khung.');
    const mine = gas.call<Init>('khungInit').outlines.filter((o) => o.user);
    expect(mine.map((o) => o.id)).toEqual(['ldld-thu-bao-cao', 'ldld-thu-ke-hoach']);
  });
});
