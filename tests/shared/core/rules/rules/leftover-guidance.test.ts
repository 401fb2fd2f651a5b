import rule from '../../../../../shared/core/rules/rules/leftover-guidance.ts';
import { ruleTable, testOutline } from '../../../../helpers/rule-tester.ts';

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
    children: [{ id: 'tinh-hinh-chung', title: 'Tình hình chung', numbering: 'arabic', required: true }],
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
]);

/** A báo cáo written to the outline, with `extra` lines put in after the given 0-based line. */
function report(extra: Record<number, string> = {}): string {
  const body = [
    'BÁO CÁO',
    'Kết quả hoạt động công đoàn 6 tháng đầu năm 2024',
    'I. ĐẶC ĐIỂM TÌNH HÌNH',
    '1. Tình hình chung',
    'Công đoàn cơ sở có 120 đoàn viên, trong đó 65 nữ.',
    'II. KẾT QUẢ HOẠT ĐỘNG',
    '1. Công tác tuyên truyền, giáo dục',
    'Tổ chức 4 buổi tuyên truyền pháp luật lao động cho 350 lượt đoàn viên.',
    '2. Công tác chăm lo đời sống đoàn viên',
    'Thăm hỏi 12 đoàn viên ốm đau.',
    'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
    'Tiếp tục tuyên truyền, vận động người lao động gia nhập công đoàn.',
    'Nơi nhận:',
    '- LĐLĐ huyện;',
    '- Lưu: VT, VP.',
  ];
  return body.flatMap((line, i) => (extra[i] === undefined ? [line] : [line, extra[i]])).join('\n');
}

ruleTable(rule, {
  outline,
  valid: [
    { name: 'a report whose prompts were all replaced by real content', text: report() },
    {
      name: 'the đề cương itself: its prompts are its content (isSource)',
      text: lines(
        'ĐỀ CƯƠNG',
        'Báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm',
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        PROMPT_I,
        '1. Tình hình chung',
        'II. KẾT QUẢ HOẠT ĐỘNG',
        '1. Công tác tuyên truyền, giáo dục',
        PROMPT_II1,
        '2. Công tác chăm lo đời sống đoàn viên',
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
        PROMPT_III,
      ),
    },
    {
      name: 'a prompt’s words inside a longer sentence of real content',
      text: report({
        7: `${PROMPT_II1.slice(0, -1)} trong 6 tháng qua: đã tổ chức 4 hội nghị với 350 lượt đoàn viên tham dự.`,
      }),
    },
    {
      name: 'a paragraph that shares the prompt’s words but begins in its own way (the officer rewrote it)',
      text: report({
        2: 'Về đời sống, việc làm của đoàn viên và người lao động: nêu rõ những thuận lợi, khó khăn ảnh hưởng.',
      }),
    },
    {
      name: 'without an outline there are no prompts to find',
      outline: null,
      text: report({ 2: PROMPT_I }),
    },
  ],
  invalid: [
    {
      name: 'the prompt of I. left under its heading',
      text: report({ 2: PROMPT_I }),
      findings: [
        {
          line: 4,
          severity: 'warning',
          range: [0, PROMPT_I.length],
          fix: false,
          messageIncludes: [
            'còn nguyên lời gợi ý của đề cương ở mục “I. Đặc điểm tình hình”',
            'số liệu thực tế',
          ],
        },
      ],
    },
    {
      name: 'the prompt of II.1 left after the real content of the section',
      text: report({ 7: PROMPT_II1 }),
      findings: [{ line: 9, messageIncludes: 'ở mục “II.1. Công tác tuyên truyền, giáo dục”' }],
    },
    {
      name: 'a prompt with its punctuation dropped is still the prompt',
      text: report({ 10: 'Xác định các nhiệm vụ trọng tâm của công đoàn cơ sở trong 6 tháng cuối năm' }),
      findings: [{ line: 12, messageIncludes: '“III. Phương hướng nhiệm vụ 6 tháng cuối năm”' }],
    },
    {
      name: 'a prompt left as a list item, in capitals, its beginning without diacritics',
      text: report({ 7: `- ${PROMPT_II1.replace('Đánh giá kết quả', 'DANH GIA KET QUA')}` }),
      findings: [{ line: 9, messageIncludes: 'ở mục “II.1. Công tác tuyên truyền, giáo dục”' }],
    },
    {
      name: 'a prompt left under another section than its own is still left over',
      text: report({ 9: PROMPT_I }),
      findings: [
        {
          line: 11,
          messageIncludes: 'là lời gợi ý của mục “I. Đặc điểm tình hình” trong đề cương, còn sót lại',
        },
      ],
    },
    {
      name: 'a prompt left above the first heading',
      text: report({
        1: 'Ban Chấp hành công đoàn cơ sở báo cáo kết quả hoạt động 6 tháng đầu năm như sau:',
      }).replace(
        'I. ĐẶC ĐIỂM TÌNH HÌNH',
        `${PROMPT_III}
I. ĐẶC ĐIỂM TÌNH HÌNH`,
      ),
      findings: [{ line: 4, messageIncludes: 'mục “III. Phương hướng nhiệm vụ 6 tháng cuối năm”' }],
    },
    {
      name: 'a prompt left after a “+” list mark',
      text: report({ 10: `+ ${PROMPT_III}` }),
      findings: [{ line: 12, messageIncludes: '“III. Phương hướng nhiệm vụ 6 tháng cuối năm”' }],
    },
  ],
});
