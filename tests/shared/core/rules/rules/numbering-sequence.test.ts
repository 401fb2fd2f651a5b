import rule from '../../../../../shared/core/rules/rules/numbering-sequence.ts';
import { ruleTable, testOutline } from '../../../../helpers/rule-tester.ts';

const lines = (...l: string[]) => l.join('\n');

const fourParts = testOutline(
  ['ĐẶC ĐIỂM TÌNH HÌNH', 'KẾT QUẢ HOẠT ĐỘNG', 'TỒN TẠI, HẠN CHẾ', 'PHƯƠNG HƯỚNG NHIỆM VỤ'].map(
    (title, i) => ({
      id: `muc-${i + 1}`,
      title,
      numbering: 'roman',
      required: true,
    }),
  ),
);

ruleTable(rule, {
  valid: [
    {
      name: 'Điều numbered on through Chương I and II (NĐ 30/2020, Phụ lục I, II.6.c)',
      text: lines(
        'QUY CHẾ',
        'Làm việc của Ban Chấp hành',
        'Chương I',
        'QUY ĐỊNH CHUNG',
        'Điều 1. Phạm vi điều chỉnh',
        'Điều 2. Đối tượng áp dụng',
        'Chương II',
        'NHIỆM VỤ',
        'Điều 3. Nhiệm vụ của Ban Chấp hành',
        'Điều 4. Nhiệm vụ của Ban Thường vụ',
      ),
    },
    {
      name: 'II → IV where the outline’s III is missing: numbered as the đề cương, required-section reports III',
      outline: fourParts,
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'Đơn vị có 120 đoàn viên.',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'Tổ chức 4 buổi tuyên truyền.',
        'IV. PHƯƠNG HƯỚNG NHIỆM VỤ',
        'Tiếp tục tuyên truyền.',
      ),
    },
    {
      name: 'numbering starts again at 1 under each Roman section (that is not a restart)',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        'Công đoàn cơ sở có 120 đoàn viên.',
        '2. Thuận lợi, khó khăn',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền',
        '2. Công tác chăm lo đời sống đoàn viên',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
      ),
    },
    {
      name: 'điểm follow the Vietnamese alphabet: a b c d đ e (đ is not a gap)',
      text: lines(
        '1. Cơ cấu đoàn viên',
        'a) Công nhân trực tiếp sản xuất',
        'b) Viên chức',
        'c) Người lao động',
        'd) Lao động hợp đồng',
        'đ) Lao động thời vụ',
        'e) Đối tượng khác',
      ),
    },
    {
      name: 'PHẦN THỨ NHẤT, PHẦN THỨ HAI, each with its own I.',
      text: lines(
        'PHẦN THỨ NHẤT',
        'KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM',
        'I. CÔNG TÁC TỔ CHỨC',
        'Kết nạp 15 đoàn viên.',
        'PHẦN THỨ HAI',
        'PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM',
        'I. NHIỆM VỤ TRỌNG TÂM',
        'Tiếp tục phát triển đoàn viên.',
      ),
    },
    {
      name: 'mixed a) and a. at one level is heading-level’s finding, not a numbering gap',
      text: lines('1. Tình hình chung', 'a) Công nhân', 'b. Viên chức', 'c) Người lao động'),
    },
    {
      name: 'dash and plus list items are not numbered headings',
      text: lines(
        '1. Công tác chăm lo',
        '- Thăm hỏi 12 đoàn viên ốm đau;',
        '- Tặng quà 30 cháu;',
        '2. Công tác kiểm tra',
      ),
    },
    'I. ĐẶC ĐIỂM TÌNH HÌNH\n1. Tình hình chung\n1.1. Đoàn viên\n1.2. Công nhân lao động\n2. Thuận lợi, khó khăn',
    'Số: 15/BC-CĐCS\nHà Nội, ngày 15 tháng 6 năm 2024\nNơi nhận:\n- LĐLĐ huyện;\n- Lưu: VT, VP.',
  ],
  invalid: [
    {
      name: 'Điều restarting from 1 in a new Chương: they count on through the chapters',
      text: lines(
        'QUY CHẾ',
        'Làm việc của Ban Chấp hành',
        'Chương I',
        'QUY ĐỊNH CHUNG',
        'Điều 1. Phạm vi điều chỉnh',
        'Điều 2. Đối tượng áp dụng',
        'Chương II',
        'NHIỆM VỤ',
        'Điều 1. Nhiệm vụ của Ban Chấp hành',
      ),
      findings: [{ line: 9, messageIncludes: 'đánh số lại (1) sau mục 2', fix: true }],
      output: lines(
        'QUY CHẾ',
        'Làm việc của Ban Chấp hành',
        'Chương I',
        'QUY ĐỊNH CHUNG',
        'Điều 1. Phạm vi điều chỉnh',
        'Điều 2. Đối tượng áp dụng',
        'Chương II',
        'NHIỆM VỤ',
        'Điều 3. Nhiệm vụ của Ban Chấp hành',
      ),
    },
    {
      name: 'II → IV where the heading numbered IV is the outline’s III: still a gap',
      outline: fourParts,
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'IV. TỒN TẠI, HẠN CHẾ',
        'V. PHƯƠNG HƯỚNG NHIỆM VỤ',
      ),
      findings: [{ line: 3, messageIncludes: 'nhảy từ II sang IV' }],
      output: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'III. TỒN TẠI, HẠN CHẾ',
        'IV. PHƯƠNG HƯỚNG NHIỆM VỤ',
      ),
    },
    {
      name: 'a gap (1 → 3) is an error whose fix renumbers the rest of the run',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        'Công đoàn cơ sở có 120 đoàn viên.',
        '3. Thuận lợi',
        '4. Khó khăn',
      ),
      findings: [
        {
          line: 4,
          severity: 'error',
          range: [0, 1],
          fix: true,
          messageIncludes: ['nhảy từ 1 sang 3, thiếu số 2', 'Đánh lại số từ 2'],
        },
      ],
      output: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        'Công đoàn cơ sở có 120 đoàn viên.',
        '2. Thuận lợi',
        '3. Khó khăn',
      ),
    },
    {
      name: 'a duplicate number (1, 1, 2)',
      text: lines('1. Tình hình chung', 'Nội dung.', '1. Thuận lợi', 'Nội dung.', '2. Khó khăn'),
      findings: [
        { line: 3, severity: 'error', range: [0, 1], messageIncludes: 'trùng số với mục trước (1)' },
      ],
      output: lines('1. Tình hình chung', 'Nội dung.', '2. Thuận lợi', 'Nội dung.', '3. Khó khăn'),
    },
    {
      name: 'a restart (1, 2, 1, 3)',
      text: lines('1. Tình hình chung', '2. Thuận lợi', '1. Khó khăn', '3. Kiến nghị'),
      findings: [{ line: 3, severity: 'error', messageIncludes: ['đánh số lại (1) sau mục 2', 'từ 3'] }],
      output: lines('1. Tình hình chung', '2. Thuận lợi', '3. Khó khăn', '4. Kiến nghị'),
    },
    {
      name: 'the first child numbered 2 is a warning, with no fix',
      text: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', '2. Tình hình chung', '3. Thuận lợi, khó khăn'),
      findings: [
        {
          line: 2,
          severity: 'warning',
          range: [0, 1],
          fix: false,
          messageIncludes: ['mục đầu tiên của cấp này nhưng mang số 2', 'nên bắt đầu từ 1'],
        },
      ],
      output: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', '2. Tình hình chung', '3. Thuận lợi, khó khăn'),
    },
    {
      name: 'one finding per run: 1, 3, 5 is renumbered 1, 2, 3 by one fix',
      text: lines('1. Tình hình chung', '3. Thuận lợi', '5. Khó khăn'),
      findings: [{ line: 2, messageIncludes: 'thiếu số 2' }],
      output: lines('1. Tình hình chung', '2. Thuận lợi', '3. Khó khăn'),
    },
    {
      name: 'a Roman gap II → IV keeps Roman numerals and widens the range',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'IV. PHƯƠNG HƯỚNG NHIỆM VỤ',
        'V. KIẾN NGHỊ, ĐỀ XUẤT',
      ),
      findings: [{ line: 3, range: [0, 2], messageIncludes: 'nhảy từ II sang IV, thiếu số III' }],
      output: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ',
        'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      ),
    },
    {
      name: 'd) then e) misses đ) in the Vietnamese order',
      text: lines(
        'a) Công nhân',
        'b) Viên chức',
        'c) Người lao động',
        'd) Lao động hợp đồng',
        'e) Lao động thời vụ',
      ),
      findings: [{ line: 5, range: [0, 1], messageIncludes: 'nhảy từ d sang e, thiếu số đ' }],
      output: lines(
        'a) Công nhân',
        'b) Viên chức',
        'c) Người lao động',
        'd) Lao động hợp đồng',
        'đ) Lao động thời vụ',
      ),
    },
    {
      name: '"PHẦN THỨ NHẤT" then "PHẦN THỨ BA" becomes "PHẦN THỨ HAI"',
      text: lines(
        'PHẦN THỨ NHẤT',
        'KẾT QUẢ HOẠT ĐỘNG',
        'I. CÔNG TÁC TỔ CHỨC',
        'PHẦN THỨ BA',
        'PHƯƠNG HƯỚNG NHIỆM VỤ',
        'I. NHIỆM VỤ TRỌNG TÂM',
      ),
      findings: [
        { line: 4, range: [5, 11], messageIncludes: 'nhảy từ THỨ NHẤT sang THỨ BA, thiếu số THỨ HAI' },
      ],
      output: lines(
        'PHẦN THỨ NHẤT KẾT QUẢ HOẠT ĐỘNG',
        'I. CÔNG TÁC TỔ CHỨC',
        'PHẦN THỨ HAI PHƯƠNG HƯỚNG NHIỆM VỤ',
        'I. NHIỆM VỤ TRỌNG TÂM',
      ),
    },
    {
      name: '"Phần thứ ba" in lower case is renumbered in lower case',
      text: lines('Phần thứ nhất', 'Kết quả hoạt động', 'Phần thứ ba', 'Phương hướng nhiệm vụ'),
      findings: [{ line: 3, range: [5, 11] }],
      output: lines('Phần thứ nhất', 'Kết quả hoạt động', 'Phần thứ hai', 'Phương hướng nhiệm vụ'),
    },
    {
      name: '"PHẦN I" then "PHẦN III" keeps Roman numerals (not "PHẦN THỨ HAI")',
      text: lines('PHẦN I', 'KẾT QUẢ HOẠT ĐỘNG', 'PHẦN III', 'PHƯƠNG HƯỚNG NHIỆM VỤ'),
      findings: [{ line: 3, range: [5, 8], messageIncludes: 'thiếu số II.' }],
      output: lines('PHẦN I KẾT QUẢ HOẠT ĐỘNG', 'PHẦN II PHƯƠNG HƯỚNG NHIỆM VỤ'),
    },
    {
      name: '"Chương 1" then "Chương 3" keeps digits (not "Chương II")',
      text: lines('Chương 1', 'Những quy định chung', 'Chương 3', 'Tổ chức thực hiện'),
      findings: [{ line: 3, range: [7, 8], messageIncludes: 'thiếu số 2.' }],
      output: lines('Chương 1', 'Những quy định chung', 'Chương 2', 'Tổ chức thực hiện'),
    },
    {
      name: '1.1. then 1.3. keeps the parent number',
      text: lines('1. Tình hình chung', '1.1. Đoàn viên', '1.3. Công nhân lao động'),
      findings: [{ line: 3, range: [0, 3], messageIncludes: 'thiếu số 1.2' }],
      output: lines('1. Tình hình chung', '1.1. Đoàn viên', '1.2. Công nhân lao động'),
    },
    {
      name: 'A. B. D. misses C.',
      text: lines('A. KẾT QUẢ ĐẠT ĐƯỢC', 'B. HẠN CHẾ', 'D. KIẾN NGHỊ'),
      findings: [{ line: 3, range: [0, 1], messageIncludes: 'thiếu số C' }],
      output: lines('A. KẾT QUẢ ĐẠT ĐƯỢC', 'B. HẠN CHẾ', 'C. KIẾN NGHỊ'),
    },
    {
      name: 'runs under different parents are checked and fixed separately',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        '3. Thuận lợi, khó khăn',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền',
        '1. Công tác chăm lo',
      ),
      findings: [
        { line: 3, messageIncludes: 'thiếu số 2' },
        { line: 6, messageIncludes: 'trùng số' },
      ],
      output: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        '1. Tình hình chung',
        '2. Thuận lợi, khó khăn',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền',
        '2. Công tác chăm lo',
      ),
    },
  ],
});
