import type { FixEdit } from '../../base/finding.ts';
import { citedKyHieuReports } from '../../formal/cited-ky-hieu.ts';
import { rangeIn } from '../../formal/header-line.ts';
import { headerOf } from '../../formal/locate-header.ts';
import { soKyHieuWritingFaults } from '../../formal/so-ky-hieu-faults.ts';
import { soLineRegimeReports } from '../../formal/so-line-regime.ts';
import { typeCodeReports } from '../../formal/type-code-reports.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.3)';

/** Số, ký hiệu: "Số:", a number, "/", the type code (none for a công văn), "-" between groups, no spaces. */
const rule: Rule = {
  id: 'so-ky-hieu',
  description:
    'Số, ký hiệu viết liền không cách quanh “/” và “-”, số dưới 10 có số 0 đứng trước, chữ viết tắt tên loại đúng loại văn bản (công văn không ghi tên loại).',
  defaultSeverity: 'error',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.3; Phụ lục III, mục I',
  check({ analysis, outline, match }, report) {
    const h = headerOf(analysis);
    const so = h.so;
    // Documents cited in the text follow the same writing rule; a slip there is a warning.
    for (const r of citedKyHieuReports(analysis, so?.block ?? -1, CITE)) report(r);
    // No Số line at all, or a Party document's (its own form): said there, NĐ 30's checks skipped.
    const regime = soLineRegimeReports(analysis, CITE);
    if (regime || !so) {
      for (const r of regime ?? []) report(r);
      return;
    }
    const s = so.parsed;
    const at = (start: number, end: number) => rangeIn(analysis, so.block, start, end);
    const whole = at(s.start, s.end);
    const { faults, edits: textEdits } = soKyHieuWritingFaults(s);
    const edits: FixEdit[] = textEdits.map((e) => ({
      kind: 'replace',
      block: so.block,
      range: at(e.start, e.end),
      text: e.text,
    }));
    if (edits.length > 0) {
      const kyHieu = so.text.slice(s.start - so.start, s.end - so.start);
      report({
        block: so.block,
        range: whole,
        message: `Số, ký hiệu “${kyHieu}” viết chưa đúng: ${faults.join('; ')} ${CITE}.`,
        fix: { label: 'Sửa cách viết số, ký hiệu', edits },
      });
    }
    for (const r of typeCodeReports(analysis, h, outline, match, CITE)) report(r);
  },
};
export default rule;
