import rule from '../../../../../shared/core/rules/rules/nghi-quyet-02-dated.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    'Căn cứ Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới;',
    'Thực hiện Nghị quyết 02-NQ/TW, ngày 12 tháng 6 năm 2021 của Bộ Chính trị.',
    'Nghị quyết số 02-NQ/TW ngày 17/3/2026 của Bộ Chính trị về Thủ đô Hà Nội.',
    'Nghị quyết số 02/NQ-BCH ngày 02/3/2020 của Ban Chấp hành Tổng Liên đoàn.',
    'Tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 28/01/2008.',
    'Nghị quyết số 102-NQ/TW về công tác cán bộ.',
    'Quán triệt Nghị quyết 02-NQ/TW của Bộ Chính trị (khóa XIII) ngày 12/6/2021 đến đoàn viên.',
  ],
  invalid: [
    {
      name: '“02-NQ/TƯ” with the Vietnamese letter',
      text: 'Triển khai Nghị quyết 02-NQ/TƯ trong công nhân.',
      findings: [{ line: 1, range: [11, 30] }],
    },
    {
      name: 'a date further on belongs to another document',
      text: 'Thực hiện Nghị quyết 02-NQ/TW của Bộ Chính trị; Kế hoạch số 56/KH-TLĐ ngày 23/7/2020.',
      findings: [{ line: 1, range: [10, 29] }],
    },
    {
      name: 'a citation without date',
      text: 'Tiếp tục triển khai Nghị quyết 02-NQ/TW của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam.',
      findings: [
        {
          line: 1,
          severity: 'warning',
          range: [20, 39],
          fix: false,
          messageIncludes: ['ngày 12/6/2021', '17/3/2026'],
        },
      ],
    },
    {
      name: '“Nghị quyết số 02-NQ/TW” with “số”, and “02/NQ-TW” typed with the slash first',
      text: 'Quán triệt Nghị quyết số 02-NQ/TW và Nghị quyết số 02/NQ-TW trong toàn hệ thống.',
      findings: [
        { line: 1, range: [11, 33] },
        { line: 1, range: [37, 59] },
      ],
    },
  ],
});
