import rule from '../../../../../shared/core/rules/rules/viet-hoa-giua-cau.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    // Names after ";" keep their capitals.
    'Thành phần gồm: Sở Tài chính; Sở Nội vụ; Công an tỉnh.',
    'Căn cứ Luật Công đoàn; Hướng dẫn số 03/HD-TLĐ của Tổng Liên đoàn.',
    // Capitals after "." and ":" open a sentence.
    'Hoàn thành kế hoạch. Tăng cường kiểm tra: Đẩy mạnh tuyên truyền.',
    // A law's name begins with a capital, whatever its first word.
    'Thực hiện Luật Ban hành văn bản quy phạm pháp luật.',
    // "ban hành Quy định về …" issues a document named Quy định.
    'Quyết định ban hành Quy định về quản lý tài sản công.',
    // Campaign names listed after "phong trào".
    'Hưởng ứng các phong trào thi đua: Lao động giỏi; Đẩy mạnh sáng kiến, cải tiến kỹ thuật.',
    'Khen thưởng các Doanh nghiệp Viễn thông Quân đội.',
    'Ông Nguyễn Văn An phát biểu; bà Lê Thị Bình tham dự.',
    'Kỷ niệm 95 năm ngày thành lập Công đoàn Việt Nam.',
    // A capital right after a body's type opens its name (NĐ 30/2020, Phụ lục II, mục II.3).
    'Đoàn tham quan tại Trung tâm Giao lưu Văn hóa Phố cổ Hà Nội số 50 Đào Duy Từ.',
    'Hợp đồng với Tổng công ty Giao nhận kho vận ngoại thương.',
  ],
  invalid: [
    {
      name: 'a clause word with a capital after “;” and after “,”',
      text: 'Các đơn vị rà soát danh sách; Chủ động bố trí kinh phí, Đảm bảo đúng tiến độ.',
      findings: [
        { line: 1, severity: 'warning', range: [30, 38], messageIncludes: 'sau dấu “;”', fix: true },
        { line: 1, messageIncludes: 'sau dấu “,”', fix: true },
      ],
      output: 'Các đơn vị rà soát danh sách; chủ động bố trí kinh phí, đảm bảo đúng tiến độ.',
    },
    {
      name: 'common nouns after “các”, a member, a joining word',
      text: 'Khen thưởng các Doanh nghiệp tiêu biểu và các Thành viên tích cực; Các cơ sở thực hiện.',
      findings: [{ fix: true }, { fix: true }, { fix: true }],
      output: 'Khen thưởng các doanh nghiệp tiêu biểu và các thành viên tích cực; các cơ sở thực hiện.',
    },
    {
      name: '“Năm” after a number and “Bà” before a name mid-sentence',
      text: 'Kỷ niệm 95 Năm ngày thành lập, đề nghị kết nạp đối với Bà Trần Thị Hoa.',
      findings: [
        { messageIncludes: 'sau số', fix: true },
        { messageIncludes: 'xưng hô', fix: true },
      ],
      output: 'Kỷ niệm 95 năm ngày thành lập, đề nghị kết nạp đối với bà Trần Thị Hoa.',
    },
    {
      name: 'a verb after its subject or after “về việc”, title case',
      text: 'Thủ tướng Chính phủ Quy định mức chi về việc Phê duyệt danh mục tại Hội Nghị.',
      findings: [
        { messageIncludes: 'động từ', fix: true },
        { fix: true },
        { messageIncludes: 'chữ đầu', fix: true },
      ],
      output: 'Thủ tướng Chính phủ quy định mức chi về việc phê duyệt danh mục tại Hội nghị.',
    },
    {
      name: 'a verb after a body named in full, not after a type of body',
      text: 'Sở Tài chính Giao nhiệm vụ cho các phòng chuyên môn.',
      findings: [{ messageIncludes: 'động từ', fix: true }],
      output: 'Sở Tài chính giao nhiệm vụ cho các phòng chuyên môn.',
    },
  ],
});
