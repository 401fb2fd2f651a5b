import type { FixEdit } from '../../base/finding.ts';
import type { Rule } from '../rule.ts';

const EXPECTED = 'Times New Roman';

/** The first family of a CSS font-family list, without quotes: "'Times New Roman', serif" → "Times New Roman". */
function firstFamily(family: string): string {
  return (family.split(',')[0] ?? '')
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
}

/**
 * Times New Roman, Unicode (TCVN 6909:2001) — NĐ 30/2020, Phụ lục I, Phần I, mục I.4. Only where the
 * host reported the font; one finding per wrong font, with a fix that sets all its paragraphs.
 */
const rule: Rule = {
  id: 'phong-chu',
  description: 'Văn bản dùng phông chữ Times New Roman (Unicode TCVN 6909:2001) theo NĐ 30.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục I.1',
  check({ doc }, report) {
    if (!doc.meta.styled) return;
    const wrong = new Map<string, number[]>();
    doc.blocks.forEach((block, index) => {
      const family = block.style.fontFamily;
      if (family === undefined || block.text.trim() === '') return;
      const first = firstFamily(family);
      if (first.replace(/\s+/g, '').toLowerCase() === 'timesnewroman') return;
      wrong.set(first, [...(wrong.get(first) ?? []), index]);
    });
    for (const [family, blocks] of wrong) {
      const edits: FixEdit[] = blocks.map((b) => ({
        kind: 'set-style',
        block: b,
        style: { fontFamily: EXPECTED },
      }));
      // .VnTime and VNI-Times are the old TCVN3/VNI fonts: the text may need converting too.
      const legacy = /^\.vn|^vni[-\s]/i.test(family) ? ' (phông cũ TCVN3/VNI: kiểm tra cả bảng mã)' : '';
      report({
        block: blocks[0] ?? 0,
        message:
          `${blocks.length} đoạn dùng phông “${family}”${legacy}; NĐ 30 quy định phông ${EXPECTED}, ` +
          'bộ mã Unicode TCVN 6909:2001 (NĐ 30/2020, Phụ lục I, mục I.4).',
        fix: { label: `Đổi sang ${EXPECTED}`, edits },
      });
    }
  },
};
export default rule;
