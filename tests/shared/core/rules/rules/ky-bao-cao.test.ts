import rule from '../../../../../shared/core/rules/rules/ky-bao-cao.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const THANG = 'BÁO CÁO\nKết quả thực hiện Nghị quyết tháng 4\nvà phương hướng, nhiệm vụ tháng 5 năm 2026';
const NAM = 'BÁO CÁO\nTổng kết hoạt động công đoàn năm 2024';

ruleTable(rule, {
  valid: [
    {
      name: 'headings and closing name the months and the year of the title',
      text: `${THANG}\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 4/2026\nChi bộ đã lãnh đạo …\nII. NHIỆM VỤ TRỌNG TÂM THÁNG 5 NĂM 2026\nTiếp tục …\nTrên đây là báo cáo kết quả thực hiện Nghị quyết tháng 4 và phương hướng nhiệm vụ tháng 5/2026 của Chi bộ.`,
    },
    {
      name: 'the tasks ahead name the year after the only year reported on',
      text: `${NAM}\nI. KẾT QUẢ HOẠT ĐỘNG NĂM 2024\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\nTrên đây là báo cáo tổng kết năm 2024 và phương hướng năm 2025.`,
    },
    {
      name: 'spans, comparisons and dates are no period reported on',
      text: `${NAM}\nI. KẾT QUẢ THỰC HIỆN CHỈ THỊ 05-CT/TW NGÀY 15 THÁNG 5 NĂM 2016\nII. SO VỚI NĂM 2022, NHIỆM KỲ 2023 - 2028 VÀ GIAI ĐOẠN 2021 - 2025\nIII. KẾ HOẠCH NĂM 2025 - 2026`,
    },
    {
      name: 'body text may name any month: only headings and the closing sentence are read',
      text: `${THANG}\nI. KẾT QUẢ THÁNG 4/2026\nSo với tháng 3/2026, số đảng viên tham gia tăng.`,
    },
    {
      name: 'a kế hoạch is not a báo cáo',
      text: 'KẾ HOẠCH\nHoạt động công đoàn năm 2025\nI. KẾT QUẢ NĂM 2023',
    },
    {
      name: 'a đề cương báo cáo is an outline, not the báo cáo',
      text: 'ĐỀ CƯƠNG BÁO CÁO\nHoạt động công đoàn 6 tháng đầu năm 2020\nI. KẾT QUẢ NĂM 2019',
    },
    {
      name: 'a title that names no period gives nothing to compare with',
      text: 'BÁO CÁO\nTình hình công nhân lao động\nI. KẾT QUẢ NĂM 2023\nII. NHIỆM VỤ NĂM 2024',
    },
  ],
  invalid: [
    {
      name: 'the closing sentence left from last month’s report',
      text: `${THANG}\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 4/2026\nTrên đây là báo cáo kết quả thực hiện Nghị quyết tháng 3/2026 và phương hướng nhiệm vụ tháng 4/2026 của Chi bộ.`,
      findings: [
        {
          line: 5,
          severity: 'warning',
          range: [49, 61],
          messageIncludes: ['“tháng 3/2026”', 'tháng 4, 5; năm 2026', 'câu kết', 'Nguyên tắc nhất quán'],
        },
      ],
    },
    {
      name: 'a heading with last year’s year',
      text: `${NAM}\nI. KẾT QUẢ HOẠT ĐỘNG NĂM 2024\nII. NHIỆM VỤ TRỌNG TÂM NĂM 2023`,
      findings: [{ line: 4, messageIncludes: ['“NĂM 2023”', 'năm 2024', 'đề mục'] }],
    },
    {
      name: 'a quarter the title does not name',
      text: 'BÁO CÁO\nKết quả hoạt động quý I năm 2025\nI. KẾT QUẢ QUÝ I\nII. NHIỆM VỤ QUÝ II\nIII. DỰ KIẾN QUÝ IV',
      findings: [{ line: 5, messageIncludes: '“QUÝ IV”' }],
    },
  ],
});
