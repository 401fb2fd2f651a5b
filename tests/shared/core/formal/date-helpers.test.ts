import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { dateLineEdits, isImpossibleDate } from '../../../../shared/core/formal/date-line-edits.ts';
import { dateDepartures } from '../../../../shared/core/formal/date-style-habit.ts';
import {
  deadlineReference,
  setsTasks,
  shownDateKey,
} from '../../../../shared/core/formal/deadline-reference.ts';
import { dateKey, numericDates } from '../../../../shared/core/formal/numeric-dates.ts';
import { parseDateLine } from '../../../../shared/core/formal/parse-date-line.ts';
import { selfCitation } from '../../../../shared/core/formal/self-citation.ts';
import { selfCitationFaults } from '../../../../shared/core/formal/self-citation-faults.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';

/** The text with the edits applied, last first so the earlier offsets hold. */
const applied = (text: string, edits: readonly { start: number; end: number; text: string }[]) =>
  [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
const analysis = (...lines: string[]) => analyzeDocument(docFromText(lines.join('\n')));

describe('isImpossibleDate and dateLineEdits (the date line)', () => {
  it.each([
    ['Cao Bằng, ngày 31 tháng 02 năm 2020', true],
    ['Cao Bằng, ngày 05 tháng 6 năm 1900', true],
    ['Cao Bằng, ngày 05 tháng 6 năm 2020', false],
    ['Cao Bằng, ngày … tháng 6 năm 2020', false],
  ])('%s is impossible: %s', (line, impossible) => {
    const d = parseDateLine(line);
    expect(d).not.toBeNull();
    if (d) expect(isImpossibleDate(d)).toBe(impossible);
  });

  it.each([
    ['Cao Bằng, ngày 05 tháng 6 năm 2020', 'Cao Bằng, ngày 05 tháng 6 năm 2020'],
    ['Cao Bằng, ngày 5 tháng 1 năm 2020', 'Cao Bằng, ngày 05 tháng 01 năm 2020'],
    ['Cao Bằng ngày 15 tháng 6 năm 2020', 'Cao Bằng, ngày 15 tháng 6 năm 2020'],
    ['Cao Bằng, ngày 5/6/2020', 'Cao Bằng, ngày 05 tháng 6 năm 2020'],
  ])('%s is written %s', (line, fixed) => {
    const d = parseDateLine(line);
    expect(d).not.toBeNull();
    if (d) expect(applied(line, dateLineEdits(d))).toBe(fixed);
  });
});

describe('dateDepartures (the document’s habit of writing dates in digits)', () => {
  const dates = (text: string) => numericDates(text);

  it('makes no habit of fewer than three dates', () => {
    expect(dateDepartures(dates('ngày 05/3/2020 và ngày 5/3/2020'))).toEqual([null, null]);
  });

  it('rewrites the one date that departs from a habit the others keep', () => {
    const found = dates('ngày 05/3/2020, ngày 07/4/2021, ngày 09/5/2022 và ngày 8/6/2023');
    const out = dateDepartures(found);
    expect(out.slice(0, 3)).toEqual([null, null, null]);
    expect(out[3]?.fixed).toBe('08/6/2023');
    expect(out[3]?.says).toHaveLength(1);
  });

  it('reports nothing where every date is written one way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 10, max: 28 }), fc.integer({ min: 3, max: 9 })), {
          minLength: 3,
          maxLength: 8,
        }),
        (pairs) => {
          const found = dates(pairs.map(([d, m]) => `ngày ${d}/${m}/2020`).join(', '));
          return dateDepartures(found).every((x) => x === null);
        },
      ),
    );
  });
});

describe('deadlineReference, setsTasks and shownDateKey', () => {
  it('takes the date line of a plan as its reference', () => {
    const a = analysis(
      'CÔNG ĐOÀN VIÊN CHỨC',
      'Số: 12/KH-CĐVC',
      'Cao Bằng, ngày 21 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'Tổ chức hội nghị',
      'Hoàn thành trước ngày 15/11/2025.',
    );
    expect(setsTasks(a)).toBe(true);
    expect(deadlineReference(a)).toMatchObject({ key: dateKey(2025, 11, 21), issued: true });
  });

  it('does not read a báo cáo (it tells what happened)', () => {
    expect(setsTasks(analysis('BÁO CÁO', 'Kết quả hoạt động', 'Đã hoàn thành trước ngày 15/11/2025.'))).toBe(
      false,
    );
  });

  it.each([
    [dateKey(2025, 11, 21), '21/11/2025'],
    [dateKey(2020, 1, 5), '05/01/2020'],
    [dateKey(2020, 6, 5), '05/6/2020'],
  ])('shows %i as %s', (key, shown) => {
    expect(shownDateKey(key)).toBe(shown);
  });
});

describe('selfCitationFaults (an attachment line citing the document itself)', () => {
  const own = { day: 24, month: 11, year: 2025 };

  it('fills a number and a date left blank', () => {
    const line = '(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của Ủy ban nhân dân)';
    const cited = selfCitation(line);
    expect(cited).not.toBeNull();
    if (!cited) return;
    const { problems, edits } = selfCitationFaults(line, cited, '310', own);
    expect(problems).toEqual(['số còn để trống', 'ngày còn để trống']);
    expect(applied(line, edits)).toContain('số: 310/KH-UBND ngày 24/11/2025');
  });

  it('finds nothing when the line says what the header says', () => {
    const line = '(Kèm theo Kế hoạch số 310/KH-UBND ngày 24/11/2025 của Ủy ban nhân dân)';
    const cited = selfCitation(line);
    expect(cited && selfCitationFaults(line, cited, '310', own)).toEqual({ problems: [], edits: [] });
  });
});
