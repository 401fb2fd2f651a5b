import rule from '../../../../../shared/core/rules/rules/gach-noi.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    { name: 'a số ký hiệu spaced after its dash stays so-ky-hieu’s', text: 'Số: 12/KH- UBND ngày 5/3/2024.' },
    'Nhiệm kỳ 2023 - 2028; giai đoạn 2021-2025; kế hoạch 2026 – 2030.',
    {
      name: 'list marks and heading labels',
      text: '- Tổ chức hội nghị.\n1- Công tác tuyên truyền\nII- Nhiệm vụ',
    },
    {
      name: 'số ký hiệu and dates',
      text: 'Theo Kế hoạch số 12/KH-LĐLĐ và Nghị quyết số 29-NQ/TW, từ 01-03/12/2025.',
    },
    { name: 'a separator line', text: 'Kính gửi: Các ban\n-----oOo-----\nKẾ HOẠCH' },
    {
      name: 'compounds the document never spaces',
      text: 'Quan hệ Việt-Lào; chủ nghĩa Mác-Lênin; hợp tác công-tư.',
    },
    { name: 'a name with a hyphen inside', text: 'Tham quan thủ đô Viêng-chăn và Mát-xcơ-va.' },
  ],
  invalid: [
    {
      name: 'two abbreviations joined by a dash spaced on one side: “CB- ĐVCĐ”',
      text: 'Có 4 CB- ĐVCĐ xuất sắc được khen.',
      findings: [{ line: 1, messageIncludes: '“CB- ĐVCĐ”' }],
    },
    {
      name: 'a dash spaced on one side only',
      text: 'Phong trào “Giỏi việc nước- đảm việc nhà” và công tác thu -chi.',
      findings: [
        { messageIncludes: 'một bên', fix: false },
        { messageIncludes: 'một bên', fix: false },
      ],
    },
    {
      name: 'a year range spaced on one side takes the document’s habit',
      text: 'Nhiệm kỳ 2023 - 2028.\nGiai đoạn 2021 - 2025.\nKế hoạch 2026- 2030.',
      findings: [{ line: 3, fix: true }],
      output: 'Nhiệm kỳ 2023 - 2028.\nGiai đoạn 2021 - 2025.\nKế hoạch 2026 - 2030.',
    },
    {
      name: 'the same pair written spaced elsewhere',
      text: 'Các tổ chức chính trị - xã hội tham gia.\nPhối hợp với các tổ chức chính trị-xã hội.',
      findings: [{ line: 2, fix: true, messageIncludes: 'viết liền' }],
      output: 'Các tổ chức chính trị - xã hội tham gia.\nPhối hợp với các tổ chức chính trị - xã hội.',
    },
    {
      name: 'names of several words joined where the document spaces others',
      text: '- Ông Trần Văn Bình - Phó Chủ tịch.\n- Bà Lê Thị Hoa-Ủy viên Ban Thường vụ.',
      findings: [{ line: 2, fix: true }],
      output: '- Ông Trần Văn Bình - Phó Chủ tịch.\n- Bà Lê Thị Hoa - Ủy viên Ban Thường vụ.',
    },
  ],
});
