import { describe, expect, it } from 'vitest';
import { parseNumbering } from '../../../../shared/core/headings/parse-numbering.ts';

describe('parseNumbering reads every numbering scheme of union documents and NĐ 30', () => {
  const cases: Array<[string, string | null, number[], string]> = [
    ['PHẦN THỨ NHẤT', 'phan', [1], 'THỨ NHẤT'],
    ['Phần thứ hai', 'phan', [2], 'thứ hai'],
    ['Phần I. Kết quả', 'phan', [1], 'I'],
    ['Chương II', 'chuong', [2], 'II'],
    ['Mục 1', 'muc', [1], '1'],
    ['Tiểu mục 2', 'tieu-muc', [2], '2'],
    ['Điều 3. Hiệu lực thi hành', 'dieu', [3], '3'],
    ['A. HƯỚNG DẪN BÌNH XÉT', 'upper-letter', [1], 'A'],
    ['C. CÁC HÌNH THỨC', 'upper-letter', [3], 'C'],
    ['I. ĐẶC ĐIỂM TÌNH HÌNH', 'roman', [1], 'I'],
    ['IV. ĐỀ XUẤT, KIẾN NGHỊ', 'roman', [4], 'IV'],
    ['1. Tình hình chung', 'arabic', [1], '1'],
    ['10. Công tác chỉ đạo', 'arabic', [10], '10'],
    ['2) Phân công', 'arabic', [2], '2'],
    ['1.1. Về tổ chức, cán bộ', 'decimal2', [1, 1], '1.1'],
    ['1.2 Kết quả', 'decimal2', [1, 2], '1.2'],
    ['2.3.1. Chi tiết', 'decimal3', [2, 3, 1], '2.3.1'],
    ['a) Đối với CĐCS', 'letter-paren', [1], 'a'],
    ['đ) Mục thứ năm', 'letter-paren', [5], 'đ'],
    ['e) Mục thứ sáu', 'letter-paren', [6], 'e'],
    ['g) Sau e là g', 'letter-paren', [7], 'g'],
    ['a. Đại hội, hội nghị', 'letter-dot', [1], 'a'],
    ['- Nêu rõ những khó khăn', 'dash', [], '-'],
    ['+ Chương trình 07/CTr-LĐLĐ', 'plus', [], '+'],
    ['• Gạch đầu dòng', 'bullet', [], '•'],
    ['\uFFFD Ký tự đầu dòng bị hỏng', 'bullet', [], '\uFFFD'],
  ];
  for (const [text, scheme, values, label] of cases) {
    it(`“${text}” → ${scheme} ${label}`, () => {
      const n = parseNumbering(text);
      expect(n?.scheme).toBe(scheme);
      expect(n?.values).toEqual(values);
      expect(n?.label).toBe(label);
    });
  }

  const notNumbered = [
    'V/v định hướng nhiệm vụ trọng tâm',
    '1.5 lần so với cùng kỳ',
    '25/5/2020 là ngày ban hành',
    '2020. Năm bản lề',
    'Số: 15/BC-CĐCS',
    'f) không có trong bảng chữ cái Việt',
    'Nêu rõ những khó khăn',
    '',
  ];
  for (const text of notNumbered) {
    it(`“${text}” is not a number`, () => expect(parseNumbering(text)).toBeNull());
  }

  it('reads "I." after "H." as the letter I, not Roman one', () => {
    expect(parseNumbering('I. Mục tiếp theo', 8)?.scheme).toBe('upper-letter');
    expect(parseNumbering('I. Mục tiếp theo', 0)?.scheme).toBe('roman');
  });

  it('gives the range of the number and where the title starts', () => {
    expect(parseNumbering('  II. KẾT QUẢ')).toMatchObject({ range: [2, 5], titleStart: 6 });
    expect(parseNumbering('PHẦN THỨ HAI')).toMatchObject({ range: [0, 12], titleStart: 12 });
  });
});
