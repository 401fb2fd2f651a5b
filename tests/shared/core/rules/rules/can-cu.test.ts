import rule from '../../../../../shared/core/rules/rules/can-cu.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

/** The top of QĐ 933/QĐ-TLĐ (S2); its căn cứ lines follow in each case. */
const QD =
  'Số: 933/QĐ-TLĐ\nHà Nội, ngày 14 tháng 5 năm 2024\nQUYẾT ĐỊNH\nBan hành Quy định về thể loại văn bản\nĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM';

ruleTable(rule, {
  valid: [
    {
      name: 'QĐ 933: one căn cứ a line, “;” then “Theo đề nghị …” ending “.”',
      text: `${QD}\nCăn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012;\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XII;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\nTheo đề nghị của Văn phòng Tổng Liên đoàn.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.`,
    },
    {
      name: 'a single căn cứ ending in “.”',
      text: 'KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Luật Công đoàn ngày 27 tháng 11 năm 2024.\nI. MỤC ĐÍCH',
    },
    {
      name: 'seed 002: a căn cứ opening sentence ending “như sau:” is running text',
      text: 'V/v định hướng nhiệm vụ\nKính gửi: Các Ban LĐLĐ tỉnh.\nCăn cứ Thông báo số: 174/TB-TLĐ, ngày 02/10/2019 của Tổng LĐLĐ Việt Nam về định hướng một số nhiệm vụ trọng tâm hoạt động công đoàn năm 2020, nhằm tạo sự chủ động cho các cấp công đoàn. Ban Thường vụ Liên đoàn Lao động tỉnh định hướng một số nhiệm vụ trọng tâm tập trung vào những nội dung chủ yếu sau:\nI. MỘT SỐ NHIỆM VỤ TRỌNG TÂM',
    },
    {
      name: 'căn cứ lines leading into the opening sentence “… như sau:”',
      text: 'KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XIII;\nCăn cứ Kế hoạch số 22/KH-TLĐ năm 2025 của Đoàn Chủ tịch Tổng Liên đoàn;\nBan Thường vụ xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH',
    },
    {
      name: 'a văn bản quy phạm pháp luật cites a Luật with its number; “;” before the promulgating sentence',
      text: 'Số: 12/2025/QĐ-UBND\tBình Phước, ngày 02 tháng 10 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi hỗ trợ\nỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nTheo đề nghị của Giám đốc Sở Tài chính;\nỦy ban nhân dân ban hành Quyết định quy định mức chi hỗ trợ.\nĐiều 1. Phạm vi điều chỉnh',
    },
    {
      name: 'an administrative Quyết định: the last căn cứ “;” before “… ban hành Quyết định …”',
      text: `${QD}\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XIII;\nTheo đề nghị của Văn phòng;\nĐoàn Chủ tịch ban hành Quyết định về thể loại văn bản.\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.`,
    },
    {
      name: '“Trên cơ sở …;” after the căn cứ leads into the sentence “… như sau:”',
      text: `${QD}\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XIII;\nTrên cơ sở đề xuất của Ban Tổ chức;\nĐoàn Chủ tịch thông báo kết quả như sau:\n1. Nội dung`,
    },
    {
      name: 'a căn cứ in the body is not a header căn cứ',
      text: 'I. NỘI DUNG\nCăn cứ Luật Công đoàn số 50/2024/QH15, các đơn vị rà soát quy chế',
    },
  ],
  invalid: [
    {
      name: 'a law cited with its number (Luật Công đoàn số 50/2024/QH15)',
      text: 'KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Luật Công đoàn số 50/2024/QH15;\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XIII.\nI. MỤC ĐÍCH',
      findings: [
        {
          line: 3,
          severity: 'warning',
          range: [21, 37],
          fix: false,
          messageIncludes: ['không ghi số', 'Phụ lục I, mục II.6'],
        },
      ],
    },
    {
      name: 'a law whose name holds a comma (Luật Thi đua, khen thưởng)',
      text: 'KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022.\nI. MỤC ĐÍCH',
      findings: [{ line: 3, range: [32, 48], fix: true, messageIncludes: 'Luật Thi đua, khen thưởng' }],
      output:
        'KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022.\nI. MỤC ĐÍCH',
    },
    {
      name: 'a law with number and date: dropping the number is the fix',
      text: 'KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019.\nI. MỤC ĐÍCH',
      findings: [{ line: 3, fix: true, messageIncludes: 'Bộ luật Lao động' }],
      output: 'KẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019.\nI. MỤC ĐÍCH',
    },
    {
      name: 'QĐ 933/QĐ-TLĐ as published: “ngày 05 tháng 3 tháng 2020”',
      text: `${QD}\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 tháng 2020 của Chính phủ về công tác văn thư;\nTheo đề nghị của Văn phòng Tổng Liên đoàn.\nQUYẾT ĐỊNH:`,
      findings: [{ line: 6, range: [50, 55], fix: true, messageIncludes: '“tháng” thay cho “năm”' }],
      output: `${QD}\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\nTheo đề nghị của Văn phòng Tổng Liên đoàn.\nQUYẾT ĐỊNH:`,
    },
    {
      name: 'QĐ 1014/QĐ-TLĐ (2011): the old “- Căn cứ …;” with a dash, last line ending “;”',
      text: `${QD}\n- Căn cứ Điều lệ Công đoàn Việt Nam;\nQUYẾT ĐỊNH:\nĐiều 1. Nay ban hành.`,
      findings: [{ line: 6, fix: true, messageIncludes: 'Bỏ gạch đầu dòng “-” trước “Căn cứ”' }],
      output: `${QD.replace(/\n/g, '\n')}\nCăn cứ Điều lệ Công đoàn Việt Nam.\nQUYẾT ĐỊNH:\nĐiều 1. Nay ban hành.`,
    },
    {
      name: 'two căn cứ run on in one line: split, one a line',
      text: `${QD}\nCăn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012; căn cứ Điều lệ Công đoàn Việt Nam khóa XII;\nTheo đề nghị của Văn phòng.\nQUYẾT ĐỊNH:`,
      findings: [{ line: 6, fix: true, messageIncludes: 'một dòng riêng' }],
      output: `${QD}\nCăn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012;\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XII;\nTheo đề nghị của Văn phòng.\nQUYẾT ĐỊNH:`,
    },
    {
      name: 'a middle căn cứ ending in “.”, the last with no mark',
      text: `${QD}\nCăn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012.\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XII\nQUYẾT ĐỊNH:\nĐiều 1. Nay ban hành.`,
      findings: [
        { line: 6, fix: true },
        { line: 7, fix: true },
      ],
      output: `${QD}\nCăn cứ Luật Công đoàn ngày 20 tháng 6 năm 2012;\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XII.\nQUYẾT ĐỊNH:\nĐiều 1. Nay ban hành.`,
    },
    {
      name: 'a căn cứ and “Theo đề nghị …” run on in one line',
      text: `${QD}\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XIII; Theo đề nghị của Văn phòng.\nQUYẾT ĐỊNH:`,
      findings: [{ line: 6, fix: true, messageIncludes: 'một dòng riêng' }],
      output: `${QD}\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XIII;\nTheo đề nghị của Văn phòng.\nQUYẾT ĐỊNH:`,
    },
  ],
});
