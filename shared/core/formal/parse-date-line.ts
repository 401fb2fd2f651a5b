import { partOf, type TextPart } from './text-part.ts';

/** A day, month or year as written; `value` is null when a draft leaves it blank ("….."). */
export interface DatePart extends TextPart {
  value: number | null;
}

/** A parsed "Cao Bằng, ngày 05 tháng 6 năm 2020" (NĐ 30/2020, Phụ lục I, mục II.4). */
export interface DateLine {
  start: number;
  end: number;
  /** "Cao Bằng"; null when the line starts at "ngày". */
  place: TextPart | null;
  /** Whether a comma follows the place. */
  comma: boolean;
  /** Where the date itself starts ("ngày …", or the digits of a numeric date). */
  dateStart: number;
  day: DatePart;
  month: DatePart;
  year: DatePart;
  /** Written "ngày 05/3/2020" instead of in words ("ngày … tháng … năm …"). */
  numeric: boolean;
}

/** Place names: words, digits for "Quận 1"; short. (Lower case is read too, so the rule can report it.) */
/** A place name, or its blank in a skeleton not yet filled ("……, ngày …": placeholder-text reports the blank). */
const PLACE = /^(?:\p{L}[\p{L}\d .'-]{0,48}|[.…_]{2,12})$/u;
const DAY_WORD = /(?:^|(?<=[\s,]))(?:ngày|Ngày)(?=[\s\d.…_])/u;
const NUMERIC = /(?:^|(?<=[\s,]))(?:(?:ngày|Ngày)[ \t]*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;

/** Reads `pattern` (sticky) at `at`; returns its end and text, or null. */
function read(text: string, at: number, pattern: RegExp): { end: number; text: string } | null {
  const sticky = new RegExp(pattern.source, 'uy');
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  return m ? { end: at + m[0].length, text: m[0] } : null;
}

/** "ngày 05 tháng 6 năm 2020" from `at` (at = the start of "ngày"): the three value spans and the end. */
function readWords(text: string, at: number): { parts: [number, number][]; end: number } | null {
  const parts: [number, number][] = [];
  let i = at + 4;
  for (const keyword of ['', 'tháng', 'năm']) {
    if (keyword) {
      i = read(text, i, /[ \t]*/)?.end ?? i;
      const k = read(text, i, new RegExp(keyword));
      if (!k) return null;
      i = k.end;
    }
    i = read(text, i, /[ \t]*/)?.end ?? i;
    const value = read(text, i, keyword === 'năm' ? /\d{2,5}(?!\d)|[.…_]*/ : /\d{1,2}(?!\d)|[.…_]*/);
    parts.push([i, value?.end ?? i]);
    i = value?.end ?? i;
  }
  return { parts, end: i };
}

/**
 * Parses a place-and-date line from `from`: the date must end the text (but for a final "." or
 * spaces) and what precedes it must be a place name (or nothing). Returns null for a date inside a
 * sentence ("Luật Công đoàn ngày 20 tháng 6 năm 2012").
 */
export function parseDateLine(text: string, from = 0): DateLine | null {
  const slice = text.slice(from);
  let at: number;
  let parts: [number, number][];
  let end: number;
  let numeric = false;
  const word = DAY_WORD.exec(slice);
  const words = word ? readWords(text, from + word.index) : null;
  if (word && words) {
    at = from + word.index;
    parts = words.parts;
    end = words.end;
  } else {
    const m = NUMERIC.exec(slice);
    if (!m?.[1] || !m[2] || !m[3]) return null;
    at = from + m.index;
    end = at + m[0].length;
    const d = end - m[3].length - 1 - m[2].length - 1 - m[1].length;
    parts = [
      [d, d + m[1].length],
      [d + m[1].length + 1, d + m[1].length + 1 + m[2].length],
      [end - m[3].length, end],
    ];
    numeric = true;
  }
  if (!/^[ \t.]*$/u.test(text.slice(end))) return null;
  const before = text.slice(from, at);
  const placeText = before.replace(/[ \t]*,?[ \t]*$/u, '');
  const lead = /^[ \t]*/u.exec(placeText)?.[0].length ?? 0;
  const trimmed = placeText.slice(lead);
  if (trimmed !== '' && !PLACE.test(trimmed)) return null;
  // A bare numeric date is any date in any text; only a place makes it a date line.
  if (numeric && trimmed === '') return null;
  const place = trimmed === '' ? null : partOf(text, from + lead, from + placeText.length);
  const [day = [at, at], month = [at, at], year = [at, at]] = parts;
  return {
    start: place ? place.start : at,
    end,
    place,
    comma: before.slice(placeText.length).includes(','),
    dateStart: at,
    day: datePart(text, day),
    month: datePart(text, month),
    year: datePart(text, year),
    numeric,
  };
}

function datePart(text: string, [start, end]: [number, number]): DatePart {
  const part = partOf(text, start, end);
  return { ...part, value: /^\d+$/.test(part.text) ? Number(part.text) : null };
}

/** Whether day/month/year make a real calendar date. */
export function isCalendarDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** NĐ 30/2020, Phụ lục I, mục II.4: days below 10 take a leading 0 ("ngày 05"). */
export function paddedDay(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** NĐ 30/2020, Phụ lục I, mục II.4: only months 1 and 2 take a leading 0 ("tháng 01", "tháng 6"). */
export function paddedMonth(n: number): string {
  return n <= 2 ? `0${n}` : String(n);
}

/** The date as NĐ 30 writes it: "ngày 05 tháng 6 năm 2020". */
export function formatDate(day: number, month: number, year: number): string {
  return `ngày ${paddedDay(day)} tháng ${paddedMonth(month)} năm ${year}`;
}
