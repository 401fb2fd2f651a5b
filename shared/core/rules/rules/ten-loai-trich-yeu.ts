import { formalTypeOf, typeOfKyHieu } from '../../formal/document-type.ts';
import { rangeIn } from '../../formal/header-line.ts';
import { headerOf } from '../../formal/locate-header.ts';
import { quotedSubjectReport } from '../../formal/quoted-subject-report.ts';
import { lowerCaseTitle } from '../../formal/title-line.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.5)';

/** A document with a tên loại shows it in capitals with a trích yếu below; a công văn shows "V/v …". */
const rule: Rule = {
  id: 'ten-loai-trich-yeu',
  description:
    'Văn bản có tên loại ghi tên loại in hoa trên một dòng và trích yếu ở dòng dưới; công văn ghi trích yếu “V/v …” dưới số, ký hiệu.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.5',
  check({ analysis, outline, match }, report) {
    const h = headerOf(analysis);
    const type = formalTypeOf(h, outline, match);
    const coded = typeOfKyHieu(h);
    const expected = type ? type.type : h.vv ? null : (coded ?? null);
    const lower = lowerCaseTitle(analysis, h);
    const first = h.subject[0];
    const at = h.so?.block ?? 0;
    const say = (block: number, message: string, whole = true) =>
      report({
        block,
        ...(whole ? {} : { range: [0, 0] as [number, number] }),
        message: `${message} ${CITE}.`,
      });
    if (lower) {
      const range = rangeIn(analysis, lower.line.block, lower.line.start, lower.line.end);
      const text = lower.type.title;
      report({
        block: lower.line.block,
        range,
        message: `Tên loại “${lower.line.text}” viết in hoa: “${text}” ${CITE}.`,
        fix: {
          label: `Viết in hoa “${text}”`,
          edits: [{ kind: 'replace', block: lower.line.block, range, text }],
        },
      });
    } else if (h.title && h.subject.length === 0) {
      say(
        h.title.block,
        `Thiếu trích yếu dưới tên loại “${h.title.text}”: ghi ngắn gọn nội dung chính ở dòng ngay dưới`,
      );
    } else if (h.title && h.vv && first) {
      say(
        first.block,
        `Văn bản có tên loại “${h.title.text}” không dùng “V/v …”; trích yếu đặt ngay dưới tên loại`,
      );
    } else if (!h.title && h.vv && first && coded && coded.code !== 'CĐ' && type?.source === 'vv') {
      // "Số: 148/HD-…" with "V/v …": the ký hiệu says Hướng dẫn, the layout says công văn.
      say(
        first.block,
        `Ký hiệu “${coded.code}” là ${coded.name} nhưng văn bản trình bày như công văn (“V/v …”, không có tên loại): văn bản ${coded.name.toLowerCase()} ghi tên loại “${coded.title}” in hoa và trích yếu bên dưới; nếu là công văn thì bỏ “${coded.code}” khỏi ký hiệu`,
      );
    } else if (!h.title && h.so && expected) {
      // A part missing from the document: a document-level finding.
      say(-1, `Thiếu tên loại “${expected.title}” và trích yếu ở giữa trang, dưới phần đầu văn bản`, false);
    } else if (!h.title && !h.vv && h.so && (type?.congVan || (!type && !coded))) {
      say(at, 'Công văn thiếu trích yếu “V/v …” ngay dưới số, ký hiệu', false);
    }
    const quoted = quotedSubjectReport(analysis, h, CITE);
    if (quoted) report(quoted);
  },
};
export default rule;
