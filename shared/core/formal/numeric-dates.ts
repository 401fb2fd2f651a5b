import { isCalendarDate } from './parse-date-line.ts';

/** A date written in digits inside a sentence: "23/6/2014", "08.6.2022", "25-03-2015". */
export interface NumericDate {
  /** Where the day starts and the year ends, in the text scanned. */
  start: number;
  end: number;
  day: number;
  month: number;
  year: number;
  /** The day and month as written ("08", "6"). */
  dayText: string;
  monthText: string;
  /** The separator: "/", "." or "-". */
  sep: string;
}

/**
 * A day, a month and a four-digit year joined by one separator used twice, not inside a longer run
 * of digits and separators ("1.8-2.0", "30/2020/NĐ-CP", "12/3/2020/QĐ" are no dates of this kind).
 */
const DATE = /(?<![\p{L}\p{N}/.\-–])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}/\-–]|\.\d)/gu;
/**
 * The cheap test a paragraph passes before it is scanned; separator first, so irregexp skips to the
 * few "/", ".", "-" of a paragraph rather than trying at every digit.
 */
export const MAY_HOLD_NUMERIC_DATE = /[/.-]\d\d?[/.-]\d{4}/;

/** Every real calendar date written in digits in `text`, in order. */
export function numericDates(text: string): NumericDate[] {
  if (!MAY_HOLD_NUMERIC_DATE.test(text)) return [];
  const out: NumericDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const [all, dayText = '', sep = '', monthText = '', yearText = ''] = m;
    const day = Number(dayText);
    const month = Number(monthText);
    const year = Number(yearText);
    if (!isCalendarDate(day, month, year)) continue;
    out.push({ start: m.index, end: m.index + all.length, day, month, year, dayText, monthText, sep });
  }
  return out;
}

/** A date as one comparable number: 2025-11-21 → 20251121. */
export function dateKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}
