import rule from '../../../../../shared/core/rules/rules/nhiem-ky-nhat-quan.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    {
      name: 'one term written the same way everywhere (dashes aside)',
      text: 'Đại hội Công đoàn tỉnh Thái Nguyên nhiệm kỳ 2023-2028.\nThực hiện Nghị quyết Đại hội Công đoàn tỉnh Thái Nguyên nhiệm kỳ 2023 - 2028.',
    },
    {
      name: 'the Party’s term and the union’s term differ legitimately',
      text: 'Chào mừng Đại hội Đảng bộ tỉnh Thái Nguyên nhiệm kỳ 2020-2025.\nĐại hội Công đoàn tỉnh Thái Nguyên nhiệm kỳ 2023-2028.\nNghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên nhiệm kỳ 2020-2025.',
    },
    {
      name: 'the national congress and the province’s congress are different holders',
      text: 'Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028.\nĐại hội Công đoàn tỉnh lần thứ XI, nhiệm kỳ 2023-2028.\nĐại hội Công đoàn Việt Nam lần thứ XII, nhiệm kỳ 2018-2023.',
    },
    {
      name: 'a kind of body, not one body: a guidance names the terms of many CĐCS',
      text: 'Đại hội công đoàn cơ sở nhiệm kỳ 2023-2028.\nNơi đã tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2022-2027 thì …\nHướng dẫn đại hội công đoàn cơ sở nhiệm kỳ 2023-2028.',
    },
    {
      name: 'two khóa of one body have two terms',
      text: 'Ban Chấp hành khóa XII, nhiệm kỳ 2018-2023 đã lãnh đạo …\nBan Chấp hành khóa XIII, nhiệm kỳ 2023-2028 tiếp tục …\nNghị quyết của Ban Chấp hành khóa XIII, nhiệm kỳ 2023-2028.',
    },
    {
      name: 'as many mentions one way as the other: nothing tells which is right',
      text: 'Chủ tịch CĐCS Công ty TNHH Minh Long nhiệm kỳ 2023-2028.\nChủ tịch CĐCS Công ty TNHH Minh Long nhiệm kỳ 2025-2030.',
    },
  ],
  invalid: [
    {
      name: 'the title’s term against the body’s, the title wrapped onto its own line',
      text: 'BIÊN BẢN\nHội nghị Ban Chấp hành bầu bổ sung\nChủ tịch CĐCS Công ty TNHH Việt Nam ChungShing Textilex\nnhiệm kỳ 2025-2030\n1. Thông qua lý lịch người được giới thiệu vào chức danh Chủ tịch CĐCS Công ty TNHH Việt Nam ChungShing Textile, nhiệm kỳ 2023-2028.\n2. Hội nghị quyết định bầu bổ sung Chủ tịch CĐCS Công ty TNHH Việt Nam ChungShing Textile, nhiệm kỳ 2023-2028 là 01 người.',
      findings: [
        {
          line: 3,
          severity: 'warning',
          fix: false,
          messageIncludes: ['“2025-2030”', '2023-2028', 'ChungShing Textile', 'Nguyên tắc nhất quán'],
        },
      ],
    },
    {
      name: 'one mention of a province’s Party congress with other years',
      text: 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.\nQuy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá I, nhiệm kỳ 2025 - 2030.\nChương trình toàn khoá của Ban Chấp hành Đảng bộ tỉnh khoá I, nhiệm kỳ 2020 - 2025.',
      findings: [{ line: 3, messageIncludes: '“2020 - 2025”' }],
    },
  ],
});
