import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOutline } from '../../apps-script/server/outline-validate.ts';
import { checkSchema, fits } from '../../apps-script/server/schema-check.ts';
import { SERVER_SCHEMAS, type ServerSchemaName } from '../../apps-script/shared/server-schemas.ts';
import { parseOutline } from '../../shared/core/outline/parse-outline.ts';

// Code.js checks data with validators generated from the core's zod schemas at build time
// (apps-script/build/schema-validators.ts). Here each one is held to its zod schema: the same verdict
// on any JSON value and on built-in outlines damaged at random, and — for outlines — the same problems
// in the same words and order as the core's parseOutline.

const dir = resolve(import.meta.dirname, '../../outlines');
const outlines = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Record<string, unknown>);

type Json = unknown;
type Path = Array<string | number>;
type Node = Record<string | number, unknown>;

/** Every path to a value inside an outline, the root included. */
function paths(value: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value))
      out.push(...paths(v, [...at, Array.isArray(value) ? Number(k) : k]));
  return out;
}

/** Sets an own property, even `__proto__` (an assignment would change the prototype instead). */
const setOwn = (o: object, key: string | number, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** Values that hit each branch of the schema: ids, dates, enums, empty strings, wrong types. */
const special = fc.constantFrom<unknown>(
  '',
  'a',
  'Có Dấu',
  '-a',
  'ab-1',
  'x1',
  '1x',
  '2020',
  '2020-05',
  '2020-05-25',
  '20x',
  'roman',
  'none',
  'bao-cao',
  'text',
  'off',
  'error',
  'warning',
  true,
  false,
  0,
  1.5,
  null,
  [],
  [''],
  ['a', 1],
  {},
  { id: 'a', title: 'A', numbering: 'roman', required: true },
  { id: 'a', title: 'A', numbering: 'roman', required: true, extra: 1 },
  { id: 'a', title: '', numbering: 'x', extra: 1, children: [{}] },
  { authority: 'TM.', title: 'CHỦ TỊCH' },
  { x: 'off', y: 'nope', id: 5 },
  { length: 0 },
  'abc',
);
const value = fc.oneof(special, fc.jsonValue({ maxDepth: 2 }));
const key = fc.oneof(
  fc.constantFrom('extra', '__proto__', 'toString', '1', 'id', 'children', 'label', 'severities', '$schema'),
  fc.string({ maxLength: 4 }),
);

type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key, value }),
);

