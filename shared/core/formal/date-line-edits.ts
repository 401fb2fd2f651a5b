import {
  type DateLine,
  type DatePart,
  formatDate,
  isCalendarDate,
  paddedDay,
  paddedMonth,
} from './parse-date-line.ts';
import type { TextEdit } from './so-ky-hieu-faults.ts';

/** Years a document of today's administration can carry; anything else is a typo. */
const FIRST_YEAR = 1945;
const LAST_YEAR = 2099;

/** Whether a date line names a day that does not exist or a year no document of today can carry. */
export function isImpossibleDate({ day, month, year }: DateLine): boolean {
  if (day.value === null || month.value === null || year.value === null) return false;
  return (
    !isCalendarDate(day.value, month.value, year.value) || year.value < FIRST_YEAR || year.value > LAST_YEAR
  );
}

/**
 * The edits (in the line's analysed text) that write a date line as NĐ 30/2020 does (Phụ lục I, mục
 * II.4): "ngày … tháng … năm …" for a date in digits, a day below 10 and months 1, 2 with a 0, a comma
 * after the place name.
 */
export function dateLineEdits(d: DateLine): TextEdit[] {
  const { day, month, year } = d;
  const edits: TextEdit[] = [];
  const pad = (part: DatePart, format: (n: number) => string) => {
    if (part.value !== null && part.text !== format(part.value))
      edits.push({ start: part.start, end: part.end, text: format(part.value) });
  };
  if (d.numeric && day.value !== null && month.value !== null && year.value !== null) {
    edits.push({ start: d.dateStart, end: year.end, text: formatDate(day.value, month.value, year.value) });
  } else {
    pad(day, paddedDay);
    pad(month, paddedMonth);
  }
  if (d.place && !d.comma) edits.push({ start: d.place.end, end: d.place.end, text: ',' });
  return edits;
}
