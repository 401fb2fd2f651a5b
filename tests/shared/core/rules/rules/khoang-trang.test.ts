import rule from '../../../../../shared/core/rules/rules/khoang-trang.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    'Công đoàn cơ sở đã tổ chức hội nghị, tổng kết công tác năm 2025.',
    {
      name: 'numbers with separators',
      text: 'Tổng thu đạt 1.250,5 triệu đồng, tăng 12,5% so với năm trước.',
    },
    { name: 'units written apart', text: 'Tuyến đường dài 12,5 km, diện tích 3 ha, cao 1,2 m.' },
    { name: 'a blank left for the day', text: 'Hà Nội, ngày   tháng 5 năm 2026' },
    { name: 'TABs between cells', text: 'STT\tNội dung\tGhi chú\n1\tHọp  BCH\tTháng 3' },
    {
      name: 'ellipses, ./. and blanks',
      text: 'Họ và tên: ..........\nCác nội dung khác …\nĐề nghị các đơn vị thực hiện./.',
    },
    { name: 'abbreviations joined by a comma', text: 'Phối hợp với Sở VH,TT&DL tổ chức lễ kỷ niệm.' },
    { name: '"%" written apart through the document', text: 'Tỷ lệ đạt 95 %.\nKết nạp đạt 80 %.' },
    { name: 'a point label before a word', text: 'Theo quy định tại điểm d ít nhất hai năm một lần.' },
    { name: 'a footnote mark before a capital', text: '- 1Hướng dẫn số 12/HD-TLĐ' },
    { name: 'codes such as 5G, H5N1, 01a', text: 'Triển khai mạng 5G; phòng dịch cúm H5N1; biểu mẫu 01a.' },
  ],
  invalid: [
    {
      name: 'two spaces between words',
      text: 'Ban Thường vụ  đã họp ngày 05/3/2026.',
      findings: [{ line: 1, range: [13, 15], fix: true, messageIncludes: 'hai dấu cách' }],
      output: 'Ban Thường vụ đã họp ngày 05/3/2026.',
    },
    {
      name: 'a space before a comma, a colon and a full stop',
      text: 'Nâng cao nhận thức ,trình độ.\nThành phần :\nThực hiện thường xuyên .',
      findings: [
        { line: 1, fix: true },
        { line: 2, fix: true },
        { line: 3, fix: true },
      ],
      output: 'Nâng cao nhận thức, trình độ.\nThành phần:\nThực hiện thường xuyên.',
    },
    {
      name: 'no space after a comma or a semicolon',
      text: 'Đoàn viên học giỏi,lao động tốt;thực hiện nghiêm kỷ luật.',
      findings: [{ fix: true }, { fix: true }],
      output: 'Đoàn viên học giỏi, lao động tốt; thực hiện nghiêm kỷ luật.',
    },
    {
      name: 'a number glued to its unit or to a word',
      text: 'Trồng mới 15ha rừng, làm 2,5km đường từ tháng 3/2026theo kế hoạch.',
      findings: [
        { messageIncludes: 'đơn vị đo' },
        { messageIncludes: 'đơn vị đo' },
        { messageIncludes: 'liền với chữ' },
      ],
      output: 'Trồng mới 15 ha rừng, làm 2,5 km đường từ tháng 3/2026 theo kế hoạch.',
    },
    {
      name: '"%" apart where the document writes it glued',
      text: 'Tỷ lệ tham gia đạt 96%, kết nạp đạt 85%.\nTỷ lệ hộ nghèo còn 2 %.',
      findings: [{ line: 2, messageIncludes: '%', fix: true }],
      output: 'Tỷ lệ tham gia đạt 96%, kết nạp đạt 85%.\nTỷ lệ hộ nghèo còn 2%.',
    },
    {
      name: 'spaces inside brackets and quotes',
      text: 'Phong trào “ Xanh – Sạch – Đẹp ” tại cơ sở ( khu vực phía Bắc ).',
      findings: [{}, {}, {}, {}],
      output: 'Phong trào “Xanh – Sạch – Đẹp” tại cơ sở (khu vực phía Bắc).',
    },
    {
      name: 'a quotation glued to the word before it',
      text: 'Hưởng ứng cuộc thi“Tìm hiểu pháp luật” năm 2026.',
      findings: [{ messageIncludes: 'ngoặc kép', fix: true }],
      output: 'Hưởng ứng cuộc thi “Tìm hiểu pháp luật” năm 2026.',
    },
    {
      name: 'a syllable cut in two',
      text: 'Thực hiện theo qu y chế của cơ quan.',
      findings: [{ messageIncludes: 'tách đôi', fix: true }],
      output: 'Thực hiện theo quy chế của cơ quan.',
    },
    {
      name: 'two words in capitals run together',
      text: 'DANH MỤC NHIỆM VỤ TRỌNG TÂMNĂM 2026',
      findings: [{ messageIncludes: 'liền nhau', fix: true }],
      output: 'DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026',
    },
    {
      name: 'a stray full stop before a word: reported without a fix',
      text: 'Tham gia tích cực trong .các phong trào thi đua.',
      findings: [{ fix: false }],
    },
  ],
});
