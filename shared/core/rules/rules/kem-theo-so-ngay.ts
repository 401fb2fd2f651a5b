import type { FixEdit } from '../../base/finding.ts';
import { headerOf } from '../../formal/locate-header.ts';
import { paddedDay, paddedMonth } from '../../formal/parse-date-line.ts';
import { ATTACHMENT_LINE, mayBeAttachmentLine, selfCitation } from '../../formal/self-citation.ts';
import { selfCitationFaults } from '../../formal/self-citation-faults.ts';
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
      if (info.index <= (header.so?.block ?? -1) || !mayBeAttachmentLine(info.text)) continue;
      if (!ATTACHMENT_LINE.test(info.text)) continue;
      const cited = selfCitation(info.text);
      if (!cited || cited.kyHieu !== kyHieu) continue;
      const { problems, edits: textEdits } = selfCitationFaults(info.text, cited, own, ownDate);
      const edits: FixEdit[] = textEdits.map((e) => ({
        kind: 'replace',
        block: info.index,
        range: [info.toOriginal(e.start), info.toOriginal(e.end)],
        text: e.text,
      }));
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
