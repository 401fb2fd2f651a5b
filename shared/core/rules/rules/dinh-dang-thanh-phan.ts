import type { FixEdit } from '../../base/finding.ts';
import { styledElements } from '../../formal/style-elements.ts';
import { ELEMENT_SPECS, type FormalElement } from '../../formal/style-spec.ts';
import type { Rule } from '../rule.ts';

type Attribute = 'bold' | 'italic';
const WORD: Record<Attribute, [string, string]> = {
  bold: ['in đậm', 'không in đậm'],
  italic: ['in nghiêng', 'chữ đứng (không nghiêng)'],
};
const FIX: Record<Attribute, [string, string]> = {
  bold: ['Đặt in đậm', 'Bỏ in đậm'],
  italic: ['Đặt in nghiêng', 'Bỏ in nghiêng'],
};

/**
 * Bold and italic per element (NĐ 30/2020, Phụ lục I, Phần I, mục II): Quốc hiệu, Tiêu ngữ, tên loại
 * bold; địa danh–ngày italic; “Nơi nhận:” bold italic; its lines upright … A missing bold or italic
 * is only reported when the host reports bold (italic) somewhere, so an unstyled source stays quiet.
 */
const rule: Rule = {
  id: 'dinh-dang-thanh-phan',
  description:
    'Kiểu chữ đậm, nghiêng của từng thành phần đúng NĐ 30 (Quốc hiệu đậm, ngày tháng nghiêng, “Nơi nhận:” đậm nghiêng …).',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục V (bảng thể thức)',
  check({ doc, analysis }, report) {
    if (!doc.meta.styled) return;
    const seen: Record<Attribute, boolean> = {
      bold: doc.blocks.some((b) => b.style.bold === true),
      italic: doc.blocks.some((b) => b.style.italic === true),
    };
    const wrong = new Map<
      string,
      { element: FormalElement; attribute: Attribute; want: boolean; blocks: number[] }
    >();
    for (const { block, element } of styledElements(doc, analysis)) {
      const style = doc.blocks[block]?.style;
      if (!style) continue;
      for (const attribute of ['bold', 'italic'] as const) {
        const want = ELEMENT_SPECS[element][attribute];
        const has = style[attribute] === true;
        if (want === undefined || has === want || (want && !seen[attribute])) continue;
        const key = `${element}/${attribute}`;
        const entry = wrong.get(key) ?? { element, attribute, want, blocks: [] };
        entry.blocks.push(block);
        wrong.set(key, entry);
      }
    }
    for (const { element, attribute, want, blocks } of wrong.values()) {
      const spec = ELEMENT_SPECS[element];
      const word = WORD[attribute][want ? 0 : 1];
      const style = attribute === 'bold' ? { bold: want } : { italic: want };
      const edits: FixEdit[] = blocks.map((b) => ({ kind: 'set-style', block: b, style }));
      const count = blocks.length === 1 ? '' : ` (${blocks.length} đoạn)`;
      report({
        block: blocks[0] ?? 0,
        message: `${spec.label[0]?.toLocaleUpperCase('vi')}${spec.label.slice(1)}${count} phải ${word} (NĐ 30/2020, Phụ lục I, ${spec.cite}).`,
        fix: { label: FIX[attribute][want ? 0 : 1], edits },
      });
    }
  },
};
export default rule;
