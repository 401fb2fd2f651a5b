import { describe, expect, it } from 'vitest';
import { z } from '../../apps-script/server/zod-inert.ts';

// Code.js resolves `zod` to this stand-in: the core's schema declarations must load, and any attempt
// to validate with one must fail loudly rather than accept everything.
type Chain = { [key: string]: (...args: unknown[]) => Chain };

describe('the inert zod of Code.js', () => {
  it('lets schemas be declared, chained and nested', () => {
    const zz = z as Chain;
    expect(() => zz.object?.({ a: zz.string?.().optional?.() }).extend?.({}).nullable?.()).not.toThrow();
  });

  it('throws on every way to parse', () => {
    const schema = (z as Chain).object?.({}) as Chain;
    for (const method of ['parse', 'safeParse', 'parseAsync', 'safeParseAsync']) {
      expect(() => schema[method]?.({}), method).toThrow(/not bundled in Code\.js/);
    }
  });
});
