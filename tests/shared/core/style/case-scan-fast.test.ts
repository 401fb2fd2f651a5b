import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUpperAt, skipMark } from '../../../../shared/core/style/case-scan.ts';

describe('isUpperAt fast path', () => {
  it('is the old comparison with the lower case, on every unit and out of range', () => {
    const differ: number[] = [];
    // Twice: the first answer for a unit is worked out, the second read from what was remembered.
    for (let pass = 0; pass < 2; pass++)
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        if (isUpperAt(`x${ch}`, 1) !== (ch !== ch.toLowerCase())) differ.push(c);
      }
    expect(differ).toEqual([]);
    expect(isUpperAt('A', 1)).toBe(false);
    expect(isUpperAt('A', -1)).toBe(false);
  });
});

describe('skipMark', () => {
  it('skips what /^[\\s\\-–+•*]*/u matched on the rest of the text', () => {
    const marked = fc.string({
      unit: fc.constantFrom(
        ' ',
        '\t',
        '\u00a0',
        '\u3000',
        '-',
        '–',
        '—',
        '+',
        '•',
        '*',
        'a',
        '1',
        '.',
        '\ud835',
        '\udc00',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(marked, fc.nat(14), (text, from) => {
        const mark = /^[\s\-–+•*]*/u.exec(text.slice(from));
        expect(skipMark(text, from)).toBe(from + (mark ? mark[0].length : 0));
      }),
      { numRuns: 2000 },
    );
  });
});
