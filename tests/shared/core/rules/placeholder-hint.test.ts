import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maybePlaceholder } from '../../../../shared/core/rules/placeholder-hint.ts';

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
