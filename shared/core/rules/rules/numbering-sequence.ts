import type { BlockInfo } from '../../headings/block-info.ts';
import { gapsExplainedByOutline } from '../../outline/outline-gaps.ts';
import { labelRange } from '../heading-groups.ts';
import { labelFor, lastValue, numberedRuns, renumber } from '../renumber.ts';
import type { Rule } from '../rule.ts';

/**
 * Sibling headings count 1, 2, 3… (I, II…; a, b, c, d, đ…) without gaps, repeats or restarts; the
 * Điều of a part count on across its Chương and Mục (NĐ 30/2020, Phụ lục I, II.6.c).
 */
const rule: Rule = {
  id: 'numbering-sequence',
  description: 'Số thứ tự các mục cùng cấp liên tục: không nhảy cóc, không trùng, không đánh lại từ đầu.',
  defaultSeverity: 'error',
  group: 'cấu trúc',
  source: 'NĐ 30/2020, Phụ lục I, mục II.6.c–đ (số thứ tự các phần, mục)',
  check({ analysis, match }, report) {
    const explained = gapsExplainedByOutline(match);
    for (const numbered of numberedRuns(analysis)) {
      if (numbered.length === 0) continue;
      const first = numbered[0] as BlockInfo;
      if (lastValue(first) > 1 && numbered.length > 1) {
        report({
          block: first.index,
          range: labelRange(first),
          severity: 'warning',
          message: `Mục “${first.text.trim().slice(0, 60)}” là mục đầu tiên của cấp này nhưng mang số ${first.numbering?.label}; nên bắt đầu từ ${labelFor(first, 1)}.`,
        });
      }
      for (let i = 1; i < numbered.length; i++) {
        const previous = numbered[i - 1] as BlockInfo;
        const current = numbered[i] as BlockInfo;
        if (current.numbering?.scheme !== previous.numbering?.scheme) continue; // mixed schemes: heading-level
        const expected = lastValue(previous) + 1;
        const value = lastValue(current);
        if (value === expected) continue;
        // "II → IV" where the đề cương's III is missing: required-section inserts III in its place,
        // and renumbering IV → III here would undo that.
        if (value > expected && explained.has(`${previous.index}>${current.index}`)) continue;
        const problem =
          value === lastValue(previous)
            ? `trùng số với mục trước (${previous.numbering?.label})`
            : value > expected
              ? `nhảy từ ${previous.numbering?.label} sang ${current.numbering?.label}, thiếu số ${labelFor(current, expected)}`
              : `đánh số lại (${current.numbering?.label}) sau mục ${previous.numbering?.label}`;
        const edits = renumber(numbered.slice(i), expected);
        report({
          block: current.index,
          range: labelRange(current),
          message: `Số mục ${problem}. Đánh lại số từ ${labelFor(current, expected)}.`,
          ...(edits.length > 0 ? { fix: { label: 'Đánh lại số thứ tự', edits } } : {}),
        });
        break; // one finding per run: its fix renumbers the rest
      }
    }
  },
};
export default rule;
