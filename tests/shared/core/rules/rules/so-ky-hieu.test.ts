import rule from '../../../../../shared/core/rules/rules/so-ky-hieu.ts';
import { ruleTable, testOutline } from '../../../../helpers/rule-tester.ts';

/** A công văn outline the document follows (not the đề cương itself). */
const CONG_VAN = testOutline(
  [
    { id: 'i', title: 'KẾT QUẢ THỰC HIỆN', numbering: 'roman', required: true },
    { id: 'ii', title: 'ĐỀ XUẤT', numbering: 'roman', required: true },
  ],
  { documentType: 'cong-van', frame: { kinhGui: true } },
);
const BODY =
  'I. KẾT QUẢ THỰC HIỆN\nĐơn vị đã tổ chức 5 hội nghị với 300 đoàn viên tham dự.\nII. ĐỀ XUẤT\nĐề nghị cấp trên hỗ trợ kinh phí.';

const DATE = 'Hà Nội, ngày 05 tháng 3 năm 2024';

ruleTable(rule, {
  valid: [
    {
      name: 'a Party document cited in the Party form, a legal text with its year',
      text: `Số: 12/KH-LĐLĐ\n${DATE}\nKẾ HOẠCH\nThực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 và Nghị định số 30/2020/NĐ-CP.`,
    },
    {
      name: 'a header with a Party Số line is not missing its Số',
      text: 'ĐẢNG BỘ XÃ TÂN PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM\nSố 05-BC/ĐU\tTân Phú, ngày 10 tháng 3 năm 2025\nBÁO CÁO\nkết quả quý I\nNội dung.',
    },
    {
      name: 'a fragment without a header is not missing its Số',
      text: 'Trong quý I, các công đoàn cơ sở đã tổ chức nhiều hoạt động.',
    },
    {
      name: 'numbers, dates and ranges with spaced dashes in running text are not ký hiệu',
      text: 'Tác động của dịch Covid - 19 giai đoạn 2018 - 2023, kỷ niệm (03/02/1930 - 03/02/2020), năm 2020 - CĐCS.',
    },
    {
      name: 'cited ký hiệu written tight',
      text: 'Thực hiện Chỉ thị số 05-CT/TW và Công văn số 745/LĐLĐ-VP ngày 25/5/2020; Nghị định 30/2020/NĐ-CP.',
    },
    { name: 'a Kế hoạch numbered KH', text: `Số: 05/KH-CĐN\n${DATE}\nKẾ HOẠCH\nTổ chức Tháng Công nhân` },
    {
      name: 'a công văn: body and unit, no type code (Mẫu 1.5)',
      text: `Số: 112/CĐVC-VP\nV/v báo cáo kết quả\n${DATE}`,
    },
    {
      name: 'a draft leaves the number blank',
      text: `Số:      /KH-LĐLĐ\n${DATE}\nKẾ HOẠCH\nTổ chức hội nghị`,
    },
    {
      name: 'a draft with dots for the number',
      text: `Số: ......./BC-CĐCS\n${DATE}\nBÁO CÁO\nKết quả năm 2024`,
    },
    {
      name: 'QĐ 933/QĐ-TLĐ',
      text: 'Số: 933/QĐ-TLĐ\nHà Nội, ngày 14 tháng 5 năm 2024\nQUYẾT ĐỊNH\nBan hành Quy định về thể loại văn bản',
    },
    { name: 'CTr for a Chương trình', text: `Số: 01/CTr-LĐLĐ\n${DATE}\nCHƯƠNG TRÌNH\nCông tác năm 2024` },
    {
      name: 'HD with V/v (seed 003 layout): ten-loai-trich-yeu reports the mix, not this rule',
      text: 'Số: 148/HD-CĐVC\nV/v báo cáo hoạt động Công đoàn năm 2023',
    },
    {
      name: 'a công văn whose body code is CĐ… is not taken for Công điện',
      text: `Số: 12/CĐ-VP\nV/v tổ chức hội nghị\n${DATE}`,
    },
    {
      name: 'a công văn outline and a công văn ký hiệu',
      outline: CONG_VAN,
      text: `Số: 12/LĐLĐ-VP\n${DATE}\n${BODY}`,
    },
    { name: 'no Số line at all', text: 'KẾ HOẠCH\nNâng cao chất lượng hoạt động của Công đoàn cơ sở' },
  ],
  invalid: [
    {
      name: 'seed 000: a cited ký hiệu with a space before “/” (a warning, fixed)',
      text: '(Gửi kèm công văn số:  745 /LĐLĐ-VP  ngày  25  tháng 5 năm 2020 của Ban Thường vụ LĐLĐ tỉnh)',
      findings: [
        { line: 1, severity: 'warning', range: [23, 35], fix: true, messageIncludes: '“745/LĐLĐ-VP”' },
      ],
      output: '(Gửi kèm công văn số:  745/LĐLĐ-VP  ngày  25  tháng 5 năm 2020 của Ban Thường vụ LĐLĐ tỉnh)',
    },
    {
      name: 'seed 002: a Party ký hiệu “05- CT/TW” in the body',
      text: 'gắn với tiếp tục triển khai thực hiện Chỉ thị số 05- CT/TW của Bộ Chính trị',
      findings: [{ line: 1, severity: 'warning', range: [49, 58], fix: true }],
      output: 'gắn với tiếp tục triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị',
    },
    {
      name: 'seed 002: “Số: 579 /CV-LĐLĐ”, a space before “/” and CV on a công văn',
      text: '\n\nSố: *579* /CV-LĐLĐ\n\nĐiện Biên, ngày *16* tháng 10 năm 2019\n\n“V/v định hướng nhiệm vụ trọng tâm,\nxây dựng Chương trình công tác năm 2020”',
      findings: [
        {
          line: 3,
          severity: 'error',
          fix: true,
          messageIncludes: ['“Số: 579 /CV-LĐLĐ”', 'bỏ dấu cách', 'Phụ lục I, mục II.3'],
        },
        {
          line: 3,
          severity: 'error',
          range: [9, 11],
          fix: false,
          messageIncludes: 'Công văn không ghi chữ viết tắt tên loại (“CV”)',
        },
      ],
      output:
        'Số: 579/CV-LĐLĐ\nĐiện Biên, ngày 16 tháng 10 năm 2019\n“V/v định hướng nhiệm vụ trọng tâm, xây dựng Chương trình công tác năm 2020”',
    },
    {
      name: 'seed 003: “148/HD - CĐVC”, spaces around “-”',
      text: '\n\nSố: 148/HD - CĐVC\nV/v báo cáo hoạt động Công đoàn năm 2023,\nnhiệm vụ trọng tâm năm 2024',
      findings: [{ line: 3, range: [0, 17], fix: true }],
      output: 'Số: 148/HD-CĐVC\nV/v báo cáo hoạt động Công đoàn năm 2023, nhiệm vụ trọng tâm năm 2024',
    },
    {
      name: 'NQ 06b/NQ-TLĐ (2015) as published: “Số: 06b /NQ-TLĐ”',
      text: 'Số: 06b /NQ-TLĐ\nHà Nội, ngày 03 tháng 8 năm 2015\nNGHỊ QUYẾT\nVề nâng cao chất lượng hoạt động Ủy ban kiểm tra',
      findings: [{ line: 1, fix: true }],
      output:
        'Số: 06b/NQ-TLĐ\nHà Nội, ngày 03 tháng 8 năm 2015\nNGHỊ QUYẾT\nVề nâng cao chất lượng hoạt động Ủy ban kiểm tra',
    },
    {
      name: 'QĐ 1046 of the Trường ĐH Công đoàn: “Số: 1046 /QĐ-ĐHCĐ”',
      text: 'Số: 1046 /QĐ-ĐHCĐ\nHà Nội, ngày 24 tháng 11 năm 2016\nQUYẾT ĐỊNH\nVề việc ban hành Quy định lưu trữ',
      findings: [{ line: 1, fix: true }],
      output:
        'Số: 1046/QĐ-ĐHCĐ\nHà Nội, ngày 24 tháng 11 năm 2016\nQUYẾT ĐỊNH\nVề việc ban hành Quy định lưu trữ',
    },
    {
      name: '“Số 5/KH–LĐLĐ”: no colon, no leading 0, an en dash',
      text: `Số 5/KH–LĐLĐ\n${DATE}\nKẾ HOẠCH\nTổ chức hội nghị`,
      findings: [{ line: 1, fix: true, messageIncludes: ['“Số:”', '“05”', 'gạch nối'] }],
      output: `Số: 05/KH-LĐLĐ\n${DATE}\nKẾ HOẠCH\nTổ chức hội nghị`,
    },
    {
      name: 'a code for another type: BC on a Kế hoạch',
      text: `Số: 12/BC-LĐLĐ\n${DATE}\nKẾ HOẠCH\nTổ chức hội nghị`,
      findings: [
        {
          line: 1,
          range: [7, 9],
          fix: false,
          messageIncludes: ['Kế hoạch viết tắt là “KH”', '“BC” là Báo cáo', 'Phụ lục III'],
        },
      ],
    },
    {
      name: 'the right code in the wrong case: Ctr for CTr',
      text: `Số: 01/Ctr-LĐLĐ\n${DATE}\nCHƯƠNG TRÌNH\nCông tác năm 2024`,
      findings: [{ line: 1, range: [7, 10], fix: true, messageIncludes: '“CTr”' }],
      output: `Số: 01/CTr-LĐLĐ\n${DATE}\nCHƯƠNG TRÌNH\nCông tác năm 2024`,
    },
    {
      name: '“QD” typed without Đ on a Quyết định',
      text: `Số: 15/QD-LĐLĐ\n${DATE}\nQUYẾT ĐỊNH\nVề việc khen thưởng`,
      findings: [{ line: 1, range: [7, 9], fix: true, messageIncludes: '“QĐ”' }],
      output: `Số: 15/QĐ-LĐLĐ\n${DATE}\nQUYẾT ĐỊNH\nVề việc khen thưởng`,
    },
    {
      name: 'a code not in the table: “/HDBX-CĐ” on a Hướng dẫn (a real CĐCS document)',
      text: `Số: 02/HDBX-CĐ\n${DATE}\nHƯỚNG DẪN\nBình xét thi đua năm 2021`,
      findings: [{ line: 1, range: [7, 11], messageIncludes: 'Hướng dẫn viết tắt là “HD”' }],
    },
    {
      name: '“18/CV-CĐCS”: CV is no type code, even without a V/v',
      text: `Số: 18/CV-CĐCS\n${DATE}\nKính gửi: Ban Giám hiệu nhà trường.`,
      findings: [{ line: 1, range: [7, 9], messageIncludes: '“CV”' }],
    },
    {
      name: 'a type code on a document that follows a công văn outline',
      outline: CONG_VAN,
      text: `Số: 12/KH-LĐLĐ\n${DATE}\n${BODY}`,
      findings: [{ line: 1, range: [7, 9], messageIncludes: '“KH”' }],
    },
    {
      name: 'the issuing body missing after the type code',
      text: `Số: 12/KH\n${DATE}\nKẾ HOẠCH\nTổ chức hội nghị`,
      findings: [{ line: 1, messageIncludes: 'thiếu chữ viết tắt tên cơ quan' }],
    },
    {
      name: 'a Party document cited in the State form, or with dashes only',
      text: `Số: 12/KH-LĐLĐ\n${DATE}\nKẾ HOẠCH\nThực hiện Nghị quyết số 21/NQ-TW và Kế hoạch số 15-KH-TU của Tỉnh ủy.`,
      findings: [
        { line: 4, range: [24, 32], fix: true, messageIncludes: ['“21-NQ/TW”', 'không viết “21/NQ-TW”'] },
        { line: 4, range: [48, 56], fix: true, messageIncludes: '“15-KH/TU”' },
      ],
      output: `Số: 12/KH-LĐLĐ\n${DATE}\nKẾ HOẠCH\nThực hiện Nghị quyết số 21-NQ/TW và Kế hoạch số 15-KH/TU của Tỉnh ủy.`,
    },
    {
      name: 'a complete header without any Số line: a document-level finding',
      text: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC A\tĐộc lập - Tự do - Hạnh phúc\nBIÊN BẢN\nHọp Ban Chấp hành\nHội nghị bắt đầu lúc 8 giờ.',
      findings: [{ block: -1, severity: 'warning', messageIncludes: 'Thiếu số, ký hiệu' }],
    },
    {
      name: 'a Party document with its Số in the State form',
      text: 'ĐẢNG ỦY XÃ TÂN PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM\nSố: 12/BC-ĐU\tTân Phú, ngày 10 tháng 3 năm 2025\nBÁO CÁO\nKết quả quý I\nNội dung.',
      findings: [{ line: 2, fix: true, messageIncludes: ['“Số 12-BC/ĐU”', 'Đảng'] }],
      output:
        'ĐẢNG ỦY XÃ TÂN PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-BC/ĐU\tTân Phú, ngày 10 tháng 3 năm 2025\nBÁO CÁO\nKết quả quý I\nNội dung.',
    },
  ],
});
