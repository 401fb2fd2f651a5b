import rule from '../../../../../shared/core/rules/rules/ngay-thang.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const SO = 'Số: 05/KH-CĐN';

ruleTable(rule, {
  valid: [
    {
      name: 'NĐ 30’s own example with a padded day and month 1',
      text: `${SO}\nHà Nội, ngày 05 tháng 01 năm 2020`,
    },
    {
      name: 'NĐ 30’s own example with month 6 unpadded',
      text: `${SO}\nThành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019`,
    },
    { name: 'seed 003', text: 'Số: 148/HD - CĐVC\nThanh Hóa, ngày 09 tháng 11 năm 2023' },
    {
      name: 'seed 002, with emphasis left by the conversion',
      text: 'Số: *579* /CV-LĐLĐ\n\nĐiện Biên, ngày *16* tháng 10 năm 2019',
    },
    { name: 'a draft leaves day and month blank', text: `${SO}\nHà Nội, ngày ..... tháng ..... năm 2024` },
    { name: 'a draft leaves them as spaces', text: `${SO}\nHà Nội, ngày     tháng    năm 2024` },
    { name: '29 February of a leap year', text: `${SO}\nCao Bằng, ngày 29 tháng 02 năm 2024` },
    {
      name: 'the date beside the Số on one line',
      text: 'Số: 05/KH-CĐN\t\tCao Bằng, ngày 08 tháng 02 năm 2024',
    },
    { name: 'a fragment with neither Số nor date', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    {
      name: 'a date inside a căn cứ is not the date line',
      text: 'KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012;',
    },
  ],
  invalid: [
    {
      name: 'a day without its zero and stray spaces, in the right cell of a header line with TAB cells',
      text: 'Số: 175/CĐN-TGNC\tHà Nội, ngày  6   tháng 8 năm 2018\nV/v tuyên truyền',
      findings: [{ line: 1, fix: true, messageIncludes: 'ngày dưới 10' }],
      output: 'Số: 175/CĐN-TGNC\tHà Nội, ngày  06   tháng 8 năm 2018\nV/v tuyên truyền',
    },
    {
      name: 'a day below 10 without its 0',
      text: `${SO}\nCao Bằng, ngày 5 tháng 6 năm 2020`,
      findings: [
        {
          line: 2,
          severity: 'error',
          range: [0, 33],
          fix: true,
          messageIncludes: ['“Cao Bằng, ngày 5 tháng 6 năm 2020”', 'Phụ lục I, mục II.4'],
        },
      ],
      output: `${SO}\nCao Bằng, ngày 05 tháng 6 năm 2020`,
    },
    {
      name: 'month 6 padded to 06',
      text: `${SO}\nHà Nội, ngày 15 tháng 06 năm 2020`,
      findings: [{ line: 2, fix: true }],
      output: `${SO}\nHà Nội, ngày 15 tháng 6 năm 2020`,
    },
    {
      name: 'month 1 without its 0, day 9 without its 0',
      text: `${SO}\nHà Nội, ngày 9 tháng 1 năm 2021`,
      findings: [{ line: 2, fix: true }],
      output: `${SO}\nHà Nội, ngày 09 tháng 01 năm 2021`,
    },
    {
      name: 'no comma after the place',
      text: `${SO}\nHà Nội ngày 15 tháng 12 năm 2021`,
      findings: [{ line: 2, fix: true }],
      output: `${SO}\nHà Nội, ngày 15 tháng 12 năm 2021`,
    },
    {
      name: 'a numeric date is written out in words',
      text: `${SO}\nHà Nội, 05/3/2020`,
      findings: [{ line: 2, fix: true }],
      output: `${SO}\nHà Nội, ngày 05 tháng 3 năm 2020`,
    },
    {
      name: '31 April does not exist',
      text: `${SO}\nHà Nội, ngày 31 tháng 4 năm 2021`,
      findings: [{ line: 2, severity: 'error', fix: false, messageIncludes: 'không có thật' }],
    },
    {
      name: '29 February 2021 does not exist',
      text: `${SO}\nHà Nội, ngày 29 tháng 02 năm 2021`,
      findings: [{ line: 2, fix: false, messageIncludes: 'không có thật' }],
    },
    {
      name: 'a year typed wrong',
      text: `${SO}\nHà Nội, ngày 12 tháng 5 năm 2202`,
      findings: [{ line: 2, fix: false, messageIncludes: 'không có thật' }],
    },
    {
      name: 'the date beside the Số: the fix touches only the day',
      text: 'Số: 05/KH-CĐN\t\tCao Bằng, ngày 8 tháng 02 năm 2024',
      findings: [{ line: 1, range: [15, 49], fix: true }],
      output: 'Số: 05/KH-CĐN\t\tCao Bằng, ngày 08 tháng 02 năm 2024',
    },
    {
      name: 'a place name in lower case',
      text: `${SO}\n\nhà Nội, ngày 15 tháng 12 năm 2021`,
      findings: [{ line: 3, severity: 'error', range: [0, 6], fix: false, messageIncludes: '“hà Nội”' }],
    },
    {
      name: 'a date without its place',
      text: `${SO}\n\nngày 15 tháng 12 năm 2021`,
      findings: [{ line: 3, severity: 'warning', fix: false, messageIncludes: 'Thiếu địa danh' }],
    },
    {
      name: 'a Số line and no date line',
      text: `${SO}\nKẾ HOẠCH\nTổ chức hội nghị`,
      findings: [
        {
          block: -1,
          severity: 'warning',
          range: [0, 0],
          messageIncludes: 'Thiếu dòng địa danh và ngày tháng',
        },
      ],
    },
  ],
});
