import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../../shared/core/document/from-text.ts';
import rule from '../../../../../shared/core/rules/rules/required-section.ts';
import { ruleTable, runRule, testOutline } from '../../../../helpers/rule-tester.ts';

const lines = (...l: string[]) => l.join('\n');

const PROMPT_I =
  'Nêu rõ những thuận lợi, khó khăn ảnh hưởng đến việc làm, đời sống của đoàn viên và người lao động.';
const PROMPT_II1 = 'Đánh giá kết quả tuyên truyền, phổ biến chủ trương, chính sách pháp luật đến đoàn viên.';
const PROMPT_III = 'Xác định các nhiệm vụ trọng tâm của công đoàn cơ sở trong 6 tháng cuối năm.';

const outline = testOutline([
  {
    id: 'dac-diem',
    title: 'Đặc điểm tình hình',
    numbering: 'roman',
    required: true,
    guidance: [PROMPT_I],
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
    children: [
      {
        id: 'tuyen-truyen',
        title: 'Công tác tuyên truyền, giáo dục',
        numbering: 'arabic',
        required: true,
        guidance: [PROMPT_II1],
      },
      { id: 'cham-lo', title: 'Công tác chăm lo đời sống đoàn viên', numbering: 'arabic', required: true },
    ],
  },
  {
    id: 'phuong-huong',
    title: 'Phương hướng nhiệm vụ 6 tháng cuối năm',
    numbering: 'roman',
    required: true,
    guidance: [PROMPT_III],
  },
  { id: 'kien-nghi', title: 'Kiến nghị, đề xuất', numbering: 'roman', required: false },
]);

const I = ['I. ĐẶC ĐIỂM TÌNH HÌNH', '1. Tình hình chung', 'Công đoàn cơ sở có 120 đoàn viên.'];
const II = [
  'II. KẾT QUẢ HOẠT ĐỘNG',
  '1. Công tác tuyên truyền, giáo dục',
  'Tổ chức 4 buổi tuyên truyền pháp luật lao động.',
  '2. Công tác chăm lo đời sống đoàn viên',
  'Thăm hỏi 12 đoàn viên ốm đau.',
];
const III = ['III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM', 'Tiếp tục tuyên truyền, vận động đoàn viên.'];
const CLOSING = ['Nơi nhận:', '- LĐLĐ huyện;', '- Lưu: VT, VP.', 'TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'];
const MISSING = 'Thiếu mục bắt buộc:';

ruleTable(rule, {
  outline,
  valid: [
    { name: 'every required section is there', text: lines('BÁO CÁO', ...I, ...II, ...III, ...CLOSING) },
    {
      name: 'non-required sections (I.2, IV) may be left out, and optional ones may be there',
      text: lines(
        ...I,
        '2. Thuận lợi, khó khăn',
        'Nhiều thuận lợi.',
        ...II,
        ...III,
        'IV. KIẾN NGHỊ, ĐỀ XUẤT',
        'Không.',
      ),
    },
    {
      name: 'headings worded a little differently still match',
      text: lines(
        'I. ĐẶC ĐIỂM, TÌNH HÌNH CHUNG CỦA ĐƠN VỊ',
        '1. Tình hình chung của đơn vị',
        'Nội dung.',
        ...II,
        ...III,
      ),
    },
    { name: 'without an outline nothing is required', outline: null, text: lines(...I, ...CLOSING) },
  ],
  invalid: [
    {
      name: 'a missing last top-level section goes after the end of the one before it',
      text: lines(...I, ...II, ...CLOSING),
      findings: [
        {
          line: 8,
          severity: 'error',
          range: [0, 0],
          fix: true,
          messageIncludes: [
            `${MISSING} III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM.`,
            'theo đề cương “Báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm”',
          ],
        },
      ],
      output: lines(...I, ...II, 'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM', PROMPT_III, ...CLOSING),
    },
    {
      name: 'a missing parent is reported once, its required children inside its fix (not the optional ones)',
      text: lines(...I, ...III),
      findings: [{ line: 3, messageIncludes: `${MISSING} II. KẾT QUẢ HOẠT ĐỘNG.` }],
      output: lines(
        ...I,
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền, giáo dục',
        PROMPT_II1,
        '2. Công tác chăm lo đời sống đoàn viên',
        ...III,
      ),
    },
    {
      name: 'a missing first section goes at the very start (insert after block -1)',
      text: lines(...II, ...III),
      findings: [{ block: 0, messageIncludes: `${MISSING} I. ĐẶC ĐIỂM TÌNH HÌNH.` }],
      output: lines('I. ĐẶC ĐIỂM TÌNH HÌNH', PROMPT_I, '1. Tình hình chung', ...II, ...III),
    },
    {
      name: 'a missing child goes before its next sibling found',
      text: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'Công đoàn cơ sở có 120 đoàn viên.',
        '2. Thuận lợi, khó khăn',
        'Nhiều thuận lợi.',
        ...II,
        ...III,
      ),
      findings: [{ line: 2, messageIncludes: `${MISSING} 1. Tình hình chung.` }],
      output: lines(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        'Công đoàn cơ sở có 120 đoàn viên.',
        '1. Tình hình chung',
        '2. Thuận lợi, khó khăn',
        'Nhiều thuận lợi.',
        ...II,
        ...III,
      ),
    },
    {
      name: 'a missing last child goes at the end of its parent’s section',
      text: lines(
        ...I,
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền, giáo dục',
        'Tổ chức 4 buổi.',
        ...III,
      ),
      findings: [{ line: 6, messageIncludes: `${MISSING} 2. Công tác chăm lo đời sống đoàn viên.` }],
      output: lines(
        ...I,
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền, giáo dục',
        'Tổ chức 4 buổi.',
        '2. Công tác chăm lo đời sống đoàn viên',
        ...III,
      ),
    },
    {
      name: 'two sections missing at one place: both reported, and both inserted there in outline order',
      text: lines(...I, ...CLOSING),
      findings: [
        { line: 3, messageIncludes: 'II. KẾT QUẢ HOẠT ĐỘNG' },
        { line: 3, messageIncludes: 'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM' },
      ],
      output: lines(
        ...I,
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền, giáo dục',
        PROMPT_II1,
        '2. Công tác chăm lo đời sống đoàn viên',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        'Xác định các nhiệm vụ trọng tâm của công đoàn cơ sở trong 6 tháng cuối năm.',
        ...CLOSING,
      ),
    },
  ],
});

