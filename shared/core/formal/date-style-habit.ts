import type { NumericDate } from './numeric-dates.ts';
import { paddedDay, paddedMonth } from './parse-date-line.ts';

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

/** How one date departs from the document's habit: what the message says, and the date rewritten. */
export interface DateDeparture {
  says: string[];
  fixed: string;
}

/**
 * For each date of a document, how it departs from NĐ 30's way where the document's other dates mostly
 * keep that way (a feature is the document's habit when the dates it applies to mostly conform), or
 * null. Fewer than three dates make no habit: all null.
 */
export function dateDepartures(dates: readonly NumericDate[]): (DateDeparture | null)[] {
  if (dates.length < 3) return dates.map(() => null);
  const habit = FEATURES.map((f) => {
    let yes = 0;
    let no = 0;
    for (const date of dates) if (f.applies(date)) f.conforms(date) ? yes++ : no++;
    return yes > no && no > 0;
  });
  return dates.map((date) => {
    const off = FEATURES.filter((f, i) => habit[i] && f.applies(date) && !f.conforms(date));
    if (off.length === 0) return null;
    const day = off.includes(FEATURES[0] as Feature) ? paddedDay(date.day) : date.dayText;
    const month = off.some((f) => f === FEATURES[1] || f === FEATURES[2])
      ? paddedMonth(date.month)
      : date.monthText;
    const sep = off.includes(FEATURES[3] as Feature) ? '/' : date.sep;
    return { says: off.map((f) => f.says(date)), fixed: `${day}${sep}${month}${sep}${date.year}` };
  });
}
