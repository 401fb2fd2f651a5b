import rule from '../../../../../shared/core/rules/rules/dan-chieu-van-ban.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    'Thực hiện Kế hoạch số 15/KH-LĐLĐ ngày 03/3/2025 của Ban Thường vụ Liên đoàn Lao động tỉnh.',
    'Căn cứ Quyết định số 08/2024/QĐ-UBND ngày 12 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh.',
    // The Party writes a comma before "ngày" (HD 36-HD/VPTW).
    'Thực hiện Chỉ thị số 21-CT/TW, ngày 05/6/2023 của Ban Bí thư.',
    'Các đơn vị rà soát các quyết định số 12/QĐ-UBND và số 13/QĐ-UBND.',
    'Tỷ lệ đạt 5/năm theo kế hoạch.',
    '(Kèm theo Quyết định số 27/QĐ-CĐN ngày 10 tháng 3 năm 2025 của Ban Thường vụ Công đoàn ngành)',
  ],
  invalid: [
    {
      name: 'a comma between the số, ký hiệu and “ngày”',
      text: 'Thực hiện Hướng dẫn số 21/HD-LĐLĐ, ngày 10/5/2024 của Liên đoàn Lao động tỉnh.',
      findings: [{ line: 1, severity: 'warning', fix: true, messageIncludes: 'không có dấu phẩy' }],
      output: 'Thực hiện Hướng dẫn số 21/HD-LĐLĐ ngày 10/5/2024 của Liên đoàn Lao động tỉnh.',
    },
    {
      name: '“số:” with a colon',
      text: 'Căn cứ Thông báo số: 45/TB-CĐN ngày 02/4/2025 của Công đoàn ngành;',
      findings: [{ line: 1, fix: true, messageIncludes: 'dấu hai chấm' }],
      output: 'Căn cứ Thông báo số 45/TB-CĐN ngày 02/4/2025 của Công đoàn ngành;',
    },
    {
      name: 'a cited type in lower case',
      text: 'Các đơn vị thực hiện theo kế hoạch số 33/KH-CĐCS ngày 02/5/2025.',
      findings: [{ line: 1, range: [26, 48], fix: true, messageIncludes: '“Kế hoạch”' }],
      output: 'Các đơn vị thực hiện theo Kế hoạch số 33/KH-CĐCS ngày 02/5/2025.',
    },
    {
      name: 'a Công văn cited with the code of another type',
      text: 'Thực hiện Công văn số 512/KH-UBND ngày 02/5/2025 của Ủy ban nhân dân huyện.',
      findings: [{ line: 1, fix: false, messageIncludes: ['“KH” là kế hoạch', 'Kế hoạch số 512/KH-UBND'] }],
    },
    {
      name: 'the year in the number against the year of the date',
      text: 'Căn cứ Quyết định số 14/2019/QĐ-UBND ngày 20/7/2021 của Ủy ban nhân dân tỉnh.',
      findings: [
        { line: 1, fix: false, messageIncludes: 'năm trong số, ký hiệu (2019) khác năm ban hành (2021)' },
      ],
    },
    {
      name: 'an attachment line without its date and issuer',
      text: '(Ban hành kèm theo Quyết định số 27/QĐ-CĐN)',
      findings: [{ line: 1, fix: false, messageIncludes: 'ngày ban hành và cơ quan ban hành' }],
    },
  ],
});
