import { describe, expect, it } from 'vitest';
import { schemeName, skippedLevel } from '../../../../shared/core/headings/level-skips.ts';

describe('skippedLevel (the NĐ 30 chain I. → 1. → a))', () => {
  it.each([
    ['roman', 'arabic', null],
    ['roman', 'letter-paren', 'arabic'],
    ['roman', 'decimal2', 'arabic'],
    ['arabic', 'letter-paren', null],
    ['arabic', 'letter-dot', null],
    ['roman', 'none', null],
    ['upper-letter', 'letter-paren', null],
    [undefined, 'letter-paren', null],
  ] as const)('under %s, a %s heading skips %s', (parent, scheme, skipped) => {
    expect(skippedLevel(parent, scheme)).toBe(skipped);
  });
});

describe('schemeName', () => {
  it.each([
    ['roman', 'I.'],
    ['letter-paren', 'a)'],
    ['decimal3', '1.1.1.'],
    ['dieu', 'dieu'],
    ['dash', 'dash'],
  ] as const)('%s is shown as %s', (scheme, name) => {
    expect(schemeName(scheme)).toBe(name);
  });
});
