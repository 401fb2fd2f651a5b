import rule from '../../../../../shared/core/rules/rules/placeholder-text.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    { name: 'an ellipsis of three dots ends a sentence', text: 'Tổng số đoàn viên của đơn vị...' },
    { name: 'a draft Số line keeps its blank for the văn thư', text: 'Số:    /BC-CĐCS' },
    { name: 'a draft Số line with dots', text: 'Số: ......./BC-CĐCS' },
    { name: 'a draft Số line without its colon', text: 'Số    /KH-CĐCS' },
    { name: 'a draft date line', text: 'Hà Nội, ngày ..... tháng ..... năm 2024' },
    { name: 'a citation in brackets', text: 'Tập huấn cho 50 cán bộ công đoàn [1].' },
    { name: 'single ellipses in a sentence', text: 'Dự kiến… hoàn thành… trong quý III.' },
    'Căn cứ Điều lệ Công đoàn Việt Nam (khóa XIII);\nNơi nhận:\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ',
    {
      name: 'the blanks of a form attached to a guidance are meant for its recipients',
      text: [
        'II. NỘI DUNG',
        'Các công đoàn cơ sở báo cáo theo mẫu kèm theo hướng dẫn này./.',
        'Nơi nhận:',
        '- Các CĐCS trực thuộc;',
        '- Lưu: VT, TC.',
        'Mẫu số 01',
        'CÔNG ĐOÀN ……………\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'BÁO CÁO',
        '1. Số đoàn viên: ……………',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a dot leader of ellipsis characters',
      text: 'Công đoàn cơ sở ……………… tổ chức hội nghị.',
      findings: [
        {
          line: 1,
          severity: 'warning',
          range: [16, 22],
          fix: false,
          messageIncludes: 'Còn chỗ trống chưa điền “………………”',
        },
      ],
    },
    {
      name: '“[…]”',
      text: 'Kính gửi: […]',
      findings: [{ line: 1, range: [10, 13], messageIncludes: '“[…]”' }],
    },
    {
      name: 'a snippet field “{{ten}}” never filled',
      text: 'Đồng chí {{ten}} được khen thưởng.',
      findings: [{ line: 1, range: [9, 16], messageIncludes: '“{{ten}}”' }],
    },
    {
      name: '“(ghi rõ …)”',
      text: 'Tên công đoàn cơ sở (ghi rõ …) đã đăng ký.',
      findings: [{ line: 1, range: [20, 30], messageIncludes: '“(ghi rõ …)”' }],
    },
    {
      name: 'a line that starts with “Số” but is a sentence, not the Số line',
      text: 'Số đoàn viên kết nạp mới (ghi rõ số lượng theo từng tổ) là 15 người.',
      findings: [{ line: 1, range: [25, 55], messageIncludes: '“(ghi rõ số l…”' }],
    },
    {
      name: 'a dot leader after “Số đoàn viên:”',
      text: 'Số đoàn viên kết nạp mới: ……… người.',
      findings: [{ line: 1, range: [26, 29] }],
    },
    {
      name: 'one blank, one finding: “[..........]” is not also a dot leader',
      text: 'Kính gửi: [..........]',
      findings: [{ line: 1, range: [10, 22], messageIncludes: '“[..........]”' }],
    },
    {
      name: 'one blank, one finding: “(ghi rõ tên đơn vị: ………)”',
      text: 'Đơn vị (ghi rõ tên đơn vị: ………) đã tham gia.',
      findings: [{ line: 1, range: [7, 31] }],
    },
    {
      name: 'two blanks in one line, in order; XXX and underscores',
      text: 'Đồng chí XXX, Chủ tịch công đoàn.\nHọ và tên: ______________\nNội dung (ghi rõ …) và [tên đơn vị].',
      findings: [
        { line: 1, range: [9, 12], messageIncludes: '“XXX”' },
        { line: 2, range: [11, 25] },
        { line: 3, range: [9, 19] },
        { line: 3, range: [23, 35], messageIncludes: '“[tên đơn vị]”' },
      ],
    },
  ],
});
