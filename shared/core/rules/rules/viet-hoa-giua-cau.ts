import { caseReport } from '../../style/case-report.ts';
import { proseBlockAt, proseIndex } from '../../style/case-scan.ts';
import { midCapitalsAt } from '../../style/mid-sentence-caps.ts';
import type { Rule } from '../rule.ts';

/**
 * Capitals only open a sentence or a name (NĐ 30/2020, Phụ lục II, mục I): a common word capitalised
 * after ";" or ",", after "các", "Năm" after a number or "Bà"/"Ông" mid-sentence is lower-cased.
 */
const rule: Rule = {
  id: 'viet-hoa-giua-cau',
  description: 'Không viết hoa danh từ chung, động từ ở giữa câu (sau dấu chấm phẩy, dấu phẩy, sau số).',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'NĐ 30/2020, Phụ lục II, mục I (viết hoa vì phép đặt câu)',
  check({ analysis, doc }, report) {
    // Indexed loops: a for-of makes an iterator and a result object a step in code V8 has not optimised.
    // Only a paragraph with a finding gets a ProseBlock (for the report).
    const prose = proseIndex(analysis);
    for (let k = 0; k < prose.count; k++) {
      const found = midCapitalsAt(prose, k);
      if (found.length === 0) continue;
      const block = proseBlockAt(prose, k);
      for (let n = 0; n < found.length; n++) {
        const c = found[n] as (typeof found)[number];
        const expected = c.written.charAt(0).toLowerCase() + c.written.slice(1);
        report(
          caseReport(
            doc,
            block,
            c.start,
            c.end,
            expected,
            `“${c.written}” ở giữa câu nên viết thường (“${expected}”): ${c.why} (NĐ 30/2020, Phụ lục II, mục I).`,
          ),
        );
      }
    }
  },
};
export default rule;