describe('required-section fixes', () => {
  it('insert the heading in bold with its heading level, and the prompts in italics', () => {
    const findings = runRule(rule, docFromText(lines(...I, ...III)), outline);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.fix).toEqual({
      label: 'Chèn mục còn thiếu',
      edits: [
        {
          kind: 'insert-after',
          block: 2,
          blocks: [
            { text: 'II. KẾT QUẢ HOẠT ĐỘNG', style: { headingLevel: 1, bold: true } },
            { text: '1. Công tác tuyên truyền, giáo dục', style: { headingLevel: 2, bold: true } },
            { text: PROMPT_II1, style: { italic: true } },
            { text: '2. Công tác chăm lo đời sống đoàn viên', style: { headingLevel: 2, bold: true } },
          ],
        },
      ],
    });
  });

  it('give a PHẦN its title on a line of its own, centred', () => {
    const phan = testOutline([
      { id: 'ket-qua', title: 'Kết quả hoạt động', numbering: 'phan', required: true },
      { id: 'phuong-huong', title: 'Phương hướng nhiệm vụ', numbering: 'phan', required: true },
    ]);
    const findings = runRule(
      rule,
      docFromText(lines('PHẦN THỨ NHẤT', 'KẾT QUẢ HOẠT ĐỘNG', 'Nội dung.')),
      phan,
    );
    expect(findings.map((f) => [f.block, f.message])).toEqual([
      [
        1,
        `${MISSING} PHẦN THỨ HAI Phương hướng nhiệm vụ. Thêm mục này theo đề cương “Báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm”.`,
      ],
    ]);
    expect(findings[0]?.fix?.edits).toEqual([
      {
        kind: 'insert-after',
        block: 1,
        blocks: [
          { text: 'PHẦN THỨ HAI', style: { headingLevel: 1, bold: true } },
          { text: 'PHƯƠNG HƯỚNG NHIỆM VỤ', style: { bold: true, alignment: 'center' } },
        ],
      },
    ]);
  });
});

describe('required-section on a generic outline (“khung chung”)', () => {
  const header = (issuer: string, so: string) => [
    `${issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    'Độc lập - Tự do - Hạnh phúc',
    `Số: ${so}\tBình An, ngày 05 tháng 3 năm 2025`,
    'BÁO CÁO',
    'Kết quả hoạt động 6 tháng đầu năm 2025',
  ];
  const body = lines('I. ĐẶC ĐIỂM TÌNH HÌNH', '1. Tình hình chung', 'Đơn vị có 40 người.', ...III);

  it('does not hold a State body’s document to the union practice it encodes', () => {
    const doc = docFromText(lines(...header('ỦY BAN NHÂN DÂN XÃ BÌNH AN', '12/BC-UBND'), body));
    expect(runRule(rule, doc, outline)).toEqual([]);
  });

  it('holds a union document to it', () => {
    const doc = docFromText(lines(...header('CÔNG ĐOÀN CƠ SỞ XÃ BÌNH AN', '12/BC-CĐCS'), body));
    expect(runRule(rule, doc, outline).map((f) => f.message)).toEqual([
      expect.stringContaining(`${MISSING} II. KẾT QUẢ HOẠT ĐỘNG`),
    ]);
  });
});
