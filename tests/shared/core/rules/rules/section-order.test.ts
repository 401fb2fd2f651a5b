import rule from '../../../../../shared/core/rules/rules/section-order.ts';
import { ruleTable, testOutline } from '../../../../helpers/rule-tester.ts';

const lines = (...l: string[]) => l.join('\n');

/** The sections of a đề cương from an upper body (a real source): its order holds for every section. */
const SECTIONS = [
  {
    id: 'dac-diem',
    title: 'Đặc điểm tình hình',
    numbering: 'roman',
    required: true,
    children: [
      { id: 'thuan-loi', title: 'Thuận lợi', numbering: 'arabic', required: true },
      { id: 'kho-khan', title: 'Khó khăn', numbering: 'arabic', required: true },
    ],
  },
  {
    id: 'ket-qua',
    title: 'Kết quả hoạt động',
    numbering: 'roman',
    required: true,
    children: [
      { id: 'tuyen-truyen', title: 'Công tác tuyên truyền, giáo dục', numbering: 'arabic', required: true },
      { id: 'cham-lo', title: 'Công tác chăm lo đời sống đoàn viên', numbering: 'arabic', required: true },
      { id: 'kiem-tra', title: 'Công tác kiểm tra', numbering: 'arabic', required: false },
    ],
  },
  { id: 'phuong-huong', title: 'Phương hướng nhiệm vụ 6 tháng cuối năm', numbering: 'roman', required: true },
  { id: 'kien-nghi', title: 'Kiến nghị, đề xuất', numbering: 'roman', required: false },
];
const outline = testOutline(SECTIONS, { provenance: { issuer: 'Ban Thường vụ LĐLĐ tỉnh', verified: true } });
/** The same sections in a generic outline (“khung chung”, no source): its optional sections may go anywhere. */
const generic = testOutline(SECTIONS);

const ORDER = 'phải đứng sau mục';

ruleTable(rule, {
  outline,
  valid: [
    {
      name: 'sections in the outline’s order',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Thuận lợi',
        'Được sự quan tâm của chi bộ.',
        '2. Khó khăn',
        'Việc làm chưa ổn định.',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền, giáo dục',
        'Tổ chức 4 buổi.',
        '2. Công tác chăm lo đời sống đoàn viên',
        'Thăm hỏi 12 đoàn viên.',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Tiếp tục tuyên truyền.',
        'IV. KIẾN NGHỊ, ĐỀ XUẤT',
        'Không.',
      ),
    },
    {
      name: 'missing sections do not make the others out of order',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '2. Khó khăn',
        'Việc làm chưa ổn định.',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Tiếp tục tuyên truyền.',
      ),
    },
    {
      name: 'without an outline there is no order to follow',
      outline: null,
      text: lines('III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM', 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
    },
  ],
  invalid: [
    {
      name: 'two top-level sections swapped: the one that came early is reported',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'Công đoàn cơ sở có 120 đoàn viên.',
        'II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Tiếp tục tuyên truyền.',
        'III. KẾT QUẢ HOẠT ĐỘNG',
        'Tổ chức 4 buổi.',
      ),
      findings: [
        {
          line: 3,
          severity: 'warning',
          range: [0, 42],
          fix: false,
          messageIncludes: `Mục “III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM” ${ORDER} “II. KẾT QUẢ HOẠT ĐỘNG”`,
        },
      ],
    },
    {
      name: 'children swapped inside their parent',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Khó khăn',
        'Việc làm chưa ổn định.',
        '2. Thuận lợi',
        'Được sự quan tâm của chi bộ.',
      ),
      findings: [{ line: 2, range: [0, 11], messageIncludes: `“2. Khó khăn” ${ORDER} “1. Thuận lợi”` }],
    },
    {
      name: 'a section pulled to the front is reported once, not every section after it',
      text: lines(
        'I. KIẾN NGHỊ, ĐỀ XUẤT',
        'Đề nghị LĐLĐ huyện hỗ trợ kinh phí.',
        'II. ĐẶC ĐIỂM TÌNH HÌNH',
        'Nội dung.',
        'III. KẾT QUẢ HOẠT ĐỘNG',
        'Nội dung.',
        'IV. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Nội dung.',
      ),
      findings: [
        {
          line: 1,
          messageIncludes: `“IV. KIẾN NGHỊ, ĐỀ XUẤT” ${ORDER} “III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM”`,
        },
      ],
    },
    {
      name: 'a section pushed to the end is the one reported, not every section it jumped over',
      text: lines(
        'I. KẾT QUẢ HOẠT ĐỘNG',
        'Nội dung.',
        'II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Nội dung.',
        'III. KIẾN NGHỊ, ĐỀ XUẤT',
        'Nội dung.',
        'IV. ĐẶC ĐIỂM TÌNH HÌNH',
        'Nội dung.',
      ),
      findings: [
        {
          line: 7,
          messageIncludes: `“I. ĐẶC ĐIỂM TÌNH HÌNH” phải đứng trước mục “II. KẾT QUẢ HOẠT ĐỘNG”`,
        },
      ],
    },
    {
      name: 'a section moved into the middle is reported once, the sections it displaced are not',
      text: lines(
        'I. KẾT QUẢ HOẠT ĐỘNG',
        'Nội dung.',
        'II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Nội dung.',
        'III. ĐẶC ĐIỂM TÌNH HÌNH',
        'Nội dung.',
        'IV. KIẾN NGHỊ, ĐỀ XUẤT',
        'Nội dung.',
      ),
      findings: [
        { line: 5, messageIncludes: `“I. ĐẶC ĐIỂM TÌNH HÌNH” phải đứng trước mục “II. KẾT QUẢ HOẠT ĐỘNG”` },
      ],
    },
    {
      name: 'order is checked at each level separately',
      text: lines(
        'I. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác chăm lo đời sống đoàn viên',
        'Nội dung.',
        '2. Công tác tuyên truyền, giáo dục',
        'Nội dung.',
        'II. ĐẶC ĐIỂM TÌNH HÌNH',
        'Nội dung.',
      ),
      findings: [
        { line: 1, messageIncludes: `“II. KẾT QUẢ HOẠT ĐỘNG” ${ORDER} “I. ĐẶC ĐIỂM TÌNH HÌNH”` },
        {
          line: 2,
          messageIncludes: `“2. Công tác chăm lo đời sống đoàn viên” ${ORDER} “1. Công tác tuyên truyền, giáo dục”`,
        },
      ],
    },
  ],
});

ruleTable(rule, {
  outline: generic,
  valid: [
    {
      name: 'a generic outline does not impose where an optional section goes',
      text: lines(
        'I. KIẾN NGHỊ, ĐỀ XUẤT',
        'Đề nghị LĐLĐ huyện hỗ trợ kinh phí.',
        'II. ĐẶC ĐIỂM TÌNH HÌNH',
        'Nội dung.',
        'III. KẾT QUẢ HOẠT ĐỘNG',
        'Nội dung.',
        'IV. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Nội dung.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a generic outline still orders its required sections',
      text: lines(
        'I. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Nội dung.',
        'II. ĐẶC ĐIỂM TÌNH HÌNH',
        'Nội dung.',
        'III. KẾT QUẢ HOẠT ĐỘNG',
        'Nội dung.',
      ),
      findings: [
        { line: 1, messageIncludes: '“III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM” phải đứng sau mục' },
      ],
    },
  ],
});
