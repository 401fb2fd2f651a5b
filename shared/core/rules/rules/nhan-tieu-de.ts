import type { BlockInfo } from '../../headings/block-info.ts';
import {
  decimalDotFaults,
  headingFaults,
  type LabelFault,
  malformedLabel,
  mayBeLabelFault,
} from '../../headings/heading-labels.ts';
import { gluedListMark } from '../../headings/list-mark-spacing.ts';
import type { Report, Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.6.c–đ)';

/**
 * Heading labels as NĐ 30/2020 writes them: "I." and one space before a title in capitals, no "."
 * or ":" closing a Roman or letter heading, no bullet before a heading, one heading a paragraph, and
 * sub-numbers written one way ("1.1." or "1.1") in the whole document; a list mark and one space
 * before its item ("+ Tổng số", not "+Tổng số").
 */
const rule: Rule = {
  id: 'nhan-tieu-de',
  description:
    'Số đề mục viết đúng (“I. ” rồi tên mục in hoa), tiêu đề không kết thúc bằng dấu chấm, không gạch đầu dòng trước tiêu đề, mỗi tiêu đề một đoạn.',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  source: 'NĐ 30/2020, Phụ lục I, mục II.6.c–đ',
  check({ analysis }, report) {
    const put = (info: BlockInfo, f: LabelFault) => report(toReport(info, f));
    for (const info of analysis.blocks) {
      // A malformed heading label hides in a body paragraph or list item: not the header, title or closing.
      if (info.kind !== 'body' && info.kind !== 'list-item') continue;
      // gluedListMark reads only a list mark with no space after it ("+Tổng số"): most items have one.
      const n = info.numbering;
      const glued = n && n.titleStart === n.range[1] ? gluedListMark(info) : null;
      if (glued) put(info, glued);
      if (!mayBeLabelFault(info)) continue;
      const f = malformedLabel(info);
      if (f) put(info, f);
    }
    const headings = analysis.parts.flatMap((p) => p.headings.flatMap((i) => analysis.blocks[i] ?? []));
    for (const info of headings) for (const f of headingFaults(info)) put(info, f);
    for (const { info, fault } of decimalDotFaults(headings)) put(info, fault);
  },
};
export default rule;

function toReport(info: BlockInfo, f: LabelFault): Report {
  const range: [number, number] = [info.toOriginal(f.start), info.toOriginal(f.end)];
  const r: Report = { block: info.index, range, message: `${f.message} ${CITE}.` };
  if (f.text !== undefined)
    r.fix = {
      label: f.text === '' ? 'Xóa' : `Sửa thành “${f.text.slice(0, 40)}”`,
      edits: [{ kind: 'replace', block: info.index, range, text: f.text }],
    };
  return r;
}
