import rule from '../../../../../shared/core/rules/rules/viet-hoa-ten-rieng.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    'Ban Chấp hành Công đoàn cơ sở đã họp và thống nhất chương trình công tác quý III.',
    'Các ban chấp hành công đoàn cơ sở báo cáo kết quả về Liên đoàn Lao động tỉnh.',
    'Ban chỉ đạo của trường báo cáo kết quả.',
    'Đề nghị Ủy ban nhân dân các xã phối hợp với Mặt trận Tổ quốc Việt Nam cùng cấp.',
    'Chương trình chăm lo tết Nguyên đán cho đoàn viên; Tết Nguyên đán năm nay đến sớm.',
    'Thực hiện theo quy định của pháp luật đất đai và Luật Đất đai ngày 18/01/2024.',
    'Tổ chức Đại hội đảng bộ các cấp và kết nạp đảng viên mới.',
    'Hội nghị Ban Chấp hành mở rộng diễn ra tại miền Trung, hỗ trợ các nước châu Phi.',
    'Căn cứ Quyết định số 12/QĐ-LĐLĐ ngày 05/01/2026 và Điều 5 của Quy chế.',
    'TM. BAN CHẤP HÀNH',
    'Châu Á là thị trường lớn.',
  ],
  invalid: [
    {
      name: 'a body name with its function in lower case',
      text: 'Đề nghị Ban thường vụ công đoàn cơ sở chỉ đạo thực hiện.',
      findings: [
        { line: 1, severity: 'warning', range: [8, 21], messageIncludes: '“Ban Thường vụ”', fix: true },
      ],
      output: 'Đề nghị Ban Thường vụ công đoàn cơ sở chỉ đạo thực hiện.',
    },
    {
      name: 'the title of the Prime Minister, a holiday, a region and a continent',
      text: 'Theo chỉ đạo của Thủ tướng chính phủ về Tết Nguyên Đán, hỗ trợ các tỉnh Miền Trung và châu phi.',
      findings: [{ fix: true }, { fix: true }, { fix: true }, { fix: true }],
      output:
        'Theo chỉ đạo của Thủ tướng Chính phủ về Tết Nguyên đán, hỗ trợ các tỉnh miền Trung và châu Phi.',
    },
    {
      name: '“Đảng” for the Party, a law and an article in lower case',
      text: 'Đẩy mạnh xây dựng đảng, thi hành điều lệ Đảng, luật công đoàn và điều 3 của Quy chế.',
      findings: [{ fix: true }, { fix: true }, { fix: true }, { fix: true }],
      output: 'Đẩy mạnh xây dựng Đảng, thi hành Điều lệ Đảng, Luật Công đoàn và Điều 3 của Quy chế.',
    },
    {
      name: 'a cited document in lower case, a province written with a capital',
      text: 'Thực hiện kế hoạch số 15/KH-LĐLĐ của Liên đoàn Lao động Tỉnh Bình Định.',
      findings: [{ fix: true }, { fix: true }],
      output: 'Thực hiện Kế hoạch số 15/KH-LĐLĐ của Liên đoàn Lao động tỉnh Bình Định.',
    },
    {
      name: 'Nơi nhận: every item is a name, even at its start',
      text: 'Nơi nhận:\n- Vụ pháp chế, Bộ Nội vụ;\n- Lưu: VT.',
      findings: [{ line: 2, fix: true }],
      output: 'Nơi nhận:\n- Vụ Pháp chế, Bộ Nội vụ;\n- Lưu: VT.',
    },
    {
      name: 'both tone placements are names; the user’s placement is kept',
      text: 'Giao Sở Văn hoá, thể thao và Du lịch chủ trì.',
      findings: [{ fix: true }],
      output: 'Giao Sở Văn hoá, Thể thao và Du lịch chủ trì.',
    },
  ],
});
