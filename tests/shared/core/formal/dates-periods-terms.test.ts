import { describe, expect, it } from 'vitest';
import { deadlinesIn, latestCitedDate } from '../../../../shared/core/formal/deadlines.ts';
import { numericDates } from '../../../../shared/core/formal/numeric-dates.ts';
import {
  agreesWithTitle,
  periodMentions,
  periodSets,
} from '../../../../shared/core/formal/reporting-period.ts';
import { selfCitation } from '../../../../shared/core/formal/self-citation.ts';
import { sameHolder, termMentions } from '../../../../shared/core/formal/term-mentions.ts';

describe('numericDates', () => {
  it('reads real dates with one separator, at the end of a sentence too', () => {
    expect(
      numericDates('ngày 25/03/2015, ngày 08.6.2022 và 23-9-2025.').map((d) => [
        d.day,
        d.month,
        d.year,
        d.sep,
      ]),
    ).toEqual([
      [25, 3, 2015, '/'],
      [8, 6, 2022, '.'],
      [23, 9, 2025, '-'],
    ]);
  });
  it.each([
    ['1.8-2.0 gram', 'decimals in a range'],
    ['Nghị định số 30/2020/NĐ-CP', 'a number with its year'],
    ['ngày 31/04/2025', 'a day April does not have'],
    ['12/3/2020/QĐ', 'a date run into a ký hiệu'],
    ['tháng 03/2025', 'a month and a year'],
  ])('%s is no date (%s)', (text) => {
    expect(numericDates(text)).toEqual([]);
  });
});

describe('deadlinesIn', () => {
  it.each([
    ['Thời gian hoàn thành: Trước ngày 15/11/2025.', 20251115],
    ['gửi về Ban Tổ chức chậm nhất ngày 05 tháng 12 năm 2025.', 20251205],
    ['tổ chức xong trong tháng 01/2021.', 20210131],
    ['Báo cáo sơ kết (đầu tháng 2/2020).', 20200229],
    ['Hạn chót là ngày 30/6/2026.', 20260630],
  ])('%s → %i', (text, key) => {
    expect(deadlinesIn(text).map((d) => d.key)).toEqual([key]);
  });
  it.each([
    'Thời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc.',
    'Hộ gia đình đã được cấp Giấy chứng nhận trước ngày 01 tháng 7 năm 2004.',
    'Căn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012;',
    'Tổ chức khảo sát (từ tháng 11 - tháng 12/2020).',
  ])('%s sets no limit', (text) => {
    expect(deadlinesIn(text)).toEqual([]);
  });
  it('finds the latest document cited by its number', () => {
    expect(
      latestCitedDate(
        'Thực hiện Kế hoạch số 56/KH-TLĐ ngày 23/7/2020 và Nghị quyết số 57-NQ/TW, ngày 22 tháng 12 năm 2024; Luật ngày 30/6/2025.',
      ),
    ).toBe(20241222);
  });
});

describe('periodMentions', () => {
  it('reads months, quarters and years, a month with its year', () => {
    const m = periodMentions('Kết quả tháng 4 và nhiệm vụ tháng 5/2026; quý II; năm 2024');
    expect(m.map((p) => `${p.kind}:${p.value}`)).toEqual([
      'month:4',
      'month:5',
      'year:2026',
      'quarter:2',
      'year:2024',
    ]);
  });
  it('leaves dates, spans and comparisons out', () => {
    expect(
      periodMentions(
        'ngày 15 tháng 5 năm 2016; giai đoạn 2021 - 2025; năm 2021 - 2025; so với năm 2023; năm học 2025 - 2026',
      ),
    ).toEqual([]);
  });
  it('agrees with the title’s periods and with the one period right after a single one', () => {
    const title = periodSets(periodMentions('tháng 12 năm 2025'));
    expect(agreesWithTitle('month', 12, title)).toBe(true);
    expect(agreesWithTitle('month', 1, title)).toBe(true);
    expect(agreesWithTitle('month', 11, title)).toBe(false);
    expect(agreesWithTitle('year', 2026, title)).toBe(true);
    expect(agreesWithTitle('quarter', 3, title)).toBe(true);
  });
});

describe('termMentions and sameHolder', () => {
  it('takes the holder from the line above when the term opens the paragraph', () => {
    const [t] = termMentions('nhiệm kỳ 2025-2030', 'Chủ tịch CĐCS Công ty TNHH Minh Long');
    expect(t?.holder).toEqual(['tnhh', 'minh', 'long']);
    expect(t?.system).toBe('công đoàn');
  });
  it('tells holders apart by their kind of organisation and their khóa', () => {
    const [party] = termMentions('Đại hội Đảng bộ tỉnh Thái Nguyên nhiệm kỳ 2020-2025');
    const [union] = termMentions('Đại hội Công đoàn tỉnh Thái Nguyên nhiệm kỳ 2023-2028');
    const [xii] = termMentions('Ban Chấp hành khóa XII, nhiệm kỳ 2018-2023');
    const [xiii] = termMentions('Ban Chấp hành khóa XIII, nhiệm kỳ 2023-2028');
    const [typo] = termMentions('Đại hội Công đoàn tỉnh Thái Nguyênn nhiệm kỳ 2023-2028');
    if (!party || !union || !xii || !xiii || !typo) throw new Error('a term was not read');
    expect(sameHolder(party, union)).toBe(false);
    expect(sameHolder(xii, xiii)).toBe(false);
    expect(sameHolder(union, typo)).toBe(true);
  });
});

describe('selfCitation', () => {
  it('reads a blank number and date', () => {
    const c = selfCitation('(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố)');
    expect(c?.kyHieu).toBe('KH-UBND');
    expect(c?.number).toBeNull();
    expect(c?.date?.day).toBeNull();
    expect(c?.date?.year).toBe(2025);
  });
  it('reads a number and a date in words; none in a body sentence', () => {
    const c = selfCitation('(Ban hành kèm theo Quyết định số 15/QĐ-CĐN ngày 05 tháng 3 năm 2025)');
    expect([c?.number, c?.kyHieu, c?.date?.day, c?.date?.month, c?.date?.words]).toEqual([
      '15',
      'QĐ-CĐN',
      5,
      3,
      true,
    ]);
    expect(selfCitation('Thực hiện Kế hoạch số 15/KH-CĐN ngày 05/3/2025.')).toBeNull();
  });
});
