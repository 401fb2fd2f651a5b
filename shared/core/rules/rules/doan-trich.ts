import { completeness } from '../../formal/fragment.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Điều 8: các thành phần thể thức chính)';

/**
 * A fragment — no header at all, or cut before its ending — is said once, so that it is not
 * reported as a dozen missing parts (the rules for those stay silent on it).
 */
const rule: Rule = {
  id: 'doan-trich',
  description:
    'Văn bản không có phần đầu hoặc dừng trước phần kết thúc được báo một lần là đoạn trích; các thành phần thể thức còn thiếu không được kiểm tra.',
  defaultSeverity: 'info',
  group: 'thể thức',
  source: 'NĐ 30/2020, Điều 8',
  check({ analysis }, report) {
    const state = completeness(analysis);
    if (state === 'complete' || analysis.blocks.length === 0) return;
    // An outline or an annex sent on its own has no header by nature.
    if (state === 'no-header' && /^(?:ĐỀ CƯƠNG|PHỤ LỤC)/u.test(analysis.parts[0]?.title ?? '')) return;
    report({
      block: -1,
      message:
        state === 'no-header'
          ? `Văn bản không có phần đầu (tên cơ quan, Quốc hiệu, số, ký hiệu, địa danh và ngày tháng): có vẻ là đoạn trích hoặc bảng phần đầu đã mất khi sao chép; chưa kiểm tra các thành phần thể thức ở phần đầu ${CITE}.`
          : `Văn bản dừng trước phần kết thúc (không có chữ ký, nơi nhận, dấu “./.”): có vẻ là đoạn trích; chưa kiểm tra các thành phần thể thức ở phần kết thúc ${CITE}.`,
    });
  },
};
export default rule;
