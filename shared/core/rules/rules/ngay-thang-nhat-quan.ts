import { spacedDates } from '../../formal/date-slash-spacing.ts';
import { type NumericDate, numericDates } from '../../formal/numeric-dates.ts';
import { paddedDay, paddedMonth } from '../../formal/parse-date-line.ts';
import type { Rule } from '../rule.ts';

const SOURCE =
  'Nguyên tắc nhất quán: một điều viết một cách trong một văn bản; NĐ 30/2020, Phụ lục I, mục II.4';

/**
 * One way of writing a date in digits, and the way NĐ 30/2020 (Phụ lục I, mục II.4) writes it: a day
 * below 10 and months 1, 2 with a 0, months 3 to 12 without, "/" between the numbers.
 */
interface Feature {
  /** Whether the date shows this feature at all (a day of 15 says nothing about padding days). */
  applies: (d: NumericDate) => boolean;
  /** Whether it is written as NĐ 30 writes it. */
  conforms: (d: NumericDate) => boolean;
  /** What the message says about the form NĐ 30 and the rest of the document use. */
  says: (d: NumericDate) => string;
}

const FEATURES: readonly Feature[] = [
  {
    applies: (d) => d.day < 10,
    conforms: (d) => d.dayText.length === 2,
    says: (d) => `ngày dưới 10 thêm số 0 (“${paddedDay(d.day)}”)`,
  },
  {
    applies: (d) => d.month <= 2,
    conforms: (d) => d.monthText.length === 2,
    says: (d) => `tháng 1, 2 thêm số 0 (“${paddedMonth(d.month)}”)`,
  },
  {
    applies: (d) => d.month >= 3 && d.month <= 9,
    conforms: (d) => d.monthText.length === 1,
    says: (d) => `tháng 3 trở đi không thêm số 0 (“${d.month}”, không phải “${d.monthText}”)`,
  },
  {
    applies: () => true,
    conforms: (d) => d.sep === '/',
    says: () => 'các số cách nhau bằng dấu “/”',
  },
];

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
  check({ analysis }, report) {
    const found: { block: number; date: NumericDate; text: string }[] = [];
    for (const info of analysis.blocks) {
      if (info.kind === 'separator') continue;
      // "tháng 6/ 2022": the numbers of a date and their "/" are written without spaces.
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
      for (const date of numericDates(info.text))
        found.push({ block: info.index, date, text: info.text.slice(date.start, date.end) });
    }
    if (found.length < 3) return;
    // A feature is the document's habit when the dates it applies to mostly conform.
    const habit = FEATURES.map((f) => {
      let yes = 0;
      let no = 0;
      for (const { date } of found) if (f.applies(date)) f.conforms(date) ? yes++ : no++;
      return yes > no && no > 0;
    });
    for (const { block, date, text } of found) {
      const off = FEATURES.filter((f, i) => habit[i] && f.applies(date) && !f.conforms(date));
      if (off.length === 0) continue;
      const day = off.includes(FEATURES[0] as Feature) ? paddedDay(date.day) : date.dayText;
      const month = off.some((f) => f === FEATURES[1] || f === FEATURES[2])
        ? paddedMonth(date.month)
        : date.monthText;
      const sep = off.includes(FEATURES[3] as Feature) ? '/' : date.sep;
      const fixed = `${day}${sep}${month}${sep}${date.year}`;
      const info = analysis.blocks[block];
      if (!info) continue;
      const range: [number, number] = [info.toOriginal(date.start), info.toOriginal(date.end)];
      report({
        block,
        range,
        message: `Ngày “${text}” viết khác các ngày tháng khác trong văn bản: ${off.map((f) => f.says(date)).join('; ')} — viết “${fixed}” (${SOURCE}).`,
        fix: {
          label: `Viết “${fixed}”`,
          edits: [{ kind: 'replace', block, range, text: fixed }],
        },
      });
    }
  },
};

export default rule;
