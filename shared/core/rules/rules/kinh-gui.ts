import { rangeIn } from '../../formal/header-line.ts';
import { endEdits, kinhGuiExpected, recipientLines } from '../../formal/kinh-gui-lines.ts';
import { headerOf } from '../../formal/locate-header.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.9.a)';

/** Kính gửi: one recipient on the line ("Kính gửi: Bộ Nội vụ"), several as "- X;" lines, the last ending ".". */
const rule: Rule = {
  id: 'kinh-gui',
  description:
    'Kính gửi: một nơi nhận ghi cùng dòng; nhiều nơi nhận mỗi nơi một dòng “- …;”, nơi cuối cùng kết thúc bằng dấu chấm.',
  defaultSeverity: 'error',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.9.a',
  check({ analysis, outline, match }, report) {
    const h = headerOf(analysis);
    const k = h.kinhGui;
    if (!k) {
      // A báo cáo or tờ trình sent upward has one too when its outline says so: a warning.
      const expected = kinhGuiExpected(h, outline, match);
      if (expected && h.so)
        report({
          block: h.so.block,
          range: [0, 0],
          ...(expected === 'cong-van' ? {} : { severity: 'warning' as const }),
          message: `Thiếu phần “Kính gửi:” ghi cơ quan, đơn vị nhận văn bản ${CITE}.`,
        });
      return;
    }
    if (!k.label.text.endsWith(':')) {
      const range = rangeIn(analysis, k.label.block, k.label.end, k.label.end);
      report({
        block: k.label.block,
        range: rangeIn(analysis, k.label.block, k.label.start, k.label.end),
        message: `Sau “Kính gửi” có dấu hai chấm ${CITE}.`,
        fix: {
          label: 'Thêm dấu hai chấm',
          edits: [{ kind: 'replace', block: k.label.block, range, text: ':' }],
        },
      });
    }
    const lines = recipientLines(k);
    const several = lines.length > 1;
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      // One recipient stands on the Kính gửi line as NĐ 30's own example writes it ("Kính gửi: Bộ
      // Nội vụ"), with or without a full stop; only a list mark (";", ",") left at its end is wrong. A
      // colon announces the rest of the recipient on the lines below ("… các tỉnh:" then the names).
      if (!several) {
        if (!/[;,]$/u.test(line.text)) return;
        const range = rangeIn(analysis, line.block, line.end - 1, line.end);
        report({
          block: line.block,
          range: rangeIn(analysis, line.block, line.start, line.end),
          message: `Kính gửi một cơ quan, đơn vị thì ghi cùng dòng, không kết thúc bằng dấu “${line.text.slice(-1)}” ${CITE}.`,
          fix: { label: 'Bỏ dấu thừa', edits: [{ kind: 'replace', block: line.block, range, text: '' }] },
        });
        return;
      }
      const edits = endEdits(analysis, line, last ? '.' : ';');
      if (several && !/^[-–]/u.test(line.text))
        edits.push({
          kind: 'replace',
          block: line.block,
          range: rangeIn(analysis, line.block, line.start, line.start),
          text: '- ',
        });
      if (edits.length === 0) return;
      report({
        block: line.block,
        range: rangeIn(analysis, line.block, line.start, line.end),
        message: `Kính gửi nhiều cơ quan, đơn vị thì mỗi nơi một dòng, bắt đầu bằng “-”, kết thúc bằng dấu chấm phẩy; nơi cuối cùng kết thúc bằng dấu chấm ${CITE}.`,
        fix: { label: last ? 'Kết thúc bằng dấu chấm' : 'Sửa dấu đầu dòng và dấu chấm phẩy', edits },
      });
    });
  },
};
export default rule;
