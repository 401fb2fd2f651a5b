import { spacedDates } from '../../formal/date-slash-spacing.ts';
import { dateDepartures } from '../../formal/date-style-habit.ts';
import { type NumericDate, numericDates } from '../../formal/numeric-dates.ts';
import { MARK, paragraphMarks } from '../../text/paragraph-marks.ts';
import type { Rule } from '../rule.ts';

const SOURCE =
  'Nguyên tắc nhất quán: một điều viết một cách trong một văn bản; NĐ 30/2020, Phụ lục I, mục II.4';

/**
 * Dates written in digits inside the text ("ngày 25/03/2015") follow one style in a document. A date
 * is reported only where it departs from NĐ 30's way and the document's other dates mostly keep it,
 * so the fix (that date rewritten in the document's own way) can never start a new disagreement. A
 * space beside the "/" of a date ("tháng 6/ 2022") is always reported.
 */
const rule: Rule = {
  id: 'ngay-thang-nhat-quan',
  description:
    'Ngày tháng viết bằng số trong văn bản theo một cách: ngày dưới 10 và tháng 1, 2 thêm số 0, tháng 3–12 không thêm, cách nhau bằng “/” (“05/3/2020”).',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: SOURCE,
  check({ doc, analysis }, report) {
    const found: { block: number; date: NumericDate; text: string }[] = [];
    // Only paragraphs with a "/" (spaced dates) or a year after a separator (dates) are read.
    const marks = paragraphMarks(analysis.blocks, doc.blocks);
    for (let b = 0; b < analysis.blocks.length; b++) {
      const mark = marks[b] ?? 0xff;
      const info = analysis.blocks[b];
      if ((mark & (MARK.SLASH | MARK.DATE)) === 0 || !info || info.kind === 'separator') continue;
      // "tháng 6/ 2022": the numbers of a date and their "/" are written without spaces.
      if (mark & MARK.SLASH)
        for (const d of spacedDates(info.text)) {
          const range: [number, number] = [info.toOriginal(d.start), info.toOriginal(d.end)];
          report({
            block: info.index,
            range,
            message: `Ngày tháng “${info.text.slice(d.start, d.end)}” viết liền với dấu “/”, không có dấu cách: “${d.text}” (${SOURCE}).`,
            fix: {
              label: `Viết “${d.text}”`,
              edits: [{ kind: 'replace', block: info.index, range, text: d.text }],
            },
          });
        }
      if (mark & MARK.DATE)
        for (const date of numericDates(info.text))
          found.push({ block: info.index, date, text: info.text.slice(date.start, date.end) });
    }
    const departures = dateDepartures(found.map((f) => f.date));
    for (const [k, { block, date, text }] of found.entries()) {
      const departure = departures[k];
      if (!departure) continue;
      const { says, fixed } = departure;
      const info = analysis.blocks[block];
      if (!info) continue;
      const range: [number, number] = [info.toOriginal(date.start), info.toOriginal(date.end)];
      report({
        block,
        range,
        message: `Ngày “${text}” viết khác các ngày tháng khác trong văn bản: ${says.join('; ')} — viết “${fixed}” (${SOURCE}).`,
        fix: {
          label: `Viết “${fixed}”`,
          edits: [{ kind: 'replace', block, range, text: fixed }],
        },
      });
    }
  },
};

export default rule;
