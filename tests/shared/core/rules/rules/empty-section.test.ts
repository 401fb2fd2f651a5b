import rule from '../../../../../shared/core/rules/rules/empty-section.ts';
import { ruleTable, testOutline } from '../../../../helpers/rule-tester.ts';

const lines = (...l: string[]) => l.join('\n');

const outline = testOutline([
  {
    id: 'dac-diem',
    title: 'Đặc điểm tình hình',
    numbering: 'roman',
    required: true,
    guidance: ['Nêu rõ những thuận lợi, khó khăn ảnh hưởng đến việc làm, đời sống của đoàn viên.'],
    children: [
      { id: 'tinh-hinh-chung', title: 'Tình hình chung', numbering: 'arabic', required: true },
      { id: 'thuan-loi', title: 'Thuận lợi, khó khăn', numbering: 'arabic', required: false },
    ],
  },
  {
    id: 'ket-qua',
    title: 'Kết quả hoạt động',
    numbering: 'roman',
    required: true,
    guidance: ['Đánh giá kết quả tuyên truyền, chăm lo đời sống và bảo vệ quyền lợi của đoàn viên.'],
  },
  {
    id: 'phuong-huong',
    title: 'Phương hướng nhiệm vụ 6 tháng cuối năm',
    numbering: 'roman',
    required: true,
    guidance: ['Xác định các nhiệm vụ trọng tâm của công đoàn cơ sở trong 6 tháng cuối năm.'],
  },
]);

/** The đề cương itself: headings and prompts, no content, as the upper body sends it. */
const deCuong = lines(
  'ĐỀ CƯƠNG',
  'Báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm',
  'I. ĐẶC ĐIỂM TÌNH HÌNH',
  'Nêu rõ những thuận lợi, khó khăn ảnh hưởng đến việc làm, đời sống của đoàn viên.',
  '1. Tình hình chung',
  '2. Thuận lợi, khó khăn',
  'II. KẾT QUẢ HOẠT ĐỘNG',
  'Đánh giá kết quả tuyên truyền, chăm lo đời sống và bảo vệ quyền lợi của đoàn viên.',
  'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
  'Xác định các nhiệm vụ trọng tâm của công đoàn cơ sở trong 6 tháng cuối năm.',
);

