import rule from '../../../../../shared/core/rules/rules/ngay-thang-nhat-quan.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const CAN_CU = [
  'Căn cứ Luật Hải quan ngày 23/6/2014;',
  'Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ;',
  'Căn cứ Thông tư số 31/2022/TT-BTC ngày 08/6/2022 của Bộ Tài chính;',
].join('\n');

ruleTable(rule, {
  valid: [
    {
      name: 'dates and số ký hiệu without a space beside “/”; a số ký hiệu that goes on',
      text: 'Tháng 6/2022\nNghị định số 30/ 2020/NĐ-CP; ngày 05/3/2020.',
    },
    {
      name: 'every date as NĐ 30 writes it: 0 before days below 10 and months 1, 2 only',
      text: `${CAN_CU}\nTrên cơ sở Đơn đề nghị ngày 23/9/2025.`,
    },
    {
      name: 'a document that pads every month keeps its own habit (no NĐ 30 form to bring it to)',
      text: 'Ngày 12/09/2022 …\nNgày 05/06/2023 …\nNgày 18/03/2024 …',
    },
    {
      name: 'as many padded as unpadded months: no habit to follow',
      text: 'Ngày 12/9/2022 …\nNgày 05/06/2023 …\nNgày 18/3/2024 …\nNgày 20/04/2024 …',
    },
    {
      name: 'fewer than three dates say nothing about a habit',
      text: 'Ngày 23/6/2014 và ngày 25/03/2015.',
    },
    {
      name: 'numbers that are no dates: a range of decimals, a số ký hiệu with its year, a month and year',
      text: 'Trọng lượng 1.8-2.0 gram; Nghị định số 30/2020/NĐ-CP; tháng 03/2025; ngày 23/6/2014; ngày 20/4/2018; ngày 30/6/2025.',
    },
    {
      name: 'an impossible date is not read as one',
      text: 'Ngày 23/6/2014, ngày 20/4/2018, ngày 30/6/2025 và mã 31/04/2025.',
    },
  ],
  invalid: [
    {
      name: 'a space beside the “/” of a date',
      text: 'Tháng 6/ 2022\nHọp ngày 05 /3/2020.',
      findings: [
        { line: 1, messageIncludes: '“6/2022”', fix: true },
        { line: 2, messageIncludes: '“05/3/2020”', fix: true },
      ],
      output: 'Tháng 6/2022\nHọp ngày 05/3/2020.',
    },
    {
      name: 'one month padded as “03” where the other dates write months without 0',
      text: `${CAN_CU}\nCăn cứ Thông tư số 38/2015/TT-BTC ngày 25/03/2015 của Bộ Tài chính;`,
      findings: [
        {
          line: 4,
          severity: 'warning',
          fix: true,
          messageIncludes: ['“25/03/2015”', '“3”', 'NĐ 30/2020, Phụ lục I, mục II.4', 'nhất quán'],
        },
      ],
      output: `${CAN_CU}\nCăn cứ Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính;`,
    },
    {
      name: 'a day below 10 without its 0 and a month 1 without its 0',
      text: 'Ngày 05/6/2020 …\nNgày 08/3/2021 …\nNgày 09/01/2022 …\nNgày 02/02/2023 …\nNgày 7/1/2024 …',
      findings: [{ line: 5, fix: true, messageIncludes: ['“07”', '“01”'] }],
      output: 'Ngày 05/6/2020 …\nNgày 08/3/2021 …\nNgày 09/01/2022 …\nNgày 02/02/2023 …\nNgày 07/01/2024 …',
    },
    {
      name: 'dots or hyphens between the numbers where the document writes “/”',
      text: 'Ngày 15/6/2020 …\nNgày 18/3/2021 và 19/3/2021 …\nNgày 20.11.2022 và 21-11-2022 …',
      findings: [
        { line: 3, fix: true, messageIncludes: '“/”' },
        { line: 3, fix: true, messageIncludes: '“/”' },
      ],
      output: 'Ngày 15/6/2020 …\nNgày 18/3/2021 và 19/3/2021 …\nNgày 20/11/2022 và 21/11/2022 …',
    },
    {
      name: 'in a table cell, as a Word table gives it',
      text: 'Ngày 15/6/2020\t15/7/2020\nNgày 18/3/2021\t08/04/2021',
      findings: [{ line: 2, fix: true }],
      output: 'Ngày 15/6/2020\t15/7/2020\nNgày 18/3/2021\t08/4/2021',
    },
  ],
});
