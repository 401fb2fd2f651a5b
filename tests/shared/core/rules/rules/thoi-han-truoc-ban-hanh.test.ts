import rule from '../../../../../shared/core/rules/rules/thoi-han-truoc-ban-hanh.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const header = (title: string, date = 'ngày 21 tháng 11 năm 2025') =>
  `CÔNG ĐOÀN NGÀNH GIÁO DỤC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/KH-CĐN\tHà Nội, ${date}\n${title}`;
const KE_HOACH = header('KẾ HOẠCH\nTổng kiểm kê tài sản công năm 2025');

ruleTable(rule, {
  valid: [
    {
      name: 'every time limit after the date of the plan (and one on that very day)',
      text: `${KE_HOACH}\n1. Thành lập Ban Chỉ đạo.\nThời gian hoàn thành: Trước ngày 30/11/2025.\n2. Báo cáo kết quả chậm nhất ngày 21 tháng 11 năm 2025.\n3. Tổng hợp, gửi về trước ngày 15/4/2026.`,
    },
    {
      name: 'a start before the date is no limit (“Từ tháng 10/2025”)',
      text: `${KE_HOACH}\nThời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc kiểm kê.`,
    },
    {
      name: 'a fact told with “đã”, “được” is no limit set',
      text: `${KE_HOACH}\nHộ gia đình đã được cấp Giấy chứng nhận trước ngày 01 tháng 7 năm 2004 thì giữ nguyên.`,
    },
    {
      name: 'a báo cáo tells what was done, before its date',
      text: `${header('BÁO CÁO\nKết quả công tác năm 2025', 'ngày 20 tháng 12 năm 2025')}\nCác đơn vị đã hoàn thành, gửi báo cáo trước ngày 15/11/2025.`,
    },
    {
      name: 'a thông báo kết luận records a meeting held before it was issued',
      text: `${header('THÔNG BÁO\nKẾT LUẬN CỦA CHỦ TỊCH TẠI PHIÊN HỌP THÁNG 11', 'ngày 18 tháng 11 năm 2025')}\nGiao Ban Tổ chức báo cáo trước ngày 15 tháng 11 năm 2025.`,
    },
    {
      name: 'a draft with no date and no document cited by number: nothing to compare with',
      text: 'KẾ HOẠCH\nSơ kết giữa nhiệm kỳ\nBáo cáo sơ kết (đầu tháng 2/2020).',
    },
  ],
  invalid: [
    {
      name: 'a plan issued on 21/11/2025 asking for work done before 15/11/2025',
      text: `${KE_HOACH}\n1. Thành lập Ban Chỉ đạo cấp xã.\nThời gian hoàn thành: Trước ngày 15/11/2025.`,
      findings: [
        {
          line: 6,
          severity: 'warning',
          range: [33, 43],
          fix: false,
          messageIncludes: ['“15/11/2025”', '21/11/2025', 'Nguyên tắc nhất quán'],
        },
      ],
    },
    {
      name: 'a công văn with a limit in words, earlier than its date',
      text: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 730/LĐLĐ\tHà Nội, ngày 10 tháng 11 năm 2025\nV/v báo cáo số liệu đoàn viên\nĐề nghị các đơn vị gửi báo cáo về Ban Tổ chức chậm nhất ngày 05 tháng 11 năm 2025.',
      findings: [{ line: 4, messageIncludes: '“05 tháng 11 năm 2025”' }],
    },
    {
      name: 'a draft without its date is no older than the documents it carries out',
      text: 'KẾ HOẠCH\nSơ kết giữa nhiệm kỳ\nThực hiện Kế hoạch số 56/KH-TLĐ ngày 23/7/2020 của Đoàn Chủ tịch Tổng Liên đoàn.\n+ Tổ chức khảo sát (từ tháng 11 - tháng 12/2020).\n+ Báo cáo sơ kết (đầu tháng 2/2020).\n+ Các đơn vị tổ chức xong trong tháng 01/2021.',
      findings: [{ line: 5, messageIncludes: ['“tháng 2/2020”', 'văn bản được dẫn', '23/7/2020'] }],
    },
  ],
});
