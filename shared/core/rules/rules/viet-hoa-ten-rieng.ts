import { caseReport } from '../../style/case-report.ts';
import { proseBlockAt, proseIndex } from '../../style/case-scan.ts';
import { nameFaultsAt } from '../../style/proper-name-faults.ts';
import type { Rule } from '../rule.ts';

/**
 * Names whose capitals NĐ 30/2020, Phụ lục II settles — bodies ("Ban Chấp hành", "Mặt trận Tổ quốc
 * Việt Nam"), titles ("Thủ tướng Chính phủ"), "Đảng", holidays, continents and regions, laws ("Luật
 * Công đoàn"), cited documents and articles ("Quyết định số …", "Điều 5") — written with other capitals.
 */
const rule: Rule = {
  id: 'viet-hoa-ten-rieng',
  description:
    'Tên cơ quan, chức danh, văn bản, ngày lễ, địa danh viết hoa đúng theo Phụ lục II Nghị định 30/2020.',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'NĐ 30/2020, Phụ lục II (viết hoa tên riêng, tên cơ quan, tổ chức, chức danh, văn bản)',
  check({ analysis, doc }, report) {
    // Indexed loops: a for-of makes an iterator and a result object a step in code V8 has not optimised.
    // Only a paragraph with a finding gets a ProseBlock (for the report).
    const prose = proseIndex(analysis);
    for (let k = 0; k < prose.count; k++) {
      const found = nameFaultsAt(prose, k);
      if (found.length === 0) continue;
      const block = proseBlockAt(prose, k);
      for (let n = 0; n < found.length; n++) {
        const f = found[n] as (typeof found)[number];
        report(
          caseReport(
            doc,
            block,
            f.start,
            f.end,
            f.expected,
            `“${f.written}” viết hoa chưa đúng, nên viết “${f.expected}” (NĐ 30/2020, Phụ lục II).`,
          ),
        );
      }
    }
  },
};
export default rule;
