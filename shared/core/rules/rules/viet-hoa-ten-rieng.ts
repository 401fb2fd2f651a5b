import { caseReport } from '../../style/case-report.ts';
import { proseBlocks } from '../../style/case-scan.ts';
import { properNameFaults } from '../../style/proper-name-faults.ts';
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
    for (const block of proseBlocks(analysis)) {
      for (const f of properNameFaults(block, block.info.kind === 'closing')) {
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
