import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateWords, maybePlaceholder } from '../../../../shared/core/rules/placeholder-hint.ts';

/** The regex the hint replaces: its answer is the definition. */
const SLOW = /\.{5}|…|_{4}|\[|\{\{|\(|xxx/i;

describe('maybePlaceholder', () => {
  it.each(['a.....b', 'x…', '____', '[', '{{', '(', 'xXx', 'aXXXb', 'ab xxX'])('finds a hint in %j', (s) => {
    expect(maybePlaceholder(s)).toBe(true);
  });
  it.each(['....', '___', '{', 'xx x', 'Xã xây', 'x', ''])('finds none in %j', (s) => {
    expect(maybePlaceholder(s)).toBe(false);
  });
  it('answers like the regex on random text', () => {
    const unit = fc.constantFrom('.', '…', '_', '[', '{', '(', 'x', 'X', 'a', ' ', 'ã', '\u0078', 'Ｘ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (s) => {
        expect(maybePlaceholder(s)).toBe(SLOW.test(s));
      }),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => maybePlaceholder(s) === SLOW.test(s)));
  });
});

describe('dateWords', () => {
  it('is /ngay\\W.*thang\\W.*nam/.test on folded text (no line break), in linear time', () => {
    const folded = fc
      .array(fc.constantFrom('ngay', 'thang', 'nam', ' ', '.', '/', '_', 'a', '1', 'ngay ', 'thang/', 'x'), {
        maxLength: 20,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(folded, (f) => {
        expect(dateWords(f)).toBe(/ngay\W.*thang\W.*nam/.test(f));
      }),
      { numRuns: 5000 },
    );
    const long = 'ngay 1 '.repeat(200_000);
    const started = performance.now();
    expect(dateWords(long)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
