import rule from '../../../../../shared/core/rules/rules/dau-cau.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const PROSE = 'Công đoàn cơ sở đã phối hợp với chuyên môn tổ chức tốt các hoạt động chăm lo cho đoàn viên';
/** Ten prose paragraphs ending with a full stop: the document's habit. */
const HABIT = Array.from({ length: 10 }, (_, i) => `${PROSE} trong quý ${i + 1}.`).join('\n');

ruleTable(rule, {
  valid: [
    'Các hoạt động văn hóa, thể thao, du lịch,... được duy trì.',
    { name: 'an ellipsis and abbreviations', text: 'Chuẩn bị tài liệu, hội trường, v.v. cho hội nghị...' },
    {
      name: 'a list of ";" whose last item ends with "."',
      text: '- Tổ chức hội nghị;\n- Khen thưởng;\n- Tổng kết năm.',
    },
    {
      name: 'a list whose items all end without a mark',
      text: '- Ban Tuyên giáo\n- Ban Tổ chức\n- Văn phòng',
    },
    {
      name: 'a list with several items of each kind',
      text: '- Họp.\n- Thi đua;\n- Khen thưởng.\n- Tổng kết;',
    },
    { name: 'short headings under a letter', text: 'a) Mục đích\nb) Yêu cầu\nc) Nội dung.' },
    {
      name: 'two lists with a paragraph between them, each too short to have an odd item',
      text: '- Họp.\n- Thi đua.\nCác nội dung khác\n- Khen thưởng\n- Tổng kết.',
    },
    { name: 'a prose paragraph in a document without the habit', text: `${PROSE} trong năm` },
    { name: '"V/v" followed by its subject', text: 'V/v tổ chức hội nghị người lao động' },
  ],
  invalid: [
    {
      name: 'a doubled full stop',
      text: 'Phòng chống dịch sốt xuất huyết, tay chân miệng..',
      findings: [{ fix: true }],
      output: 'Phòng chống dịch sốt xuất huyết, tay chân miệng.',
    },
    {
      name: 'four dots after a comma',
      text: 'Di dời người dân khỏi vùng ngập, sạt lở,....',
      findings: [{ fix: true, messageIncludes: '“,...”' }],
      output: 'Di dời người dân khỏi vùng ngập, sạt lở,...',
    },
    {
      name: 'a full stop before a lower-case word inside a list',
      text: 'Ứng dụng công nghệ trong quản lý. vận hành và sản xuất.',
      findings: [{ range: [32, 33], fix: false }],
    },
    {
      name: 'a colon after V/v',
      text: 'V/v: tổ chức hội nghị người lao động',
      findings: [{ fix: true }],
      output: 'V/v tổ chức hội nghị người lao động',
    },
    {
      name: 'the one item of a list that ends unlike the others',
      text: '- Tổ chức hội nghị tổng kết.\n- Khen thưởng tập thể, cá nhân.\n- Tổng kết phong trào thi đua\n- Báo cáo kết quả về Liên đoàn.',
      findings: [{ line: 3, messageIncludes: 'không có dấu câu' }],
    },
    {
      name: 'an item ending with ";" among items ending with "."',
      text: 'a) Sở Nội vụ chủ trì hướng dẫn các đơn vị thực hiện kế hoạch này.\nb) Sở Tài chính bảo đảm kinh phí cho các hoạt động của kế hoạch;\nc) Sở Tư pháp phối hợp thẩm định các văn bản liên quan đến kế hoạch.',
      findings: [{ line: 2, messageIncludes: '“;”' }],
    },
    {
      name: 'a prose paragraph without its full stop where the others have one',
      text: `${HABIT}\n${PROSE} trong năm\n${PROSE} trong năm tới.`,
      findings: [{ line: 11, messageIncludes: 'Đoạn văn' }],
    },
  ],
});
