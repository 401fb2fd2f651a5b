import { dateKey } from './numeric-dates.ts';
import { isCalendarDate } from './parse-date-line.ts';

/**
 * A time limit a directive sets: "Thời gian hoàn thành: Trước ngày 15/11/2025", "gửi về … chậm nhất
 * ngày 05 tháng 12 năm 2025", "tổ chức xong trong tháng 01/2021", "(đầu tháng 2/2020)". `key` is the
 * last day it allows, as dateKey; a month alone allows its last day.
 */
export interface Deadline {
  start: number;
  end: number;
  key: number;
  /** The time as written ("15/11/2025", "tháng 2/2020"). */
  text: string;
}

/** The cheap test a paragraph passes before it is read: a deadline word near a year. */
export const MAY_HOLD_DEADLINE =
  /(?:[Tt]rước|TRƯỚC|[Cc]hậm nhất|[Hh]ạn (?:chót|cuối)|(?:xong|hoàn thành) trong|[Tt]hời (?:gian|hạn) hoàn thành|(?:đầu|giữa|cuối) tháng)[^\n]{0,60}\d{4}/;

/** A time: a date in digits, a date in words, or a month of a year. */
const TIME =
  '(?:(?:ngày\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/-]|\\.\\d)|ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})|tháng\\s+(\\d{1,2})(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4}))';

/**
 * Where a time is a limit: after "trước", "chậm nhất (là/vào)", "hạn chót/hạn cuối (là)", "xong/hoàn
 * thành trong"; after the label "Thời gian/Thời hạn hoàn thành:"; or alone in brackets with "đầu/
 * giữa/cuối tháng" (the timetable of a plan). "Từ …" (a start) and a time after "đến" are not limits.
 */
const DEADLINE = new RegExp(
  [
    `(?<![\\p{L}])(?:[Tt]rước|[Cc]hậm nhất(?:\\s+(?:là|vào))?|[Hh]ạn (?:chót|cuối)(?:\\s+là)?|(?:xong|hoàn thành) trong)\\s+(?:ngày\\s+)?${TIME}`,
    `[Tt]hời (?:gian|hạn) hoàn thành\\s*:\\s*(?:[Tt]rong\\s+)?${TIME}`,
    `\\(\\s*(?:đầu|giữa|cuối|trong)\\s+${TIME}\\s*\\)`,
  ].join('|'),
  'gu',
);

/** The last day a month allows. */
function lastDay(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "đã", "được" in the clause before a time: a fact told ("đã được cấp trước ngày 01/7/2004"), not a limit set. */
const TOLD = /(?<!\p{L})(?:đã|được|trước đây)(?!\p{L})/u;

/** Every time limit written in `text`, in order. */
export function deadlinesIn(text: string): Deadline[] {
  if (!MAY_HOLD_DEADLINE.test(text)) return [];
  const out: Deadline[] = [];
  for (const m of text.matchAll(DEADLINE)) {
    const clauseStart =
      Math.max(...['.', ';', ':', '!', '?'].map((c) => text.lastIndexOf(c, m.index - 1))) + 1;
    if (TOLD.test(text.slice(clauseStart, m.index))) continue;
    // Three alternatives, each with the same eight groups of TIME.
    const groups = m.slice(1);
    for (let alt = 0; alt < 3; alt++) {
      const g = groups.slice(alt * 8, alt * 8 + 8).map((x) => (x === undefined ? null : Number(x)));
      const [d1, m1, y1, d2, m2, y2, m3, y3] = g;
      let key: number | null = null;
      if (d1 != null && m1 != null && y1 != null && isCalendarDate(d1, m1, y1)) key = dateKey(y1, m1, d1);
      else if (d2 != null && m2 != null && y2 != null && isCalendarDate(d2, m2, y2))
        key = dateKey(y2, m2, d2);
      else if (m3 != null && y3 != null && m3 >= 1 && m3 <= 12) key = dateKey(y3, m3, lastDay(m3, y3));
      if (key === null) continue;
      const all = m[0];
      const timeAt = all.search(/\d/u);
      const from =
        all.lastIndexOf('tháng', timeAt) >= 0 && all.slice(0, timeAt).includes('tháng')
          ? all.lastIndexOf('tháng', timeAt)
          : timeAt;
      const end = m.index + all.replace(/\s*\)$/u, '').length;
      out.push({ start: m.index + from, end, key, text: text.slice(m.index + from, end) });
      break;
    }
  }
  return out;
}

/** "số 56/KH-TLĐ ngày 23/7/2020", "Nghị quyết số 57-NQ/TW, ngày 22/12/2024": a cited document and its date. */
const CITED_DATE =
  /\d{1,5}[a-zđ]?[/-][\p{L}\d]+(?:[/-][\p{L}\d&]+)*\s*,?\s+ngày\s+(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/gu;

/**
 * The latest date of a document cited by its number in `text` (as dateKey), or 0: the text citing
 * it cannot be older.
 */
export function latestCitedDate(text: string): number {
  if (!text.includes('ngày')) return 0;
  let latest = 0;
  for (const m of text.matchAll(CITED_DATE)) {
    const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const day = Number(d);
    const month = Number(mo);
    const year = Number(y);
    if (isCalendarDate(day, month, year)) latest = Math.max(latest, dateKey(year, month, day));
  }
  return latest;
}
