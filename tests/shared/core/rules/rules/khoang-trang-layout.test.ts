import { afterEach, describe, expect, it, vi } from 'vitest';
import { docFromText } from '../../../../../shared/core/document/from-text.ts';
import rule from '../../../../../shared/core/rules/rules/khoang-trang.ts';
import { runRule } from '../../../../helpers/rule-tester.ts';

/**
 * Whether a paragraph is laid out (TABs, runs of 5 spaces) is asked once a paragraph: asked once a
 * double space, a long line of many double spaces was quadratic (a 64 KB line took 4 s). Counting
 * the tests is deterministic, unlike a stopwatch.
 */
describe('khoang-trang on a line with many double spaces', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('tests the layout of each paragraph once, however many double spaces it holds', () => {
    const line = 'Công  đoàn  cơ  sở '.repeat(500);
    const original = RegExp.prototype.test;
    let layoutTests = 0;
    vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
      if (this.source === '\\t| {5}') layoutTests++;
      return original.call(this, s);
    });
    const findings = runRule(rule, docFromText(`${line}\n${line}`));
    vi.restoreAllMocks();
    expect(findings.length).toBeGreaterThanOrEqual(2000);
    expect(layoutTests).toBeGreaterThanOrEqual(1);
    expect(layoutTests).toBeLessThanOrEqual(2);
  });
});
