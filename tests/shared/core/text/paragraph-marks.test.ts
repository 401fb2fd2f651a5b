import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_HOLD_NUMERIC_DATE } from '../../../../shared/core/formal/numeric-dates.ts';
import { MAY_NAME_TERM } from '../../../../shared/core/formal/term-mentions.ts';
import { MARK, marksOf, paragraphMarks } from '../../../../shared/core/text/paragraph-marks.ts';
import { candidateFlags } from '../../../../shared/core/text/punctuation-candidates.ts';
import { scanPairs } from '../../../../shared/core/text/quote-pairs.ts';

const PUNCTUATION = MARK.SPACING | MARK.DASH | MARK.STOP;

/** Text made of the pieces every branch and every rule's first test looks at. */
const text = fc
  .array(
    fc.constantFrom(
      ...[
        '-',
        '–',
        ' ',
        '  ',
        ',',
        '.',
        ';',
        ':',
        '“',
        '”',
        '“',
        '”',
        '"',
        '(',
        ')',
        'V/v',
        '/',
        'v',
        'a',
        'q',
      ],
      ...['u', '‘', '’', "'", 'b)', '\t', 'V/v\t:', ' \t'],
      ...['th', 'ộ', 'k', 'kỳ', 'KỲ', 'ỳ', 'nhiệm', 'Nhiệm', 'NHIỆM', '5', '12', '2020', '20251', '%', 'ha'],
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));
const lead = fc.constantFrom('-', '–', '- ', '', 'a', '1', '/');

/** paragraphMarks of one paragraph, read as the rules read it (a leading list dash skipped). */
const marksOfOne = (t: string) => paragraphMarks([{ text: t }], [{ text: t }])[0] ?? 0;

describe('paragraphMarks', () => {
  it('gives punctuation-candidates’ bits, PAIR where scanPairs may find something, each other bit where its test passes', () => {
    fc.assert(
      fc.property(lead, text, (head, rest) => {
        const t = head + rest;
        const marks = marksOfOne(t);
        const flags = candidateFlags(t);
        expect(marks & PUNCTUATION).toBe(flags & PUNCTUATION);
        // PAIR only where candidateFlags has it, and wherever dau-ngoac's scan finds something then.
        if (marks & MARK.PAIR) expect(flags & MARK.PAIR).toBe(MARK.PAIR);
        if (flags & MARK.PAIR && scanPairs(t).length > 0) expect(marks & MARK.PAIR).toBe(MARK.PAIR);
        expect((marks & MARK.SLASH) !== 0).toBe(t.includes('/'));
        expect((marks & MARK.YEAR) !== 0).toBe(/\d{4}/u.test(t));
        expect((marks & MARK.TAB) !== 0).toBe(t.includes('\t'));
        if (MAY_HOLD_NUMERIC_DATE.test(t)) expect(marks & MARK.DATE).toBe(MARK.DATE);
        if (MAY_NAME_TERM.test(t)) expect(marks & MARK.YEAR).toBe(MARK.YEAR);
      }),
      { numRuns: 4000 },
    );
  });

  it('reads dates, years and slashes in real sentences', () => {
    expect(marksOf('ngày 25/5/2020 của Ban') & (MARK.DATE | MARK.SLASH | MARK.YEAR)).toBe(
      MARK.DATE | MARK.SLASH | MARK.YEAR,
    );
    expect(marksOf('ngày 08.6.2022') & MARK.DATE).toBe(MARK.DATE);
    expect(marksOf('ngày 25-03-2015') & MARK.DATE).toBe(MARK.DATE);
    expect(marksOf('nhiệm kỳ (2023 – 2028)') & (MARK.YEAR | MARK.DATE)).toBe(MARK.YEAR);
    expect(marksOf('Công đoàn cơ sở đã tổ chức tốt các hoạt động')).toBe(0);
    expect(marksOf('phong trào “Giỏi việc nước, đảm việc nhà” và “Mái ấm”') & MARK.PAIR).toBe(0);
    expect(marksOf('phong trào “Giỏi việc nước” b )') & MARK.PAIR).toBe(MARK.PAIR);
    expect(marksOf('phong trào “Giỏi việc nước') & MARK.PAIR).toBe(MARK.PAIR);
  });

  it('reads the document’s text, every analysed bit set where the analysis normalised it; a list once', () => {
    const blocks = [{ text: 'Công đoàn' }, { text: 'Công đoàn 2020' }];
    const originals = [{ text: 'Công đoàn' }, { text: 'Công đoa\u0300n  2020' }];
    const marks = paragraphMarks(blocks, originals);
    expect([...marks]).toEqual([0, MARK.SPACING | MARK.SLASH | MARK.DATE | MARK.YEAR]);
    expect(marksOf('a\tb') & MARK.TAB).toBe(MARK.TAB);
    expect(paragraphMarks(blocks, originals)).toBe(marks);
  });
});
