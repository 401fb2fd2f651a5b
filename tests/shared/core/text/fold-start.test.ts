import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldStart } from '../../../../shared/core/text/fold.ts';
import { anyText, trickyText } from './arbitraries.ts';

describe('foldStart', () => {
  it.each([
    ['Kính gửi: Ban Thường vụ', 8, 'kinh gui'],
    ['  Nơi\u00a0 nhận:', 24, 'noi nhan:'],
    ['Công\u200bđoàn', 4, 'cong'],
    ['ΑΣ. a', 3, fold('ΑΣ. a').slice(0, 3)],
    ['', 5, ''],
  ])('folds the start of %j like fold().slice', (input, length, expected) => {
    expect(foldStart(input, length)).toBe(expected);
  });

  it('equals fold(s).slice(0, n) on arbitrary text', () => {
    for (const arb of [anyText, trickyText, fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(arb, fc.nat(45), (s, n) => {
          expect(foldStart(s, n)).toBe(fold(s).slice(0, n));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('equals fold(s).slice(0, n) when the start is plain and the rest is not', () => {
    fc.assert(
      fc.property(trickyText, anyText, fc.nat(20), (plain, rest, n) => {
        const s = `${plain} ${rest}`;
        expect(foldStart(s, n)).toBe(fold(s).slice(0, n));
      }),
      { numRuns: 2000 },
    );
  });
});
