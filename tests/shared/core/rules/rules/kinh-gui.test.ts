import rule from '../../../../../shared/core/rules/rules/kinh-gui.ts';
import { ruleTable, testOutline } from '../../../../helpers/rule-tester.ts';

/** A báo cáo sent upward: its outline expects a Kính gửi (frame.kinhGui). */
const UPWARD = testOutline(
  [
    { id: 'i', title: 'KẾT QUẢ THỰC HIỆN', numbering: 'roman', required: true },
    { id: 'ii', title: 'ĐỀ XUẤT', numbering: 'roman', required: true },
  ],
  { frame: { typeName: 'BÁO CÁO', kinhGui: true } },
);
const BODY =
  'I. KẾT QUẢ THỰC HIỆN\nĐơn vị đã tổ chức 5 hội nghị với 300 đoàn viên tham dự.\nII. ĐỀ XUẤT\nĐề nghị cấp trên hỗ trợ kinh phí.';

const CV = 'Số: 112/CĐVC-VP\nV/v báo cáo kết quả hoạt động\nHà Nội, ngày 05 tháng 3 năm 2024';

ruleTable(rule, {
  valid: [
    {
      name: 'a recipient whose colon announces the names on the lines below',
      text: `${CV}\nKính gửi: Công đoàn giáo dục các tỉnh:\nAn Giang, Bình Định, Cà Mau và Đồng Nai\nĐề nghị báo cáo.`,
    },
    {
      name: 'one recipient on the Kính gửi line without a full stop, as NĐ 30’s own example (Phụ lục I, II.9.a)',
      text: `${CV}\nKính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh\nĐề nghị báo cáo.`,
    },
    {
      name: 'one recipient in the right cell of a Kính gửi table (the Word layout), without a full stop',
      doc: {
        blocks: [
          { text: 'Kính gửi:', style: {}, table: { table: 1, row: 0, cell: 0 } },
          { text: 'Ban Tổ chức', style: {}, table: { table: 1, row: 0, cell: 1 } },
          { text: 'Đề nghị các ban phối hợp.', style: {} },
        ],
        meta: {},
      },
    },
    {
      name: 'one recipient on the label’s line',
      text: `${CV}\nKính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Cao Bằng.\nĐề nghị báo cáo.`,
    },
    {
      name: 'seed 002: several recipients under the label',
      text: 'Kính gửi:\n\n- Liên đoàn Lao động các huyện, thị xã, thành phố;\n- Các Công đoàn ngành, Công đoàn Viên chức tỉnh;\n- Các Ban LĐLĐ tỉnh.\n\nCăn cứ Thông báo số: 174/TB-TLĐ.',
    },
    {
      name: 'seed 003: one recipient inline',
      text: 'Số: 148/HD - CĐVC\nV/v báo cáo\nKính gửi: Các Công đoàn cơ sở trực thuộc.\nThực hiện Công văn số 633/TLĐ.',
    },
    {
      name: 'a first recipient on the label’s line, the others below',
      text: 'Kính gửi: - Ban Tổ chức;\n- Ban Tuyên giáo.\nĐề nghị các ban phối hợp.',
    },
    {
      name: 'one complete recipient; the dashes below are the body’s',
      text: 'Kính gửi: Các Công đoàn cơ sở trực thuộc.\n- Tổng hợp số liệu đoàn viên\n- Gửi báo cáo đúng hạn',
    },
    {
      name: 'a blank left to fill is placeholder-text’s business',
      text: 'Kính gửi:......................................................\nThực hiện Chương trình.',
    },
    {
      name: 'a Kế hoạch has no Kính gửi and needs none',
      text: 'Số: 05/KH-CĐN\nKẾ HOẠCH\nTổ chức hội nghị\nI. MỤC ĐÍCH',
    },
  ],
  invalid: [
    {
      name: 'one recipient ending in a semicolon',
      text: 'Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh;\nĐề nghị báo cáo.',
      findings: [{ line: 1, fix: true, messageIncludes: 'không kết thúc bằng dấu “;”' }],
      output: 'Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh\nĐề nghị báo cáo.',
    },
    {
      name: 'a list whose last line ends in a semicolon and whose middle line ends in a comma',
      text: 'Kính gửi:\n- Liên đoàn Lao động các huyện,\n- Các Công đoàn ngành;\n- Các Ban LĐLĐ tỉnh;\nĐề nghị báo cáo.',
      findings: [
        { line: 2, fix: true },
        { line: 4, fix: true },
      ],
      output:
        'Kính gửi:\n- Liên đoàn Lao động các huyện;\n- Các Công đoàn ngành;\n- Các Ban LĐLĐ tỉnh.\nĐề nghị báo cáo.',
    },
    {
      name: 'several recipients in one table cell, the second without its dash',
      doc: {
        blocks: [
          { text: 'Kính gửi:', style: {}, table: { table: 1, row: 0, cell: 0 } },
          { text: '- Ban Tổ chức;', style: {}, table: { table: 1, row: 0, cell: 1 } },
          { text: 'Ban Tuyên giáo.', style: {}, table: { table: 1, row: 0, cell: 1 } },
          { text: 'Đề nghị các ban phối hợp.', style: {} },
        ],
        meta: {},
      },
      findings: [{ block: 2, fix: true, messageIncludes: 'bắt đầu bằng “-”' }],
      output: 'Kính gửi:\n- Ban Tổ chức;\n- Ban Tuyên giáo.\nĐề nghị các ban phối hợp.',
    },
    {
      name: '“Kính gửi” without its colon',
      text: 'Kính gửi Ban Thường vụ Liên đoàn Lao động tỉnh.\nĐề nghị báo cáo.',
      findings: [{ line: 1, range: [0, 8], fix: true, messageIncludes: 'dấu hai chấm' }],
      output: 'Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh.\nĐề nghị báo cáo.',
    },
    {
      name: 'a báo cáo whose outline wants a Kính gửi: a warning',
      outline: UPWARD,
      text: `Số: 15/BC-CĐCS\nHà Nội, ngày 05 tháng 3 năm 2024\nBÁO CÁO\nKết quả năm 2023\n${BODY}`,
      findings: [{ line: 1, severity: 'warning', range: [0, 0], messageIncludes: 'Thiếu phần “Kính gửi:”' }],
    },
    {
      name: 'a công văn without Kính gửi',
      text: `${CV}\nĐề nghị các đơn vị báo cáo trước ngày 15/6/2024.`,
      findings: [
        { line: 1, severity: 'error', range: [0, 0], fix: false, messageIncludes: 'Thiếu phần “Kính gửi:”' },
      ],
    },
  ],
});
