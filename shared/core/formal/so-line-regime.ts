import type { Report } from '../base/report.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import { completeness, hasSoLine } from './fragment.ts';
import { rangeIn } from './header-line.ts';
import { issuingSystem } from './issuing-system.ts';
import { headerOf } from './locate-header.ts';

const PARTY_CITE = '(Hướng dẫn 36-HD/VPTW; Quy định 66-QĐ/TW)';

/**
 * The Số line checks that come before NĐ 30's: a header without a Số line in any form (not a
 * fragment: a document-level finding), and a Party document's Số in the State's form ("Số: 12/BC-ĐU"
 * for "Số 12-BC/ĐU"). Null when NĐ 30's checks of the State-form Số line apply.
 */
export function soLineRegimeReports(analysis: DocAnalysis, cite: string): Report[] | null {
  const so = headerOf(analysis).so;
  if (!so) {
    if (completeness(analysis) === 'no-header' || hasSoLine(analysis)) return [];
    return [
      {
        block: -1,
        severity: 'warning',
        message: `Thiếu số, ký hiệu văn bản dưới tên cơ quan ban hành (ví dụ “Số: 12/BB-CĐCS”) ${cite}.`,
      },
    ];
  }
  if (issuingSystem(analysis) !== 'party') return null;
  const s = so.parsed;
  const [type, issuer] = s.groups;
  if (!type || !issuer || s.groups.length !== 2) return [];
  const party = `Số ${s.number?.text ?? ''}-${type.text}/${issuer.text}`;
  const range = rangeIn(analysis, so.block, s.start, s.end);
  return [
    {
      block: so.block,
      range,
      severity: 'warning',
      message: `Văn bản của Đảng ghi số, ký hiệu theo mẫu “${party}” (số - chữ viết tắt tên loại / cơ quan ban hành), không theo mẫu của Nhà nước ${PARTY_CITE}.`,
      fix: {
        label: `Sửa thành “${party}”`,
        edits: [{ kind: 'replace', block: so.block, range, text: party }],
      },
    },
  ];
}
