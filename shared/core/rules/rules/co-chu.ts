import type { FixEdit } from '../../base/finding.ts';
import { styledElements } from '../../formal/style-elements.ts';
import { ELEMENT_SPECS, type FormalElement, sizeRange, viNumber } from '../../formal/style-spec.ts';
import type { Rule } from '../rule.ts';

/**
 * Font sizes per element (NĐ 30/2020, Phụ lục I, Phần I, mục II and the table in mục V): Quốc hiệu
 * 12–13, Tiêu ngữ 13–14, nội dung 13–14, “Nơi nhận:” 12, its lines 11 … Only where the host gave sizes.
 */
const rule: Rule = {
  id: 'co-chu',
  description:
    'Cỡ chữ từng thành phần đúng NĐ 30 (Quốc hiệu 12–13, nội dung 13–14, “Nơi nhận:” 12, danh sách nơi nhận 11 …).',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục V (bảng thể thức)',
  check({ doc, analysis }, report) {
    if (!doc.meta.styled) return;
    const wrong = new Map<FormalElement, { block: number; size: number }[]>();
    for (const { block, element } of styledElements(doc, analysis)) {
      const size = doc.blocks[block]?.style.fontSizePt;
      const [min, max] = ELEMENT_SPECS[element].sizes;
      if (size === undefined || (size >= min - 0.25 && size <= max + 0.25)) continue;
      wrong.set(element, [...(wrong.get(element) ?? []), { block, size }]);
    }
    for (const [element, blocks] of wrong) {
      const spec = ELEMENT_SPECS[element];
      const [min, max] = spec.sizes;
      const first = blocks[0];
      if (!first) continue;
      const edits: FixEdit[] = blocks.map((b) => ({
        kind: 'set-style',
        block: b.block,
        style: { fontSizePt: b.size < min ? min : max },
      }));
      const what =
        blocks.length === 1
          ? `Cỡ chữ của ${spec.label} là ${viNumber(first.size)} pt`
          : `${blocks.length} đoạn ${spec.label} có cỡ chữ ngoài khoảng quy định (đoạn đầu ${viNumber(first.size)} pt)`;
      report({
        block: first.block,
        message: `${what}; NĐ 30 quy định ${sizeRange(spec.sizes)} (NĐ 30/2020, Phụ lục I, ${spec.cite}).`,
        fix: { label: `Đặt cỡ chữ ${sizeRange(spec.sizes)}`, edits },
      });
    }
  },
};
export default rule;
