import rule from '../../../../../shared/core/rules/rules/cap-huyen-sau-2025.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const header = (issuers: string, date: string) =>
  `${issuers}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-CĐCS\n${date}\nKẾ HOẠCH\nTổ chức đại hội`;

ruleTable(rule, {
  valid: [
    {
      name: 'a district LĐLĐ before 01/7/2025 (fliphtml5, 2023)',
      text: header(
        'LIÊN ĐOÀN LAO ĐỘNG HUYỆN THẠCH HÀ\nCÔNG ĐOÀN CƠ SỞ XÃ TƯỢNG SƠN',
        'Thạch Hà, ngày 10 tháng 3 năm 2023',
      ),
    },
    {
      name: 'the day before the change',
      text: header(
        'LIÊN ĐOÀN LAO ĐỘNG HUYỆN THẠCH HÀ\nCÔNG ĐOÀN CƠ SỞ XÃ TƯỢNG SƠN',
        'Thạch Hà, ngày 30 tháng 6 năm 2025',
      ),
    },
    {
      name: 'a provincial LĐLĐ after the change',
      text: header(
        'TỔNG LĐLĐ VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ',
        'Phú Thọ, ngày 15 tháng 8 năm 2025',
      ),
    },
    {
      name: 'a centrally-run city is the provincial level',
      text: header(
        'TỔNG LĐLĐ VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI',
        'Hà Nội, ngày 15 tháng 8 năm 2025',
      ),
    },
    {
      name: 'no date line: nothing to compare',
      text: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN THẠCH HÀ\nSố: 12/KH-LĐLĐ\nKẾ HOẠCH\nTổ chức',
    },
    {
      name: 'a district named in the body, not in the header',
      text:
        header('LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH', 'Hà Tĩnh, ngày 15 tháng 8 năm 2025') +
        '\nI. Liên đoàn Lao động huyện Thạch Hà cũ bàn giao hồ sơ.',
    },
  ],
  invalid: [
    {
      name: 'a district LĐLĐ on a document of 01/7/2025',
      text: header(
        'LIÊN ĐOÀN LAO ĐỘNG HUYỆN THẠCH HÀ\nCÔNG ĐOÀN CƠ SỞ XÃ TƯỢNG SƠN',
        'Thạch Hà, ngày 01 tháng 7 năm 2025',
      ),
      findings: [
        {
          line: 1,
          severity: 'warning',
          range: [0, 33],
          fix: false,
          messageIncludes: ['01/7/2025', 'không còn cấp huyện', '01/7/2025'],
        },
      ],
    },
    {
      name: 'the name wrapped over two header lines',
      text: header(
        'LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN THẠCH HÀ\nCÔNG ĐOÀN CƠ SỞ XÃ TƯỢNG SƠN',
        'Thạch Hà, ngày 05 tháng 01 năm 2026',
      ),
      findings: [{ line: 2, messageIncludes: '“HUYỆN THẠCH HÀ”' }],
    },
    {
      name: 'a city under a province, abbreviated LĐLĐ',
      text: header(
        'LĐLĐ THÀNH PHỐ BẢO LỘC\nCÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS LỘC SƠN',
        'Bảo Lộc, ngày 05 tháng 01 năm 2026',
      ),
      findings: [{ line: 1 }],
    },
    {
      name: 'a quận and a thị xã',
      text: header(
        'LIÊN ĐOÀN LAO ĐỘNG QUẬN 1\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Thành phố Hồ Chí Minh, ngày 05 tháng 9 năm 2025',
      ),
      findings: [{ line: 1, range: [0, 25] }],
    },
  ],
});
