import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseDateLine } from '../../../../shared/core/formal/parse-date-line.ts';

describe('parseDateLine', () => {
  it('reads place, day, month and year with their positions', () => {
    const d = parseDateLine('Cao Bằng, ngày 05 tháng 6 năm 2020');
    expect(d?.place).toEqual({ text: 'Cao Bằng', start: 0, end: 8 });
    expect(d?.comma).toBe(true);
    expect(d?.day).toEqual({ text: '05', start: 15, end: 17, value: 5 });
    expect(d?.month).toEqual({ text: '6', start: 24, end: 25, value: 6 });
    expect(d?.year).toEqual({ text: '2020', start: 30, end: 34, value: 2020 });
    expect(d?.numeric).toBe(false);
  });

  it('leaves blank day and month of a draft as null values', () => {
    const dots = parseDateLine('Hà Nội, ngày ..... tháng ..... năm 2024');
    expect([dots?.day.value, dots?.month.value, dots?.year.value]).toEqual([null, null, 2024]);
    const spaces = parseDateLine('Hà Nội, ngày     tháng    năm 2024');
    expect([spaces?.day.text, spaces?.month.text]).toEqual(['', '']);
  });

  it('reads a skeleton’s blank place as the place (placeholder-text reports the blank, not a missing line)', () => {
    expect(parseDateLine('……, ngày 05 tháng 12 năm 2025')?.place?.text).toBe('……');
  });

  it('notices a missing comma and a numeric date', () => {
    expect(parseDateLine('Điện Biên ngày 16 tháng 10 năm 2019')?.comma).toBe(false);
    const n = parseDateLine('Hà Nội, 05/3/2020');
    expect(n?.numeric).toBe(true);
    expect([n?.day.value, n?.month.value, n?.year.value]).toEqual([5, 3, 2020]);
  });

  it('parses from an offset, as when the Số and the date share a line', () => {
    const text = 'Số: 12/KH-LĐLĐ   Cao Bằng, ngày 05 tháng 6 năm 2020';
    expect(parseDateLine(text, 14)?.place?.text).toBe('Cao Bằng');
  });

  it('does not take a date inside a sentence or a căn cứ for a date line', () => {
    expect(parseDateLine('Căn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012;')).toBeNull();
    expect(parseDateLine('Kế hoạch số 104/KH-LĐLĐ, ngày 02/6/2020 của Ban Thường vụ')).toBeNull();
    expect(parseDateLine('ngày 02/6/2020')).toBeNull();
  });
});

describe('isCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDate(29, 2, 2020)).toBe(true);
    expect(isCalendarDate(29, 2, 2021)).toBe(false);
    expect(isCalendarDate(31, 4, 2021)).toBe(false);
    expect(isCalendarDate(31, 12, 2021)).toBe(true);
    expect(isCalendarDate(1, 13, 2021)).toBe(false);
  });
});
