import rule from '../../../../../shared/core/rules/rules/unicode-hygiene.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const NFD_VIET = 'Việt'.normalize('NFD');

ruleTable(rule, {
  valid: [
    {
      name: 'clean precomposed Vietnamese',
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-CĐCS',
    },
    {
      name: 'the closing of a document',
      text: 'Nơi nhận:\n- LĐLĐ huyện;\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
    },
    {
      name: 'a zero-width joiner inside an emoji sequence is part of the emoji',
      text: 'Gia đình công đoàn 👨\u200D👩\u200D👧',
    },
    'Báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm 2024.',
  ],
  invalid: [
    {
      name: 'U+FFFD: a letter lost in conversion, no automatic fix',
      text: 'Báo cáo kết quả ho\uFFFDt động',
      findings: [{ line: 1, severity: 'error', range: [18, 19], fix: false, messageIncludes: 'U+FFFD' }],
    },
    {
      name: 'seed 000: a “�” opening a paragraph is a lost bullet, fixed to NĐ 30’s “-”',
      text: '\uFFFD Phát huy vai trò chủ động của công đoàn cơ sở.',
      findings: [{ line: 1, severity: 'error', range: [0, 1], fix: true, messageIncludes: 'dấu đầu dòng' }],
      output: '- Phát huy vai trò chủ động của công đoàn cơ sở.',
    },
    {
      name: 'a “�” glued to the word after it is a lost letter, not a bullet: no fix',
      text: '\uFFFDổ chức công đoàn',
      findings: [{ line: 1, range: [0, 1], fix: false, messageIncludes: 'gõ lại' }],
    },
    {
      name: '“QÐ” written with Eth (U+00D0) is fixed to “QĐ”',
      text: 'Số: 15/Q\u00D0-CĐCS',
      findings: [{ line: 1, severity: 'error', range: [8, 9], fix: true, messageIncludes: 'U+00D0' }],
      output: 'Số: 15/QĐ-CĐCS',
    },
    {
      name: 'a zero-width space is removed',
      text: 'Công đoàn\u200B cơ sở',
      findings: [{ line: 1, severity: 'warning', range: [9, 10], fix: true, messageIncludes: 'zero-width' }],
      output: 'Công đoàn cơ sở',
    },
    {
      name: 'a zero-width space as the only separator of two words becomes a space, not a glued word',
      text: 'Ban chấp hành công\u200Bđoàn cơ sở',
      findings: [{ line: 1, severity: 'warning', range: [18, 19], fix: true, messageIncludes: 'dấu cách' }],
      output: 'Ban chấp hành công đoàn cơ sở',
    },
    {
      name: 'a zero-width space inside one word is removed',
      text: 'Cô\u200Bng đoàn',
      findings: [{ line: 1, severity: 'warning', range: [2, 3], fix: true, messageIncludes: 'zero-width' }],
      output: 'Công đoàn',
    },
    {
      name: 'a zero-width space between letters that may or may not be two words: no automatic fix',
      text: 'Trang Face\u200Bbook của công đoàn',
      findings: [
        { line: 1, severity: 'warning', range: [10, 11], fix: false, messageIncludes: 'zero-width' },
      ],
    },
    {
      name: 'mojibake: one finding and one fix for a damaged run of words, not one per letter',
      text: 'Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Việt Nam',
      findings: [{ line: 1, severity: 'error', range: [1, 33], fix: true, messageIncludes: 'mã hoá' }],
      output: 'Cộng hòa xã hội chủ nghĩa Việt Nam',
    },
    {
      name: 'mojibake in two places split by correct Vietnamese: one finding each',
      text: 'Cá»™ng đoàn hÃ²a',
      findings: [
        { line: 1, range: [1, 4], fix: true },
        { line: 1, range: [13, 15], fix: true },
      ],
      output: 'Cộng đoàn hòa',
    },
    {
      name: 'an NBSP is only info, fixed to a plain space',
      text: 'Hà Nội,\u00A0ngày 15 tháng 6 năm 2024',
      findings: [{ line: 1, severity: 'info', range: [7, 8], fix: true, messageIncludes: 'NBSP' }],
      output: 'Hà Nội, ngày 15 tháng 6 năm 2024',
    },
    {
      name: 'decomposed “Việt” (NFD) is composed to NFC',
      text: `Cộng hòa xã hội chủ nghĩa ${NFD_VIET} Nam`,
      findings: [{ line: 1, severity: 'warning', range: [28, 31], fix: true, messageIncludes: 'NFC' }],
      output: 'Cộng hòa xã hội chủ nghĩa Việt Nam',
    },
    {
      name: 'several issues in one block and across blocks, all fixed together',
      text: `Số: 15/Q\u00D0-CĐCS,\u00A0ngày 5/6/2024\nCông đoàn ${NFD_VIET}\u200B Nam`,
      findings: [
        { line: 1, severity: 'error', range: [8, 9] },
        { line: 1, severity: 'info', range: [15, 16] },
        { line: 2, severity: 'warning', range: [12, 15], messageIncludes: 'dựng sẵn NFC' },
        { line: 2, severity: 'warning', range: [16, 17], messageIncludes: 'zero-width' },
      ],
      output: 'Số: 15/QĐ-CĐCS, ngày 5/6/2024\nCông đoàn Việt Nam',
    },
    {
      name: 'a Wingdings bullet (private use) is reported without a fix',
      text: '\uF0B7 Tuyên truyền pháp luật lao động',
      findings: [{ line: 1, severity: 'warning', range: [0, 1], fix: false, messageIncludes: 'Wingdings' }],
    },
  ],
});
