import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capitalStarts,
  capitalStartsByLoop,
  isUpperAt,
  skipMark,
} from '../../../../shared/core/style/case-scan.ts';
import { anyText, trickyText } from '../text/arbitraries.ts';

/** Letters, capitals and the units around the word boundaries capitalStarts reads. */
// biome-ignore format: one row per purpose
const caseText = fc.string({
  unit: fc.constantFrom(
    'a', 'A', 'z', 'Z', 'đ', 'Đ', 'ă', 'Ă', 'ư', 'Ư', 'ơ', 'Ơ', 'ĩ', 'Ĩ', 'ũ', 'Ũ', 'ạ', 'Ạ', 'ấ', 'Ấ', 'ỹ', 'Ỹ',
    'À', 'Ý', 'Þ', 'ß', 'à', '×', '÷', 'Ö', 'Ø', 'ö', 'ø', 'ɏ', 'ɐ', '\u0300', '\u036f', '\u0370', 'Σ', 'İ',
    '\u1e9f', '\u1ef9', '\u1efa', ' ', '\u00a0', '.', ',', '“', '(', '-', '1', '\n', '😀',
  ),
  maxLength: 40,
});

describe('capitalStarts fast path', () => {
  it('agrees with the loop on every unit before and after a capital, and every unit alone', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}A`, `A${ch}`, `${ch}Ấ`, `x ${ch}b`])
        if (JSON.stringify(capitalStarts(text)) !== JSON.stringify(capitalStartsByLoop(text))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('agrees with the loop on any text', () => {
    for (const arbitrary of [caseText, trickyText, anyText])
      fc.assert(
        fc.property(arbitrary, (text) => {
          expect(capitalStarts(text)).toEqual(capitalStartsByLoop(text));
        }),
        { numRuns: 500 },
      );
  });
});

describe('isUpperAt fast path', () => {
  it('is the old comparison with the lower case, on every unit and out of range', () => {
    const differ: number[] = [];
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