/** A built-in outline changed in a few places. */
function mutate(base: Json, mutations: readonly Mutation[]): Json {
  let data = structuredClone(base);
  for (const m of mutations) {
    const all = paths(data);
    const path = all[m.at % all.length] ?? [];
    // A copy, so that a later mutation never edits a value fast-check shares between runs.
    const value = 'value' in m ? structuredClone(m.value) : undefined;
    if (path.length === 0) {
      if (m.kind === 'set') data = value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Node>((o, k) => o[k] as Node, data as Node);
    const last = path[path.length - 1] as string | number;
    if (m.kind === 'set') setOwn(parent, last, value);
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else {
      const target = parent[last];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        setOwn(target, m.key, value);
    }
  }
  return data;
}

/** The built-in outlines, and one with severities (none of them has any). */
const bases = [
  ...outlines,
  { ...outlines[0], severities: { 'required-section': 'off', 'so-ky-hieu': 'info' } },
];

/** Same verdict, same problems in the same words and order. */
function expectSame(data: unknown): void {
  expect(validateOutline(data, 'tệp')).toEqual(parseOutline(data, 'tệp'));
}

describe("the server's outline check (generated from the core's Outline schema)", () => {
  it('accepts every built-in outline, as the core does', () => {
    for (const o of outlines) expect(validateOutline(o, String(o.id))).toEqual(parseOutline(o, String(o.id)));
  });

  it('words each problem as the core does, format checks included (no zod or ajv English)', () => {
    const outline = outlines[0] as Record<string, unknown> & { provenance: object };
    const bad = {
      ...outline,
      id: 'Sai Id',
      extra: 1,
      provenance: { ...outline.provenance, date: '25/5/2020', verified: undefined },
      parameters: [{ id: '1nam', label: 'Năm', kind: 'text' }],
      sections: [{ id: 'a', title: '', numbering: 'x', required: true, children: [{}] }],
      severities: { 'so-ky-hieu': 'loud' },
    };
    const result = validateOutline(JSON.parse(JSON.stringify(bad)), 'x');
    expect(result).toEqual(parseOutline(JSON.parse(JSON.stringify(bad)), 'x'));
    expect(result.ok ? [] : result.errors).toEqual([
      'x: mã: chỉ dùng chữ thường không dấu, số và dấu gạch ngang',
      'x: nguồn gốc › ngày: ngày viết theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2020-05-25)',
      'x: nguồn gốc › đã kiểm chứng: sai kiểu (cần có hoặc không (true/false))',
      'x: tham số thứ 1 › mã: chỉ dùng chữ cái không dấu và chữ số, bắt đầu bằng chữ cái',
      'x: mục thứ 1 › tên: còn trống hoặc quá ngắn',
      'x: mục thứ 1 › kiểu đánh số: giá trị không hợp lệ (chỉ nhận: phan, chuong, muc, tieu-muc, dieu, upper-letter, roman, arabic, decimal2, decimal3, letter-paren, letter-dot, none)',
      'x: mục thứ 1 › mục con thứ 1 › mã: sai kiểu (cần một đoạn chữ)',
      'x: mục thứ 1 › mục con thứ 1 › tên: sai kiểu (cần một đoạn chữ)',
      'x: mục thứ 1 › mục con thứ 1 › kiểu đánh số: giá trị không hợp lệ (chỉ nhận: phan, chuong, muc, tieu-muc, dieu, upper-letter, roman, arabic, decimal2, decimal3, letter-paren, letter-dot, none)',
      'x: mục thứ 1 › mục con thứ 1 › bắt buộc: sai kiểu (cần có hoặc không (true/false))',
      'x: mức độ của quy tắc › “so-ky-hieu”: giá trị không hợp lệ',
      'x: tệp đề cương: có thông tin không dùng được: “extra”',
    ]);
  });

  it('says what the core says on chosen damage (unknown keys, records, __proto__, wrong roots)', () => {
    const base = outlines[0] as Record<string, unknown>;
    expectSame({ ...base, id: 'Có Dấu', extra: 1, documentType: 'thu-moi', sections: [] });
    expectSame({
      ...base,
      provenance: { verified: 'yes', date: '20x', other: 1 },
      parameters: [{ id: '1a' }],
    });
    expectSame({ ...base, severities: { a: 'off', b: 'nope', c: 1 }, frame: null });
    expectSame({ ...base, severities: [], sections: 'abc', title: [] });
    // zod's length check after a wrong type: only where the schema asks for a length.
    expectSame({ ...base, parameters: [{ id: 'a', label: 'A', kind: 'text', options: [[], ''] }] });
    expectSame({
      ...base,
      sections: [{ id: 'a', title: [], numbering: 'none', required: true, aliases: [[], ''] }],
    });
    expectSame(JSON.parse('{"__proto__": 1, "severities": {"__proto__": "nope", "a": "off"}}'));
    expectSame({ ...base, severities: JSON.parse('{"__proto__": "nope", "a": "off"}') });
    expectSame([]);
    expectSame(null);
    expectSame('không phải đề cương');
  });

  it('matches the core on built-in outlines changed at random (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 4 }), (o, ms) => {
        expectSame(mutate(o, ms));
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    );
  });

  it('matches the core on any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        expectSame(data);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Characters where UTF-16 units and code points differ (both count code points), and spaces. */
const text = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', '\t', '\u00a0', '😀', '\ud800', '\udc00', '_'),
  maxLength: 8,
});
const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 499, -1, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53)),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const anything = fc.oneof(
  number,
  text,
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.oneof(fc.nat(), number)),
  fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'x'.repeat(40), 'x'.repeat(41))), text),
  fc.constantFrom(null, [], {}, 'x'.repeat(200), 'x'.repeat(201), '😀'.repeat(200), ' '.repeat(201)),
  fc.constantFrom(499, 500, 501).map((n) => Array.from({ length: n }, (_, i) => i)),
  fc.constantFrom(19_999, 20_000, 20_001).map((n) => '😀'.repeat(n)),
);

describe('every server schema', () => {
  const names = Object.keys(SERVER_SCHEMAS) as ServerSchemaName[];

  it.each(names)('%s: accepts exactly what its zod schema accepts (property)', (name) => {
    const schema = SERVER_SCHEMAS[name];
    fc.assert(
      fc.property(anything, (data) => {
        expect(fits(name, data), JSON.stringify(data)?.slice(0, 200)).toBe(schema.safeParse(data).success);
      }),
      { numRuns: 1500 },
    );
  });

  it('outline: checkSchema gives the data itself, typed, when it fits', () => {
    const outline = outlines[0];
    const checked = checkSchema('outline', outline);
    expect(checked.success && checked.data).toBe(outline);
  });
});
