import type { FixEdit } from '../../base/finding.ts';
import { formalTypeOf } from '../../formal/document-type.ts';
import { type HeaderLine, rangeIn } from '../../formal/header-line.ts';
import { headerOf } from '../../formal/locate-header.ts';
import type { DocAnalysis } from '../../headings/block-info.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.9.a)';
/** A blank left to fill ("Kính gửi: ……"): placeholder-text reports it. */
const BLANK = /^[\s.…_[\]]*$/u;

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
      const type = formalTypeOf(h, outline, match);
      const congVan = type?.congVan === true;
      // A báo cáo or tờ trình sent upward has one too: the outline it follows says so (frame.kinhGui),
      // when the document is of the outline's type.
      const sameType =
        !type || type.source === 'outline' || type.type?.documentType === outline?.documentType;
      const byOutline =
        !!outline?.frame.kinhGui && !!match && !match.isSource && match.part === 0 && sameType;
      if ((congVan || byOutline) && h.so)
        report({
          block: h.so.block,
          range: [0, 0],
          ...(congVan ? {} : { severity: 'warning' as const }),
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
    const lines = [...(k.inline ? [k.inline] : []), ...k.items].filter((l) => !BLANK.test(l.text));
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

/** The edit that makes a recipient line end with `mark` (replacing a wrong final ".", ";" or ","). */
function endEdits(analysis: DocAnalysis, line: HeaderLine, mark: '.' | ';'): FixEdit[] {
  if (line.text.endsWith(mark) && !line.text.endsWith('./.')) return [];
  const wrong = /[.;,:]$/u.test(line.text) ? 1 : 0;
  const range = rangeIn(analysis, line.block, line.end - wrong, line.end);
  return [{ kind: 'replace', block: line.block, range, text: mark }];
}
