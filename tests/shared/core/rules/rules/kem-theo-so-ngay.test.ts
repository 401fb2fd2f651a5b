import rule from '../../../../../shared/core/rules/rules/kem-theo-so-ngay.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const HEADER =
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI\tĐộc lập - Tự do - Hạnh phúc\nSố: 310/KH-UBND\tHà Nội, ngày 24 tháng 11 năm 2025\nKẾ HOẠCH\nPhát triển hạ tầng 5G\nI. MỤC ĐÍCH, YÊU CẦU\nNội dung.\nPHỤ LỤC\nNHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH';
const DRAFT = HEADER.replace('Số: 310/KH-UBND', 'Số:      /KH-UBND').replace(
  'ngày 24 tháng 11',
  'ngày    tháng    ',
);

ruleTable(rule, {
  valid: [
    {
      name: 'the attachment line cites the document’s own number and date',
      text: `${HEADER}\n(Kèm theo Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND thành phố Hà Nội)`,
    },
    {
      name: 'in words, with a colon after “số” and a number written with its 0',
      text: `${HEADER.replace('310/', '0310/')}\n(Kèm theo Kế hoạch số: 310/KH-UBND ngày 24 tháng 11 năm 2025)`,
    },
    {
      name: 'a draft: its own Số still blank, the attachment line blank too',
      text: `${DRAFT}\n(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố Hà Nội)`,
    },
    {
      name: 'another document’s ký hiệu: not this document',
      text: `${HEADER}\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2025 của UBND thành phố)`,
    },
    {
      name: 'a body sentence, not an attachment line',
      text: `${HEADER}\nCác đơn vị thực hiện theo Kế hoạch số /KH-UBND ngày / /2025.`,
    },
  ],
  invalid: [
    {
      name: 'number and date left blank while the header has them',
      text: `${HEADER}\n(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố Hà Nội)`,
      findings: [
        {
          line: 10,
          severity: 'warning',
          fix: true,
          messageIncludes: [
            'số còn để trống',
            'ngày còn để trống',
            '“310/KH-UBND ngày 24/11/2025”',
            'Phụ lục III',
          ],
        },
      ],
      output: `${HEADER}\n(Kèm theo Kế hoạch số: 310/KH-UBND ngày 24/11/2025 của UBND thành phố Hà Nội)`,
    },
    {
      name: 'another number, and a blank date in words',
      text: `${HEADER}\n(Ban hành kèm theo Kế hoạch số 301/KH-UBND ngày ….. tháng ….. năm 2025)`,
      findings: [{ line: 10, fix: true, messageIncludes: ['số “301”', 'ngày còn để trống'] }],
      output: `${HEADER}\n(Ban hành kèm theo Kế hoạch số 310/KH-UBND ngày 24 tháng 11 năm 2025)`,
    },
    {
      name: 'another date',
      text: `${HEADER}\n(Kèm theo Kế hoạch số 310/KH-UBND ngày 20/11/2025)`,
      findings: [{ line: 10, fix: true, messageIncludes: 'ngày “20/11/2025” khác' }],
      output: `${HEADER}\n(Kèm theo Kế hoạch số 310/KH-UBND ngày 24/11/2025)`,
    },
  ],
});