ruleTable(rule, {
  valid: [
    {
      name: 'every section has content; a parent whose children have content is not empty',
      text: lines(
        'BÁO CÁO',
        'Kết quả hoạt động công đoàn 6 tháng đầu năm 2024',
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        'Công đoàn cơ sở có 120 đoàn viên.',
        '2. Thuận lợi, khó khăn',
        'Được sự quan tâm của chi bộ và chuyên môn.',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '- Tổ chức 4 buổi tuyên truyền pháp luật lao động;',
        '- Thăm hỏi 12 đoàn viên ốm đau.',
        'Nơi nhận:',
        '- LĐLĐ huyện;',
        '- Lưu: VT, VP.',
        'TM. BAN CHẤP HÀNH',
        'CHỦ TỊCH',
      ),
    },
    { name: 'the đề cương itself (title ĐỀ CƯƠNG), checked without an outline', text: deCuong },
    { name: 'the đề cương itself, matched to its outline (isSource)', text: deCuong, outline },
    {
      name: 'an item with its content after a colon is not an empty section',
      text: lines(
        'Điều 4. Phân loại địa bàn',
        '1. Vùng thấp: các xã ven sông và đồng bằng',
        '2. Vùng cao: các xã có độ cao trên 500 m',
      ),
    },
    {
      name: 'a form attached for recipients to fill keeps its bare items',
      text: lines(
        'I. NỘI DUNG',
        'Các đơn vị đăng ký theo mẫu kèm theo./.',
        'Nơi nhận:',
        '- Các CĐCS;',
        '- Lưu: VT.',
        'MẪU 1',
        'BẢN ĐĂNG KÝ',
        '1. Tên đơn vị',
        '2. Số đoàn viên',
      ),
    },
    {
      name: 'a section whose prompt stands above sub-sections with content: the prompt is leftover-guidance’s',
      outline,
      text: lines(
        'BÁO CÁO',
        'Kết quả hoạt động công đoàn 6 tháng đầu năm 2024',
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'Nêu rõ những thuận lợi, khó khăn ảnh hưởng đến việc làm, đời sống của đoàn viên.',
        '1. Tình hình chung',
        'Đơn vị có 40 đoàn viên.',
        '2. Thuận lợi, khó khăn',
        'Nhiều thuận lợi.',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'Tổ chức 4 buổi tuyên truyền.',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Tiếp tục phát triển đoàn viên.',
      ),
    },
    {
      name: 'a section with its prompt left in and its own content after it: written (the prompt is leftover-guidance’s)',
      outline,
      text: lines(
        'BÁO CÁO',
        'Kết quả hoạt động công đoàn 6 tháng đầu năm 2024',
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        'Đơn vị có 40 đoàn viên.',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'Đánh giá kết quả tuyên truyền, chăm lo đời sống và bảo vệ quyền lợi của đoàn viên.',
        'Tổ chức 4 buổi tuyên truyền pháp luật lao động cho đoàn viên.',
        'Trên đây là báo cáo kết quả hoạt động./.',
      ),
    },
    {
      name: 'a Phần whose title stands on the next line and which has content',
      text: lines(
        'Phần thứ nhất',
        'Kết quả hoạt động',
        'Kết nạp 15 đoàn viên mới.',
        'Phần thứ hai',
        'Phương hướng',
        'Tiếp tục phát triển đoàn viên.',
      ),
    },
    'PHẦN THỨ NHẤT\nKẾT QUẢ HOẠT ĐỘNG\nI. CÔNG TÁC TỔ CHỨC\nKết nạp 15 đoàn viên mới.',
  ],
  invalid: [
    {
      name: 'a sub-section with nothing before the next heading',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        'Công đoàn cơ sở có 120 đoàn viên.',
        '2. Thuận lợi, khó khăn',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'Tổ chức 4 buổi tuyên truyền.',
      ),
      findings: [
        {
          line: 4,
          severity: 'warning',
          range: [0, 22],
          fix: false,
          messageIncludes: 'Mục “2. Thuận lợi, khó khăn” chưa có nội dung',
        },
      ],
    },
    {
      name: 'empty sections at the end, before Nơi nhận and the signature',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'Công đoàn cơ sở có 120 đoàn viên.',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Nơi nhận:',
        '- Lưu: VT, VP.',
        'TM. BAN CHẤP HÀNH',
        'CHỦ TỊCH',
      ),
      findings: [
        { line: 3, range: [0, 21], messageIncludes: '“II. KẾT QUẢ HOẠT ĐỘNG”' },
        { line: 4, messageIncludes: '“III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM”' },
      ],
    },
    {
      name: 'a report matched to the outline is not the đề cương: its empty sections count',
      outline,
      text: lines(
        'BÁO CÁO',
        'Kết quả hoạt động công đoàn 6 tháng đầu năm 2024',
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        '2. Thuận lợi, khó khăn',
        'Nhiều thuận lợi.',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'Tổ chức 4 buổi tuyên truyền.',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
      ),
      findings: [
        {
          line: 4,
          severity: 'error',
          messageIncludes: '(mục bắt buộc của đề cương); viết nội dung cho mục này',
        },
        { line: 9, severity: 'error' },
      ],
    },
    {
      name: 'a report whose sections still hold only the đề cương’s prompts: an error where the section is required',
      outline,
      text: lines(
        'BÁO CÁO',
        'Kết quả hoạt động công đoàn 6 tháng đầu năm 2024',
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        'Đơn vị có 40 đoàn viên.',
        '2. Thuận lợi, khó khăn',
        'Nhiều thuận lợi.',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'Đánh giá kết quả tuyên truyền, chăm lo đời sống và bảo vệ quyền lợi của đoàn viên.',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Xác định các nhiệm vụ trọng tâm của công đoàn cơ sở trong 6 tháng cuối năm.',
        'Trên đây là báo cáo của Ban Chấp hành công đoàn cơ sở./.',
      ),
      findings: [
        {
          line: 8,
          severity: 'error',
          messageIncludes: ['“II. KẾT QUẢ HOẠT ĐỘNG” mới chỉ có lời gợi ý của đề cương', 'mục bắt buộc'],
        },
        { line: 10, severity: 'error', messageIncludes: '“III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM”' },
      ],
    },
    {
      name: 'a "Phần thứ hai" with only its title line is empty (the title is not content)',
      text: lines(
        'Phần thứ nhất',
        'Kết quả hoạt động',
        'Kết nạp 15 đoàn viên mới.',
        'Phần thứ hai',
        'Phương hướng nhiệm vụ',
        'Nơi nhận:',
        '- Lưu: VT.',
      ),
      findings: [{ line: 4, range: [0, 12], messageIncludes: '“Phần thứ hai”' }],
    },
    {
      name: 'a Chương whose title is followed straight by the next Chương',
      text: lines(
        'Chương I',
        'NHỮNG QUY ĐỊNH CHUNG',
        'Chương II',
        'TỔ CHỨC THỰC HIỆN',
        'Điều 1. Phạm vi áp dụng',
        'Quy chế này áp dụng cho công đoàn cơ sở.',
      ),
      findings: [{ line: 1, range: [0, 8], messageIncludes: '“Chương I”' }],
    },
  ],
});
