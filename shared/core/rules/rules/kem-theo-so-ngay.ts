import type { FixEdit } from '../../base/finding.ts';
import { headerOf } from '../../formal/locate-header.ts';
import { paddedDay, paddedMonth } from '../../formal/parse-date-line.ts';
import { ATTACHMENT_LINE, selfCitation } from '../../formal/self-citation.ts';
import type { Rule } from '../rule.ts';

const SOURCE =
  'Nguyên tắc nhất quán: số, ký hiệu và ngày của văn bản ghi như nhau ở mọi chỗ; NĐ 30/2020, Phụ lục III (dòng “Kèm theo … số … ngày …” của phụ lục)';

/**
 * A phụ lục or attached plan cites the document it goes with: "(Kèm theo Kế hoạch số 310/KH-UBND
 * ngày 24/11/2025 …)". When that document's own Số and date are filled in, the attachment line says
 * the same: a blank left from the draft ("số: /KH-UBND ngày / /2025") or another number is a slip. The
 * cited document is known to be this one by its ký hiệu; a draft whose own Số is still blank is left
 * alone (the văn thư fills both when it registers the document).
 */
const rule: Rule = {
  id: 'kem-theo-so-ngay',
  description:
    'Dòng “Kèm theo … số … ngày …” của phụ lục ghi đúng số, ngày của chính văn bản, không để trống khi văn bản đã có số.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: SOURCE,
  check({ analysis }, report) {
    const header = headerOf(analysis);
    const so = header.so?.parsed;
    const own = so?.number?.text;
    if (!so || !own) return;
    const kyHieu = so.groups.map((g) => g.text).join('-');
    const d = header.date?.parsed;
    const ownDate =
      d?.day.value && d.month.value && d.year.value
        ? { day: d.day.value, month: d.month.value, year: d.year.value }
        : null;
    for (const info of analysis.blocks) {
      if (info.index <= (header.so?.block ?? -1) || !ATTACHMENT_LINE.test(info.text)) continue;
      const cited = selfCitation(info.text);
      if (!cited || cited.kyHieu !== kyHieu) continue;
      const edits: FixEdit[] = [];
      const problems: string[] = [];
      const at = (start: number, end: number): [number, number] => [
        info.toOriginal(start),
        info.toOriginal(end),
      ];
      if (cited.number === null || Number.parseInt(cited.number, 10) !== Number.parseInt(own, 10)) {
        problems.push(cited.number === null ? 'số còn để trống' : `số “${cited.number}” khác số của văn bản`);
        edits.push({
          kind: 'replace',
          block: info.index,
          range: at(cited.numberAt.start, cited.numberAt.end),
          text:
            cited.number === null && /\S$/u.test(info.text.slice(0, cited.numberAt.start)) ? ` ${own}` : own,
        });
      }
      const date = cited.date;
      if (ownDate && date) {
        const same = date.day === ownDate.day && date.month === ownDate.month && date.year === ownDate.year;
        if (!same) {
          const blank = date.day === null || date.month === null || date.year === null;
          problems.push(
            blank
              ? 'ngày còn để trống'
              : `ngày “${date.span.text.replace(/^ngày\s*/u, '')}” khác ngày của văn bản`,
          );
          const day = paddedDay(ownDate.day);
          const month = paddedMonth(ownDate.month);
          edits.push({
            kind: 'replace',
            block: info.index,
            range: at(date.span.start, date.span.end),
            text: date.words
              ? `ngày ${day} tháng ${month} năm ${ownDate.year}`
              : `ngày ${day}/${month}/${ownDate.year}`,
          });
        }
      }
      if (problems.length === 0) continue;
      const ownText = `${own}/${kyHieu}${ownDate ? ` ngày ${paddedDay(ownDate.day)}/${paddedMonth(ownDate.month)}/${ownDate.year}` : ''}`;
      report({
        block: info.index,
        message: `Dòng “Kèm theo …” dẫn chính văn bản này nhưng ${problems.join(', ')}: ghi “${ownText}” như ở phần đầu văn bản (${SOURCE}).`,
        fix: { label: `Ghi số, ngày “${ownText}”`, edits },
      });
    }
  },
};

export default rule;
