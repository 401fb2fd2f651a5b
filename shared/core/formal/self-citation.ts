import type { TextPart } from './text-part.ts';

/**
 * How an attached text cites the document it is attached to: "(Kèm theo Kế hoạch số 310/KH-UBND
 * ngày 24/11/2025 của …)". Blank number and date ("số: /KH-UBND ngày / /2025") are kept as blanks.
 */
export interface SelfCitation {
  /** The ký hiệu after "/": "KH-UBND". */
  kyHieu: string;
  /** The number as written, or null when left blank; `numberAt` is where it is (or goes). */
  number: string | null;
  numberAt: TextPart;
  /** The date: its span, and its value when written whole (null when blank or partial). */
  date: {
    span: TextPart;
    day: number | null;
    month: number | null;
    year: number | null;
    words: boolean;
  } | null;
}

/** An attachment line ("(Kèm theo …)", "(Ban hành kèm theo …)"). */
export const ATTACHMENT_LINE = /^\s*\(?\s*(?:Ban hành\s+)?[Kk]èm theo\b/u;

/**
 * False where ATTACHMENT_LINE cannot match, told by the first units alone: a space (any unit of \s is
 * at most U+0020, U+00A0 or from U+1680 on), "(", "Ban hành", "Kè" or "kè" — most paragraphs skip the regex.
 */
export function mayBeAttachmentLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x4b || c === 0x6b) return text.charCodeAt(1) === 0xe8;
  if (c === 0x42) return text.startsWith('Ban hành');
  return c === 0x28 || c <= 0x20 || c === 0xa0 || c >= 0x1680;
}

const SO =
  /(?<!\p{L})số\s*:?[ \t]*([0-9]+[a-zđ]?|[.…_ \t]*)[ \t]*\/[ \t]*([\p{L}\d&]+(?:[ \t]*-[ \t]*[\p{L}\d&]+)*)/du;
const DATE_NUMERIC =
  /ngày[ \t]*([0-9]{1,2}|[.…_ \t]*)[ \t]*\/[ \t]*([0-9]{1,2}|[.…_ \t]*)[ \t]*\/[ \t]*([0-9]{4}|[.…_ \t]*)/u;
const DATE_WORDS =
  /ngày[ \t]*([0-9]{1,2}|[.…_ \t]*)[ \t]*tháng[ \t]*([0-9]{1,2}|[.…_ \t]*)[ \t]*năm[ \t]*([0-9]{4}|[.…_ \t]*)/u;

const value = (s: string | undefined): number | null => (s && /^\d+$/.test(s) ? Number(s) : null);

/** The number, ký hiệu and date an attachment line cites, or null when it cites none by number. */
export function selfCitation(text: string): SelfCitation | null {
  if (!ATTACHMENT_LINE.test(text)) return null;
  const so = SO.exec(text);
  if (!so) return null;
  const raw = so[1] ?? '';
  const number = /\d/.test(raw) ? raw : null;
  const [numberStart = 0, numberEnd = 0] = so.indices?.[1] ?? [];
  const slash = so.index + so[0].indexOf('/');
  // A blank is filled just before the "/"; what the draft left there (spaces, dots) goes.
  const numberAt: TextPart = number
    ? { start: numberStart, end: numberEnd, text: raw }
    : { start: numberStart, end: slash, text: text.slice(numberStart, slash) };
  const rest = so.index + so[0].length;
  const after = text.slice(rest);
  const numeric = DATE_NUMERIC.exec(after);
  const words = DATE_WORDS.exec(after);
  const d = numeric && (!words || numeric.index <= words.index) ? numeric : words;
  const date = d
    ? {
        span: { start: rest + d.index, end: rest + d.index + d[0].trimEnd().length, text: d[0].trimEnd() },
        day: value(d[1]),
        month: value(d[2]),
        year: value(d[3]),
        words: d === words,
      }
    : null;
  return { kyHieu: (so[2] ?? '').replace(/[ \t]+/gu, ''), number, numberAt, date };
}
