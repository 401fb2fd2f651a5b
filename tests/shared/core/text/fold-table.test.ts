import { describe, expect, it } from 'vitest';
import { fold, foldSlow } from '../../../../shared/core/text/fold.ts';

describe('the fold table (built from all units at once, for a fast start)', () => {
  it('folds every unit below U+2100 as foldSlow does alone (whitespace as one space)', () => {
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      // fold() of a lone unit reads the table; whitespace alone trims to nothing either way.
      const want = foldSlow(`a${ch}b`);
      const got = fold(`a${ch}b`);
      if (got !== want) expect(`U+${c.toString(16)}: ${got}`).toBe(want);
    }
  });
});
