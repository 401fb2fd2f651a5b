import rule from '../../../../../shared/core/rules/rules/doan-trich.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const HEADER =
  'LIÊN ĐOÀN LAO ĐỘNG TỈNH HẬU GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG ĐOÀN NGÀNH Y TẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 09/KH-CĐN\tVị Thanh, ngày 03 tháng 4 năm 2025\nKẾ HOẠCH\nTổ chức Tháng Công nhân năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nCác công đoàn cơ sở tổ chức các hoạt động thiết thực.';

ruleTable(rule, {
  valid: [
    {
      name: 'a complete document: header, body and signature',
      text: `${HEADER}\nNơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nTrần Văn Bình`,
    },
    {
      name: 'a complete document ending with the end mark',
      text: `${HEADER}\nKết thúc kế hoạch./.`,
    },
    {
      name: 'an outline (đề cương) sent on its own has no header by nature',
      text: 'ĐỀ CƯƠNG\nBáo cáo sơ kết 6 tháng đầu năm\nI. KẾT QUẢ\nNêu kết quả đạt được.',
    },
  ],
  invalid: [
    {
      name: 'an excerpt without any header',
      text: 'Trong quý I, các công đoàn cơ sở đã tổ chức nhiều hoạt động.\nII. NHIỆM VỤ QUÝ II\nTiếp tục chăm lo đời sống đoàn viên.',
      findings: [{ block: -1, severity: 'info', fix: false, messageIncludes: 'không có phần đầu' }],
    },
    {
      name: 'a document cut before its ending',
      text: HEADER,
      findings: [{ block: -1, severity: 'info', messageIncludes: 'dừng trước phần kết thúc' }],
    },
  ],
});
