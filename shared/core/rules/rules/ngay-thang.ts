import type { FixEdit } from '../../base/finding.ts';
import { dateLineEdits, isImpossibleDate } from '../../formal/date-line-edits.ts';
import { completeness } from '../../formal/fragment.ts';
import { rangeIn } from '../../formal/header-line.ts';
import { headerOf } from '../../formal/locate-header.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.4)';

/** Địa danh and date: "<Địa danh>, ngày DD tháng M năm YYYY", padded as NĐ 30 says, a real date. */
const rule: Rule = {
  id: 'ngay-thang',
  description:
    'Địa danh và ngày tháng viết “Địa danh, ngày 05 tháng 6 năm 2020”: ngày dưới 10 và tháng 1, 2 thêm số 0, ngày có thật.',
  defaultSeverity: 'error',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.4',
  check({ analysis }, report) {
    const header = headerOf(analysis);
    const line = header.date;
    if (!line) {
      // Only a document with a header to miss it from (not a fragment): a document-level finding.
      if (completeness(analysis) !== 'no-header')
        report({
          block: -1,
          severity: 'warning',
          message: `Thiếu dòng địa danh và ngày tháng ban hành (ví dụ “Cao Bằng, ngày 05 tháng 6 năm 2020”) ${CITE}.`,
        });
      return;
    }
    const d = line.parsed;
    const at = (start: number, end: number) => rangeIn(analysis, line.block, start, end);
    const whole = at(d.start, d.end);
    const written = line.text.slice(d.start - line.start, d.end - line.start);
    if (isImpossibleDate(d)) {
      report({
        block: line.block,
        range: whole,
        message: `Ngày tháng “${written}” không có thật; kiểm tra lại ngày, tháng, năm ban hành ${CITE}.`,
      });
      return;
    }
    const edits: FixEdit[] = dateLineEdits(d).map((e) => ({
      kind: 'replace',
      block: line.block,
      range: at(e.start, e.end),
      text: e.text,
    }));
    if (edits.length > 0) {
      report({
        block: line.block,
        range: whole,
        message: `Ngày tháng “${written}” viết chưa đúng: có dấu phẩy sau địa danh, viết “ngày … tháng … năm …”, ngày dưới 10 và tháng 1, 2 thêm số 0 (ngày 05 tháng 01), các tháng khác không thêm (tháng 6) ${CITE}.`,
        fix: { label: 'Sửa cách viết ngày tháng', edits },
      });
    }
    if (d.place && /^\p{Ll}/u.test(d.place.text))
      report({
        block: line.block,
        range: at(d.place.start, d.place.end),
        message: `Địa danh “${d.place.text}” viết hoa chữ cái đầu (ví dụ “Hà Nội”, “Thành phố Hồ Chí Minh”) ${CITE}.`,
      });
    if (!d.place)
      report({
        block: line.block,
        range: whole,
        severity: 'warning',
        message: `Thiếu địa danh trước ngày tháng, ví dụ “Cao Bằng, ngày …” ${CITE}.`,
      });
  },
};
export default rule;
