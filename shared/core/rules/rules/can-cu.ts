import type { FixEdit } from '../../base/finding.ts';
import { dashEdit, endEdit, splitEdits } from '../../formal/can-cu-edits.ts';
import { leadsOnFromCanCu } from '../../formal/can-cu-leads-on.ts';
import { citationFaults } from '../../formal/citation-faults.ts';
import { rangeIn } from '../../formal/header-line.ts';
import { isLegalNormative } from '../../formal/legal-normative.ts';
import { headerOf } from '../../formal/locate-header.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.6)';

/** Căn cứ lines: one a line, each ending ";", the last "."; a Luật cited by name and date, not number. */
const rule: Rule = {
  id: 'can-cu',
  description:
    'Căn cứ ban hành mỗi căn cứ một dòng, kết thúc bằng dấu chấm phẩy, căn cứ cuối kết thúc bằng dấu chấm; luật chỉ ghi tên và ngày thông qua, không ghi số.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.6.a',
  check({ analysis }, report) {
    const lines = headerOf(analysis).canCu;
    // A văn bản quy phạm pháp luật cites a Luật with its number, as its own templates do.
    const normative = isLegalNormative(analysis);
    lines.forEach((line, i) => {
      const text = line.text;
      const range = rangeIn(analysis, line.block, line.start, line.end);
      for (const fault of citationFaults(text, !normative)) {
        const at = rangeIn(analysis, line.block, line.start + fault.start, line.start + fault.end);
        const fix = fault.replacement;
        report({
          block: line.block,
          range: at,
          message: fault.message,
          ...(fix === undefined
            ? {}
            : {
                fix: {
                  label: fix === '' ? 'Bỏ số, ký hiệu của luật' : `Sửa thành “${fix}”`,
                  edits: [{ kind: 'replace' as const, block: line.block, range: at, text: fix }],
                },
              }),
        });
      }
      // An opening sentence ("Căn cứ …, Ban Thường vụ … như sau:") is running text, not a căn cứ line.
      if (text.endsWith(':') || /\.\s+\p{Lu}/u.test(text)) return;
      const split = splitEdits(analysis, line);
      if (split) {
        report({
          block: line.block,
          range,
          message: `Mỗi căn cứ viết trên một dòng riêng ${CITE}.`,
          fix: { label: 'Tách mỗi căn cứ một dòng', edits: split },
        });
        return;
      }
      const next = lines[i + 1];
      const last = !next || next.block !== line.block + 1;
      const edits: FixEdit[] = [];
      const dash = dashEdit(analysis, line);
      if (dash) edits.push(dash);
      const mark = last ? '.' : ';';
      // The last "Căn cứ …;" leading into the opening sentence or the promulgating one keeps its ";".
      const leadsOn = last && leadsOnFromCanCu(analysis, line, normative);
      if (!text.endsWith(mark) && !leadsOn) edits.push(endEdit(analysis, line, mark));
      if (edits.length === 0) return;
      report({
        block: line.block,
        range,
        message:
          `${dash ? 'Bỏ gạch đầu dòng “-” trước “Căn cứ” (dòng căn cứ không có gạch đầu dòng); ' : ''}${last ? 'căn cứ cuối cùng kết thúc bằng dấu chấm “.”' : 'mỗi căn cứ một dòng, kết thúc bằng dấu chấm phẩy “;”'} ${CITE}.`.replace(
            /^\p{Ll}/u,
            (c) => c.toUpperCase(),
          ),
        fix: { label: 'Sửa dấu của dòng căn cứ', edits },
      });
    });
  },
};
export default rule;
