import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import type { SelfCheck } from '../shared/server-api.ts';

/**
 * The self-test's line for the checker, which runs in the sidebar (local-check.ts), not in Code.js:
 * a two-fault line (Eth for Đ, a space before a full stop) that the checker must find both faults in,
 * on this browser's engine. Never throws: a failure is ✗ with what went wrong.
 */
export function checkerSelfTest(): SelfCheck {
  const line = { id: 'checker', label: 'Bộ kiểm tra chạy được (trong thanh bên)' };
  try {
    const doc: DocModel = {
      blocks: [{ text: 'Công Ðoàn cơ sở đã họp .', style: {}, locator: 0 }],
      meta: { name: 'Kiểm tra cài đặt', source: 'gdoc', styled: false },
    };
    const { findings } = checkDocument(doc, { outline: 'auto', outlines: [] });
    const rules = new Set(findings.map((f) => f.ruleId));
    const ok = rules.has('unicode-hygiene') && rules.has('khoang-trang');
    return {
      ...line,
      ok,
      detail: ok
        ? `Tìm ra đủ lỗi trong câu mẫu (${findings.length} lỗi).`
        : 'Đọc lại không khớp: bộ kiểm tra không thấy lỗi mẫu.',
    };
  } catch (error) {
    return {
      ...line,
      ok: false,
      detail: `Trình duyệt báo: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
