import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseParams } from '../../apps-script/server/settings.ts';
import {
  isIndex,
  isIndexes,
  isShortString,
  trimmedShortString,
} from '../../apps-script/server/shape-check.ts';
import { BlockIndex, Indexes, Name, Params, SnippetText } from './server-schemas-mini.ts';

// The server's small checks against the zod/mini definitions they replaced (server-schemas-mini.ts).

/** Characters where UTF-16 units and code points differ (zod counts code points), and spaces to trim. */
const text = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', '\t', '\n', '\u00a0', '😀', '\ud800', '\udc00'),
  maxLength: 8,
});
const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 499, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 2 ** 53 - 1),
  fc.integer(),
  fc.double(),
);
const anything = fc.oneof(
  number,
  text,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, [], {}),
);

describe("the server's small checks", () => {
  it('isIndex is z.int().check(z.minimum(0))', () => {
    fc.assert(
      fc.property(fc.oneof(number, anything), (v) => {
        expect(isIndex(v)).toBe(BlockIndex.safeParse(v).success);
      }),
    );
  });

  it('isIndexes is Indexes (1 to 500 indexes)', () => {
    const lists = fc.oneof(
      fc.array(fc.oneof(fc.nat(), number), { maxLength: 4 }),
      fc.constantFrom(499, 500, 501).map((n) => Array.from({ length: n }, (_, i) => i)),
      anything,
    );
    fc.assert(
      fc.property(lists, (v) => {
        expect(isIndexes(v, 500)).toBe(Indexes.safeParse(v).success);
      }),
    );
  });

  it('isShortString is z.string().check(z.maxLength(max)), counting code points', () => {
    fc.assert(
      fc.property(fc.oneof(text, anything), fc.nat(6), (v, max) => {
        expect(isShortString(v, max)).toBe(z.string().check(z.maxLength(max)).safeParse(v).success);
      }),
    );
    expect(isShortString('x'.repeat(20_000), 20_000)).toBe(SnippetText.safeParse('x'.repeat(20_000)).success);
    expect(isShortString('😀'.repeat(20_000), 20_000)).toBe(true);
    expect(isShortString('x'.repeat(20_001), 20_000)).toBe(false);
  });

  it('trimmedShortString is z.string().check(z.trim(), z.maxLength(max))', () => {
    fc.assert(
      fc.property(fc.oneof(text, anything), fc.nat(6), (v, max) => {
        const parsed = z.string().check(z.trim(), z.maxLength(max)).safeParse(v);
        expect(trimmedShortString(v, max)).toBe(parsed.success ? parsed.data : undefined);
      }),
    );
    const long = ` ${'x'.repeat(200)} `;
    expect(trimmedShortString(long, 200)).toBe(Name.safeParse(long).data);
  });

  it('parseParams is Params (names ≤ 40 to strings ≤ 500), keys in the same order', () => {
    const key = fc.oneof(
      fc.constantFrom('donVi', 'ngay', '__proto__', 'toString', '1', 'x'.repeat(40), 'x'.repeat(41)),
      fc.string({ maxLength: 3 }),
    );
    const value = fc.oneof(
      text,
      fc.constantFrom('x'.repeat(500), 'x'.repeat(501), '😀'.repeat(500)),
      anything,
    );
    const params = fc
      .array(fc.tuple(key, value), { maxLength: 4 })
      .map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as unknown);
    const jsonWithProto = fc.constant(JSON.parse('{"__proto__": "x", "a": "b"}') as unknown);
    fc.assert(
      fc.property(fc.oneof(params, jsonWithProto, anything), (v) => {
        const parsed = Params.safeParse(v);
        const mine = parseParams(v);
        expect(mine).toStrictEqual(parsed.success ? parsed.data : undefined);
        expect(JSON.stringify(mine)).toBe(JSON.stringify(parsed.data));
      }),
    );
  });
});
