import type { Report } from '../base/report.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import { foldInPlace } from './fold-in-place.ts';
import { type HeaderLine, rangeIn } from './header-line.ts';

/** The Quốc hiệu and Tiêu ngữ as NĐ 30/2020 gives them (Phụ lục I, mục II.1). */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Compares the words of a Quốc hiệu or Tiêu ngữ line matched by `pattern` (on the folded text) with the
 * exact text NĐ 30 gives (HÒA/HOÀ both accepted), and offers the exact text; null when it is right.
 */
export function exactTextReport(
  analysis: DocAnalysis,
  line: HeaderLine,
  pattern: RegExp,
  exact: string,
  name: string,
  cite: string,
): Report | null {
  const m = pattern.exec(foldInPlace(line.text));
  if (!m) return null;
  const written = line.text.slice(m.index, m.index + m[0].length);
  if (written === exact || written.replace('HOÀ', 'HÒA') === exact) return null;
  const range = rangeIn(analysis, line.block, line.start + m.index, line.start + m.index + m[0].length);
  // NĐ 30 writes the Tiêu ngữ with "-"; an en dash is a common slip that only shows: a warning.
  const dashOnly = written.replace(/\s[–—]\s/gu, ' - ') === exact;
  return {
    block: line.block,
    range,
    ...(dashOnly ? { severity: 'warning' as const } : {}),
    message: `${name} viết chưa đúng: “${written}”; phải là “${exact}”${name === 'Tiêu ngữ' ? ', chữ cái đầu mỗi cụm viết hoa, gạch nối có cách trước và sau' : ''} ${cite}.`,
    fix: {
      label: `Sửa thành “${exact}”`,
      edits: [{ kind: 'replace', block: line.block, range, text: exact }],
    },
  };
}
