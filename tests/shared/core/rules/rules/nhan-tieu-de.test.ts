import rule from '../../../../../shared/core/rules/rules/nhan-tieu-de.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const lines = (...l: string[]) => l.join('\n');

ruleTable(rule, {
  valid: [
    {
      name: 'list marks with their space, a negative number, a word after a dash',
      text: '+ Tổng số đoàn viên: 44\n- Nội dung sinh hoạt\n-5 điểm so với năm trước\n-các tổ còn lại',
    },
    {
      name: 'Roman headings “I. ” in capitals, “1.1.” throughout, list items numbered in the body',
      text: lines(
        'I. TÌNH HÌNH CHUNG',
        '1. Công tác tổ chức',
        '1.1. Phát triển đoàn viên',
        '1.2. Thành lập công đoàn cơ sở',
        'Kết quả đạt được như sau:',
        '1. Kết nạp 120 đoàn viên.',
        'II. NHIỆM VỤ NĂM 2025',
      ),
    },
    {
      name: 'an item that quotes the heading of another document is a sentence, not a heading',
      text: lines(
        'I. CĂN CỨ',
        'Theo mục “II- Nhiệm vụ trọng tâm” của Kế hoạch số 12/KH-LĐLĐ, các đơn vị triển khai.',
      ),
    },
    {
      name: 'a dash before an ordinary capitalised item',
      text: lines('I. NỘI DUNG', '- A. Nguyễn Văn Bình, Chủ tịch.'),
    },
    { name: 'a Roman heading ending in “…”', text: lines('I. TÌNH HÌNH...', 'Nội dung.') },
  ],
  invalid: [
    {
      name: 'a list mark glued to its item: “+Tổng số”, “-Nội dung”',
      text: '+Tổng số đoàn viên: 44\n-Nội dung sinh hoạt',
      findings: [
        { line: 1, messageIncludes: '“+ Tổng”', fix: true },
        { line: 2, messageIncludes: '“- Nội”', fix: true },
      ],
      output: '+ Tổng số đoàn viên: 44\n- Nội dung sinh hoạt',
    },
    {
      name: '“I- Kết quả …”: a dash and a title in lower case',
      text: lines('I- Kết quả thực hiện nhiệm vụ quý I', 'Nội dung.', 'II- NHIỆM VỤ QUÝ II'),
      findings: [
        { line: 1, messageIncludes: 'Viết “I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I”', fix: true },
        { line: 3, messageIncludes: 'số La Mã, dấu chấm, một dấu cách (', fix: true },
      ],
      output: lines('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I', 'Nội dung.', 'II. NHIỆM VỤ QUÝ II'),
    },
    {
      name: '“I -  NHIỆM VỤ.” and “II- KẾT QUẢ :”: the rewritten label drops the closing mark too',
      text: lines('I -  NHIỆM VỤ TRỌNG TÂM.', 'Nội dung.', 'II- KẾT QUẢ THỰC HIỆN :', 'Nội dung.'),
      findings: [
        { line: 1, messageIncludes: 'Viết “I. NHIỆM VỤ TRỌNG TÂM”', fix: true },
        { line: 3, messageIncludes: 'Viết “II. KẾT QUẢ THỰC HIỆN”', fix: true },
      ],
      output: lines('I. NHIỆM VỤ TRỌNG TÂM', 'Nội dung.', 'II. KẾT QUẢ THỰC HIỆN', 'Nội dung.'),
    },
    {
      name: '“III.Tình hình” without its space',
      text: lines('I. MỤC ĐÍCH', 'II. YÊU CẦU', 'III.TỔ CHỨC THỰC HIỆN'),
      findings: [{ line: 3, fix: true }],
      output: lines('I. MỤC ĐÍCH', 'II. YÊU CẦU', 'III. TỔ CHỨC THỰC HIỆN'),
    },
    {
      name: 'a bullet before a capitals heading',
      text: lines('- A. PHẦN MỞ ĐẦU', 'Nội dung.'),
      findings: [{ line: 1, range: [0, 2], messageIncludes: 'Bỏ gạch đầu dòng', fix: true }],
      output: lines('A. PHẦN MỞ ĐẦU', 'Nội dung.'),
    },
    {
      name: 'a Roman heading closed by “.” or “:”',
      text: lines('I. KẾT QUẢ NĂM 2024.', 'Nội dung.', 'II. NHIỆM VỤ NĂM 2025:', 'Nội dung.'),
      findings: [
        { line: 1, range: [19, 20], messageIncludes: 'không kết thúc bằng dấu “.”', fix: true },
        { line: 3, messageIncludes: 'dấu “:”', fix: true },
      ],
      output: lines('I. KẾT QUẢ NĂM 2024', 'Nội dung.', 'II. NHIỆM VỤ NĂM 2025', 'Nội dung.'),
    },
    {
      name: 'two headings run together in one paragraph (no fix: it needs a new paragraph)',
      text: lines(
        'A. CĂN CỨ PHÁP LÝ',
        'Nội dung.',
        'B. NỘI DUNG PHƯƠNG ÁN I. Quy trình thực hiện',
        'Nội dung.',
      ),
      findings: [{ line: 3, messageIncludes: 'tách “I. Quy trình thực hiện”', fix: false }],
    },
    {
      name: '“1.1” among “1.1.”: the odd one is written like the others',
      text: lines('1. TỔ CHỨC', '1.1. Đoàn viên', '1.2. Cán bộ', '1.3 Tài chính', '2. HOẠT ĐỘNG'),
      findings: [{ line: 4, range: [0, 3], messageIncludes: '“1.3.”', fix: true }],
      output: lines('1. TỔ CHỨC', '1.1. Đoàn viên', '1.2. Cán bộ', '1.3. Tài chính', '2. HOẠT ĐỘNG'),
    },
  ],
});
