import { hocViPrefix } from '../../formal/closing-signature.ts';
import { locateClosing } from '../../formal/locate-closing.ts';
import type { Rule } from '../rule.ts';

/**
 * No học hàm, học vị or honorific before the signer's name (NĐ 30/2020, Phụ lục I, mục II.7.c). A
 * warning, not an error: the managing ministry may allow them in education, health and science bodies.
 */
const rule: Rule = {
  id: 'hoc-vi-nguoi-ky',
  description: 'Không ghi học hàm, học vị (TS., ThS., PGS. …) trước họ tên người ký.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.7.c',
  check({ analysis }, report) {
    for (const { signature } of locateClosing(analysis)) {
      for (const line of signature) {
        if (line.role !== 'name') continue;
        const prefix = hocViPrefix(line.text);
        if (!prefix) continue;
        const shown = prefix.trim();
        report({
          block: line.block,
          range: [line.start, line.start + prefix.length],
          message:
            `Không ghi học hàm, học vị “${shown}” trước họ tên người ký (NĐ 30/2020, Phụ lục I, mục II.7.c); ` +
            'chỉ tổ chức giáo dục, y tế, khoa học được cơ quan quản lý ngành cho phép mới ghi.',
          fix: {
            label: `Bỏ “${shown}”`,
            edits: [
              {
                kind: 'replace',
                block: line.block,
                range: [line.start, line.start + prefix.length],
                text: '',
              },
            ],
          },
        });
      }
    }
  },
};
export default rule;
