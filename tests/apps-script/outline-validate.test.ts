import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateOutline } from '../../apps-script/server/outline-validate.ts';
import { Outline } from '../../shared/core/outline/outline-schema.ts';
import { parseOutline } from '../../shared/core/outline/parse-outline.ts';
import { OutlineMini, validateOutlineMini } from './server-schemas-mini.ts';

const dir = resolve(import.meta.dirname, '../../outlines');
const outlines = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Record<string, unknown>);

/** Same result, same keys (an own undefined too) in the same order. */
function expectSame(data: unknown) {
  const mine = validateOutline(data, 'tệp');
  const mini = validateOutlineMini(data, 'tệp');
  expect(mine).toStrictEqual(mini);
  expect(JSON.stringify(mine)).toBe(JSON.stringify(mini));
}

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
  undefined,
  [],
  [''],
  ['a', 1],
  {},
  { id: 'a', title: 'A', numbering: 'roman', required: true },
  { id: 'a', title: 'A', numbering: 'roman', required: true, extra: 1 },
  { authority: 'TM.', title: 'CHỦ TỊCH' },
  { x: 'off', y: 'nope' },
  // zod's length checks also run on a wrong type that has a length.
  { length: 0 },
  { length: null },
  { length: '1' },
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

describe("the server's Outline validation", () => {
  it('keeps a zod/mini copy with the same JSON Schema as the core Outline schema (so the two cannot drift)', () => {
    expect(z.toJSONSchema(OutlineMini)).toEqual(z.toJSONSchema(Outline));
  });

  it('accepts every built-in outline, as the core does', () => {
    for (const o of outlines) expect(validateOutline(o, String(o.id))).toEqual(parseOutline(o, String(o.id)));
  });

  it('rejects what the core rejects, at the same JSON paths', () => {
    const base = outlines[0] as Record<string, unknown>;
    const bad: unknown[] = [
      { ...base, id: 'Có Dấu' },
      { ...base, sections: [] },
      { ...base, extra: 1 },
      { ...base, documentType: 'thu-moi' },
      {
        ...base,
        sections: [
          { id: 'a', title: 'A', numbering: 'roman', required: true },
          { id: 'a', title: 'B', numbering: 'roman', required: true },
        ],
      },
      'không phải đề cương',
    ];
    for (const data of bad) {
      const mini = validateOutline(data, 'tệp');
      expect(mini.ok).toBe(false);
      const core = parseOutline(data, 'tệp');
      const paths = (r: typeof mini) =>
        r.ok ? [] : r.errors.map((e) => e.split(': ').slice(0, 2).join(': '));
      expect(paths(mini)).toEqual(paths(core));
    }
  });

  it('words every problem in Vietnamese, the format checks included (no zod "Invalid input")', () => {
    const outline = outlines[0] as Record<string, unknown> & { provenance: object };
    const bad = {
      ...outline,
      id: 'Sai Id',
      provenance: { ...outline.provenance, date: '25/5/2020' },
      parameters: [{ id: '1nam', label: 'Năm', kind: 'text' }],
      severities: { 'so-ky-hieu': 'loud' },
    };
    for (const result of [validateOutline(bad, 'x.json'), parseOutline(bad, 'x.json')]) {
      expect(result.ok).toBe(false);
      const errors = result.ok ? [] : result.errors;
      expect(errors.join('\n')).not.toMatch(/Invalid|expected|must/);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringContaining('mã: chỉ dùng chữ thường không dấu'),
          expect.stringContaining('nguồn gốc › ngày: ngày viết theo dạng NNNN'),
          expect.stringContaining('tham số thứ 1 › mã: chỉ dùng chữ cái không dấu'),
          expect.stringContaining('mức độ của quy tắc › “so-ky-hieu”: giá trị không hợp lệ'),
        ]),
      );
    }
  });

  it('says what the zod/mini schema said, word for word, and parses to the same object', () => {
    const base = outlines[0] as Record<string, unknown>;
    expectSame({ ...base, id: 'Có Dấu', extra: 1, documentType: 'thu-moi', sections: [] });
    expectSame({
      ...base,
      provenance: { verified: 'yes', date: '20x', other: 1 },
      parameters: [{ id: '1a' }],
    });
    expectSame({ ...base, severities: { a: 'off', b: 'nope', c: 1 }, frame: null });
    expectSame({ ...base, label: undefined, description: undefined });
    expectSame(JSON.parse('{"__proto__": 1, "severities": {"__proto__": "nope", "a": "off"}}'));
    expectSame([]);
    expectSame(undefined);
  });

  it('matches the zod/mini schema on built-in outlines changed at random', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 4 }), (o, ms) =>
        expectSame(mutate(o, ms)),
      ),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    );
  });

  it('matches the zod/mini schema on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => expectSame(data)),
      { numRuns: 500 },
    );
  });
});
