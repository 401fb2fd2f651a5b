import { foldInPlace } from '../../formal/fold-in-place.ts';
import { QUOC_HIEU_FOLDED, TIEU_NGU_FOLDED } from '../../formal/header-segments.ts';
import { issuingSystem } from '../../formal/issuing-system.ts';
import { headerOf } from '../../formal/locate-header.ts';
import { exactTextReport, QUOC_HIEU, TIEU_NGU } from '../../formal/quoc-hieu-text.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.1)';
const OTHER_REGIME = /^(?:dang cong san viet nam|doan tncs ho chi minh)$/;

/** The Quốc hiệu and Tiêu ngữ are present and written exactly as NĐ 30 gives them. */
const rule: Rule = {
  id: 'quoc-hieu-tieu-ngu',
  description:
    'Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” có đủ và viết đúng.',
  defaultSeverity: 'error',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.1',
  check({ doc, analysis }, report) {
    const h = headerOf(analysis);
    // Party and Đoàn Thanh niên documents (a Đảng đoàn inside the union writes them too) carry
    // "ĐẢNG CỘNG SẢN VIỆT NAM" / "ĐOÀN TNCS HỒ CHÍ MINH" under their own rules, not the Quốc hiệu.
    if (issuingSystem(analysis) === 'party' || h.issuers.some((l) => OTHER_REGIME.test(foldInPlace(l.text))))
      return;
    const wrong = [
      h.quocHieu && exactTextReport(analysis, h.quocHieu, QUOC_HIEU_FOLDED, QUOC_HIEU, 'Quốc hiệu', CITE),
      h.tieuNgu && exactTextReport(analysis, h.tieuNgu, TIEU_NGU_FOLDED, TIEU_NGU, 'Tiêu ngữ', CITE),
    ];
    for (const r of wrong) if (r) report(r);
    // Only a document with a Số or date line has a header to miss them from (not a fragment or a cover).
    const anchor = h.so ?? h.date;
    if (!anchor || (h.quocHieu && h.tieuNgu)) return;
    const missing = [h.quocHieu ? null : 'Quốc hiệu', h.tieuNgu ? null : 'Tiêu ngữ']
      .filter(Boolean)
      .join(' và ');
    // Plain text from Word that kept Số/date but neither column's names lost its two-column header
    // table in conversion, not necessarily the Quốc hiệu: say so, as info.
    if (doc.meta.source === 'text' && h.issuers.length === 0 && !h.quocHieu && !h.tieuNgu) {
      report({
        block: -1,
        severity: 'info',
        message: `Không thấy Quốc hiệu, Tiêu ngữ và tên cơ quan ban hành: có thể bảng phần đầu văn bản đã mất khi chuyển sang văn bản thuần; kiểm tra bản gốc có “${QUOC_HIEU}” / “${TIEU_NGU}” ở góc phải ${CITE}.`,
      });
      return;
    }
    // The Tiêu ngữ alone missing, the Số line right under the Quốc hiệu: the header table's second
    // row (Tiêu ngữ and the issuer's second line) was most likely lost in copying.
    const qh = h.quocHieu;
    const rowLost =
      qh && !h.tieuNgu && anchor.block === qh.block + 1 && h.issuers.some((l) => l.block === qh.block);
    report({
      block: -1,
      severity: rowLost ? 'info' : 'warning',
      message: rowLost
        ? `Không thấy Tiêu ngữ “${TIEU_NGU}” dưới Quốc hiệu: có thể dòng thứ hai của bảng phần đầu đã mất khi sao chép; kiểm tra bản gốc ${CITE}.`
        : `Thiếu ${missing} ở góc phải phần đầu văn bản: “${QUOC_HIEU}” / “${TIEU_NGU}” ${CITE}.`,
    });
  },
};
export default rule;
