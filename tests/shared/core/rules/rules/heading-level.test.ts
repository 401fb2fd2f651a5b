import rule from '../../../../../shared/core/rules/rules/heading-level.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const lines = (...l: string[]) => l.join('\n');

ruleTable(rule, {
  valid: [
    {
      name: 'a. b. and 1.1. (union practice, Hướng dẫn 03/HD-TLĐ) are not reported',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        '1.1. Công nhân',
        'a. Ở doanh nghiệp',
        'b. Ở cơ quan',
      ),
    },
    {
      name: 'the NĐ 30 chain I. → 1. → a), Roman titles in capitals',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        'a) Công nhân',
        'b) Viên chức',
        'II. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2024',
        '1. Công tác tuyên truyền',
      ),
    },
    {
      name: 'a report that starts at 1. (no Roman level) is not missing a level',
      text: lines('1. Tình hình chung', 'a) Công nhân', 'b) Viên chức', '2. Thuận lợi, khó khăn'),
    },
    {
      name: 'PHẦN THỨ NHẤT → I. → 1.',
      text: lines('PHẦN THỨ NHẤT', 'KẾT QUẢ HOẠT ĐỘNG', 'I. CÔNG TÁC TỔ CHỨC', '1. Phát triển đoàn viên'),
    },
    {
      name: 'a long numbered paragraph (a khoản with inline content) is not a Roman title',
      text:
        'I. Đặc điểm tình hình của đơn vị trong 6 tháng đầu năm 2024 gồm nhiều nội dung, trình bày ngay trên ' +
        'cùng một dòng với số thứ tự của mục, dài hơn một trăm sáu mươi ký tự như một khoản.',
    },
    'Nơi nhận:\n- LĐLĐ huyện;\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
  ],
  invalid: [
    {
      name: 'a Roman title not in capitals, with a fix that capitalises the title only',
      text: lines('I. Đặc điểm tình hình', '1. Tình hình chung'),
      findings: [
        { line: 1, severity: 'warning', range: [3, 21], fix: true, messageIncludes: 'phải viết hoa toàn bộ' },
      ],
      output: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', '1. Tình hình chung'),
    },
    {
      name: 'a Roman title half in capitals',
      text: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', 'Nội dung.', 'II. KẾT QUẢ hoạt động'),
      findings: [{ line: 3, range: [4, 21], messageIncludes: '“II. KẾT QUẢ hoạt động”' }],
      output: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', 'Nội dung.', 'II. KẾT QUẢ HOẠT ĐỘNG'),
    },
    {
      name: 'a decomposed (NFD) Roman title: the range covers all of it, the fix writes NFC capitals',
      text: lines('I. Đặc điểm tình hình'.normalize('NFD'), '1. Tình hình chung'),
      findings: [{ line: 1, range: [3, 27] }],
      output: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', '1. Tình hình chung'),
    },
    {
      name: 'a zero-width space inside a Roman title does not cut the range short',
      text: lines('I. Đặc\u200B điểm tình hình', '1. Tình hình chung'),
      findings: [{ line: 1, range: [3, 22] }],
      output: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', '1. Tình hình chung'),
    },
    {
      name: '1.1. directly under I. skips the 1. level (each heading)',
      text: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', '1.1. Tình hình chung', '1.2. Thuận lợi, khó khăn'),
      findings: [
        {
          line: 2,
          severity: 'warning',
          range: [0, 3],
          fix: false,
          messageIncludes: ['(1.1.)', 'bỏ qua cấp 1.'],
        },
        { line: 3, severity: 'warning', range: [0, 3], messageIncludes: '“1.2. Thuận lợi, khó khăn” (1.1.)' },
      ],
    },
    {
      name: 'a) directly under I. skips the 1. level',
      text: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', 'a) Công nhân', 'b) Viên chức'),
      findings: [
        { line: 2, severity: 'warning', range: [0, 1], messageIncludes: ['(a))', 'bỏ qua cấp 1.'] },
        { line: 3, severity: 'warning', range: [0, 1], messageIncludes: 'bỏ qua cấp 1.' },
      ],
    },
    {
      name: 'a) and b. mixed at one level: the odd one is reported',
      text: lines('1. Tình hình chung', 'a) Công nhân', 'b. Viên chức', 'c) Người lao động'),
      findings: [
        {
          line: 3,
          severity: 'warning',
          range: [0, 1],
          messageIncludes: 'dùng lẫn nhiều kiểu đánh số (a), a.)',
        },
      ],
    },
  ],
});
