import rule from '../../../../../shared/core/rules/rules/ten-loai-tu-dan.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const header =
  'ỦY BAN NHÂN DÂN TỈNH A\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/QĐ-UBND\tA, ngày 05 tháng 3 năm 2025';

ruleTable(rule, {
  valid: [
    `${header}\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nĐiều 1. Quyết định này có hiệu lực từ ngày ký.`,
    {
      name: 'a Quy định issued with the Quyết định and named there',
      text: `${header}\nQUYẾT ĐỊNH\nBan hành Quy định về quản lý tài sản\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về quản lý tài sản.\nĐiều 2. Các sở triển khai thực hiện Quy định này.`,
    },
    {
      name: 'the attached Quy định is part of the file',
      text: `${header}\nQUYẾT ĐỊNH\nVề quản lý tài sản\nĐiều 1. Các sở thực hiện.\nQUY ĐỊNH\nVề quản lý tài sản\nĐiều 1. Quy định này áp dụng cho các cơ quan.`,
    },
    {
      name: 'lower case is a generic reference',
      text: `${header}\nKẾ HOẠCH\nTriển khai công tác\n1. Các quy định này được phổ biến rộng rãi.`,
    },
    { name: 'no tên loại: nothing to compare with', text: '1. Thực hiện nghiêm Quy định này.' },
  ],
  invalid: [
    {
      name: 'a Quyết định that names a Quy định it does not have',
      text: `${header}\nQUYẾT ĐỊNH\nQuy định chức năng, nhiệm vụ của Trung tâm\nĐiều 3. Giám đốc Trung tâm có trách nhiệm thi hành Quy định này.`,
      findings: [
        { line: 5, severity: 'warning', messageIncludes: ['“Quy định này”', 'không phải Quy định'] },
      ],
    },
    {
      name: 'a Kế hoạch that calls itself a Chương trình',
      text: `${header}\nKẾ HOẠCH\nTriển khai công tác năm 2025\n1. Các đơn vị triển khai Chương trình này đúng tiến độ.`,
      findings: [{ line: 5, messageIncludes: '“Chương trình này”' }],
    },
  ],
});
