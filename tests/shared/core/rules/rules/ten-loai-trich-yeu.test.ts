import rule from '../../../../../shared/core/rules/rules/ten-loai-trich-yeu.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const DATE = 'Hà Nội, ngày 05 tháng 3 năm 2024';

ruleTable(rule, {
  valid: [
    {
      name: 'tên loại in capitals, trích yếu below (Mẫu 1.4)',
      text: `Số: 05/KH-CĐN\n${DATE}\nKẾ HOẠCH\nTổ chức Tháng Công nhân năm 2024\nI. MỤC ĐÍCH`,
    },
    {
      name: 'a trích yếu over two lines',
      text: 'KẾ HOẠCH\n\nSơ kết giữa nhiệm kỳ thực hiện\n\nNghị quyết Đại hội Công đoàn tỉnh lần thứ XII\n\nThực hiện Chương trình làm việc toàn khoá.',
    },
    {
      name: 'a công văn: V/v under the Số, no tên loại (Mẫu 1.5)',
      text: `Số: 112/CĐVC-VP\nV/v báo cáo kết quả hoạt động\n${DATE}\nKính gửi: Các công đoàn cơ sở.`,
    },
    {
      name: 'a Quyết định with “Về việc …”',
      text: 'Số: 933/QĐ-TLĐ\nHà Nội, ngày 14 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVề việc ban hành Quy định về thể loại văn bản',
    },
    { name: 'a fragment without header', text: 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích' },
    {
      name: 'seed 004 as converted (header table lost)',
      text: '\n\nKẾ HOẠCH\n\nNâng cao chất lượng hoạt động của Công đoàn cơ sở\n\nThực hiện Kế hoạch số 104/KH-LĐLĐ.',
    },
    {
      name: 'a Kính gửi line is not a lower-case tên loại',
      text: `Số: 112/CĐVC-VP\nV/v họp\n${DATE}\nKính gửi: Ban Thường vụ.`,
    },
  ],
  invalid: [
    {
      name: 'seed 003: “Số: 148/HD - CĐVC” with a V/v and no HƯỚNG DẪN',
      text: '\n\nSố: 148/HD - CĐVC\nV/v báo cáo hoạt động Công đoàn năm 2023,\nnhiệm vụ trọng tâm năm 2024\n\nThanh Hóa, ngày 09 tháng 11 năm 2023\n\nKính gửi: Các Công đoàn cơ sở trực thuộc.',
      findings: [
        {
          line: 4,
          severity: 'warning',
          fix: false,
          messageIncludes: ['Ký hiệu “HD” là Hướng dẫn', '“HƯỚNG DẪN”', 'Phụ lục I, mục II.5'],
        },
      ],
    },
    {
      name: 'seed 002: the V/v in quotation marks',
      text: '\n\nSố: *579* /CV-LĐLĐ\n\nĐiện Biên, ngày *16* tháng 10 năm 2019\n\n“V/v định hướng nhiệm vụ trọng tâm,\nxây dựng Chương trình công tác năm 2020”\n\nKính gửi:',
      findings: [{ line: 7, fix: true, messageIncludes: 'không đặt trong dấu ngoặc kép' }],
      output:
        'Số: 579 /CV-LĐLĐ\nĐiện Biên, ngày 16 tháng 10 năm 2019\nV/v định hướng nhiệm vụ trọng tâm, xây dựng Chương trình công tác năm 2020\nKính gửi:',
    },
    {
      name: 'a tên loại without trích yếu',
      text: `Số: 12/KH-LĐLĐ\n${DATE}\nKẾ HOẠCH\nI. MỤC ĐÍCH, YÊU CẦU`,
      findings: [{ line: 3, messageIncludes: 'Thiếu trích yếu dưới tên loại “KẾ HOẠCH”' }],
    },
    {
      name: 'a tên loại and a V/v together',
      text: `Số: 12/KH-LĐLĐ\nV/v tổ chức hội nghị\n${DATE}\nKẾ HOẠCH\nTổ chức hội nghị cán bộ`,
      findings: [{ line: 2, messageIncludes: 'không dùng “V/v …”' }],
    },
    {
      name: 'a BC-numbered document without its BÁO CÁO line',
      text: `Số: 12/BC-LĐLĐ\n${DATE}\nKính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh.\nI. KẾT QUẢ`,
      findings: [{ block: -1, range: [0, 0], messageIncludes: 'Thiếu tên loại “BÁO CÁO”' }],
    },
    {
      name: 'the tên loại in lower case',
      text: `Số: 12/KH-LĐLĐ\n${DATE}\n\nKế hoạch\n\nTổ chức hội nghị cán bộ`,
      findings: [{ line: 4, range: [0, 8], fix: true, messageIncludes: '“KẾ HOẠCH”' }],
      output: `Số: 12/KH-LĐLĐ\n${DATE}\nKẾ HOẠCH\nTổ chức hội nghị cán bộ`,
    },
    {
      name: 'a công văn without its V/v',
      text: `Số: 112/CĐVC-VP\n${DATE}\nKính gửi: Các công đoàn cơ sở trực thuộc.\nĐề nghị các đơn vị báo cáo.`,
      findings: [{ line: 1, range: [0, 0], messageIncludes: 'Công văn thiếu trích yếu “V/v …”' }],
    },
  ],
});
