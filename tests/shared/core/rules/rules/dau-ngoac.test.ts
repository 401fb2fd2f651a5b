import rule from '../../../../../shared/core/rules/rules/dau-ngoac.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    'Phát động phong trào “Xanh - Sạch - Đẹp” (giai đoạn 2026 - 2030) trong toàn hệ thống.',
    {
      name: 'straight quotes used throughout',
      text: 'Chương trình "Tết Sum vầy" và cuộc thi "Tìm hiểu pháp luật".',
    },
    {
      name: 'single quotes inside double ones',
      text: 'Khẩu hiệu “Làm theo lời Bác ‘cần, kiệm, liêm, chính’ ” được treo.',
    },
    {
      name: 'list labels with a closing bracket',
      text: 'a) Tổ chức hội nghị;\nb) Khen thưởng các điểm a), b) nêu trên.',
    },
    { name: 'an apostrophe in a foreign name', text: "Tham dự hội thảo tại trường O'Neill." },
    {
      name: 'a quotation running over two paragraphs',
      text: '“Mọi người đều có quyền lao động.\nKhông ai bị cưỡng bức lao động.”',
    },
    { name: 'nested brackets', text: 'Đạt tốc độ cao (10 Gbps (gigabit mỗi giây)) trên toàn tuyến.' },
  ],
  invalid: [
    {
      name: 'an opening quotation mark never closed',
      text: 'Tiếp tục đẩy mạnh việc “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh trong cơ quan.',
      findings: [{ messageIncludes: 'không có dấu đóng', fix: false }],
    },
    {
      name: 'a closing bracket never opened',
      text: 'Gửi báo cáo trước ngày 15/6/2026 thứ Hai) về Văn phòng.',
      findings: [{ messageIncludes: 'không có dấu mở' }],
    },
    {
      name: 'a straight quote closed by a curly one',
      text: 'Chương trình "Mái ấm Công đoàn” được triển khai.',
      findings: [{ messageIncludes: 'hai kiểu', fix: true }],
      output: 'Chương trình “Mái ấm Công đoàn” được triển khai.',
    },
    {
      name: 'two single quotes standing for a double one',
      text: 'Đẩy mạnh ‘‘học tập và làm theo’’ trong chi bộ.',
      findings: [{ fix: true }, { fix: true }],
      output: 'Đẩy mạnh “học tập và làm theo” trong chi bộ.',
    },
    {
      name: 'an unclosed bracket inside a closed one',
      text: 'Hạ tầng truyền dẫn (tốc độ 10 Gigabit mỗi giây (10 Gbps đối xứng).',
      findings: [{ messageIncludes: 'ngoặc đơn' }],
    },
  ],
});
