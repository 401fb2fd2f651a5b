import { paddedDay, paddedMonth } from './parse-date-line.ts';
import type { SelfCitation } from './self-citation.ts';
import type { TextEdit } from './so-ky-hieu-faults.ts';

/** A document's own date, as its date line gives it. */
export interface OwnDate {
  day: number;
  month: number;
  year: number;
}

/**
 * How an attachment line that cites the document itself departs from the document's own number and
 * date: the problems in words, and the edits (in the line's text) that write them as the header does.
 * A blank number gets a space before it when the word before has none.
 */
export function selfCitationFaults(
  text: string,
  cited: SelfCitation,
  own: string,
  ownDate: OwnDate | null,
): { problems: string[]; edits: TextEdit[] } {
  const edits: TextEdit[] = [];
  const problems: string[] = [];
  if (cited.number === null || Number.parseInt(cited.number, 10) !== Number.parseInt(own, 10)) {
    problems.push(cited.number === null ? 'số còn để trống' : `số “${cited.number}” khác số của văn bản`);
    const spaced = cited.number === null && /\S$/u.test(text.slice(0, cited.numberAt.start));
    edits.push({ start: cited.numberAt.start, end: cited.numberAt.end, text: spaced ? ` ${own}` : own });
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
        start: date.span.start,
        end: date.span.end,
        text: date.words
          ? `ngày ${day} tháng ${month} năm ${ownDate.year}`
          : `ngày ${day}/${month}/${ownDate.year}`,
      });
    }
  }
  return { problems, edits };
}
