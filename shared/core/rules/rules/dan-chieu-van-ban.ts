import { attachmentLineFaults } from '../../formal/attachment-line.ts';
import { citationFormFaults } from '../../formal/citation-forms.ts';
import { rangeIn } from '../../formal/header-line.ts';
import type { Report, Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.6.b; Phụ lục II, mục V.6)';

/** A cited document: "Kế hoạch số 104/KH-LĐLĐ ngày 02/6/2020 của …", its type capitalised. */
const rule: Rule = {
  id: 'dan-chieu-van-ban',
  description:
    'Văn bản được dẫn ghi “Tên loại số …/… ngày … của …”: tên loại viết hoa chữ cái đầu, không có dấu hai chấm sau “số”, không có dấu phẩy trước “ngày”, năm trong số khớp năm ban hành.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.6.b; Phụ lục II, mục V.6',
  check({ analysis }, report) {
    // Every citation holds the "/" of its số, ký hiệu, a hint character (text/hint-characters.ts).
    const hinted = analysis.hints;
    for (let b = 0; b < analysis.blocks.length; b++) {
      const info = hinted[b] === 1 ? analysis.blocks[b] : undefined;
      if (!info?.text.includes('/')) continue;
      for (const f of citationFormFaults(info.text)) {
        const written = info.text.slice(f.start, f.end).trim();
        const r: Report = {
          block: b,
          range: rangeIn(analysis, b, f.start, f.end),
          message: `Dẫn văn bản “${written}”: ${f.faults.join('; ')} ${CITE}.`,
        };
        if (f.edits.length > 0)
          r.fix = {
            label: 'Sửa cách dẫn văn bản',
            edits: f.edits.map((e) => ({
              kind: 'replace' as const,
              block: b,
              range: rangeIn(analysis, b, e.start, e.end),
              text: e.text,
            })),
          };
        report(r);
      }
      const attached = attachmentLineFaults(info.text);
      if (attached)
        report({
          block: b,
          message: `Dòng ghi văn bản ban hành kèm theo “${info.text.trim()}”: ${attached} (NĐ 30/2020, Phụ lục III, Mẫu 1.3: “(Kèm theo Quyết định số …/QĐ-… ngày … tháng … năm … của …)”).`,
        });
    }
  },
};
export default rule;
