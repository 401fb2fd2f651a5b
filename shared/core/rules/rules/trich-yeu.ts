import { rangeIn } from '../../formal/header-line.ts';
import { headerOf } from '../../formal/locate-header.ts';
import { capitalSubjects } from '../../formal/trich-yeu.ts';
import { isAllCaps } from '../../headings/classify.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.5.b)';
/** One full stop at the end, not an ellipsis left for the writer ("…", "...."). */
const FULL_STOP = /(?<![.…])\.$/u;

/** The trích yếu is in lower case (bold), never all in capitals, and does not end with a full stop. */
const rule: Rule = {
  id: 'trich-yeu',
  description:
    'Trích yếu dưới tên loại (cả của văn bản ban hành kèm theo) viết chữ thường, không viết in hoa toàn bộ, không kết thúc bằng dấu chấm.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.5.b',
  check({ analysis }, report) {
    const h = headerOf(analysis);
    for (const line of capitalSubjects(analysis, h)) {
      const shown = line.text.length > 60 ? `${line.text.slice(0, 57)}…` : line.text;
      report({
        block: line.block,
        range: rangeIn(analysis, line.block, line.start, line.end),
        // No fix: which words keep their capital (names of places, bodies, laws) is not certain.
        message: `Trích yếu “${shown}” viết in hoa toàn bộ; trích yếu viết chữ thường (chữ đứng, đậm), chỉ viết hoa chữ cái đầu và tên riêng ${CITE}.`,
      });
    }
    const last = h.subject[h.subject.length - 1];
    if (!last || !FULL_STOP.test(last.text)) return;
    // A short body sentence may be read as a further trích yếu line: trust a "." only on the first
    // line, a "V/v", or a trích yếu in capitals (whose lines the body does not continue).
    if (h.subject.length > 1 && !h.vv && !isAllCaps(last.text)) return;
    const range = rangeIn(analysis, last.block, last.end - 1, last.end);
    report({
      block: last.block,
      range,
      message: `Trích yếu không kết thúc bằng dấu chấm: bỏ dấu “.” cuối dòng ${CITE}.`,
      fix: {
        label: 'Bỏ dấu chấm cuối trích yếu',
        edits: [{ kind: 'replace', block: last.block, range, text: '' }],
      },
    });
  },
};
export default rule;
