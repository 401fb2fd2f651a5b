import { headingText } from '../../outline/flatten-sections.ts';
import type { Rule } from '../rule.ts';

/** Sections stand in the order the outline gives them. */
const rule: Rule = {
  id: 'section-order',
  description: 'Các mục đứng đúng thứ tự của đề cương.',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  check({ match }, report) {
    if (!match) return;
    const byParent = new Map<number, typeof match.sections>();
    for (const s of match.sections) {
      if (s.block < 0) continue;
      const list = byParent.get(s.flat.parent) ?? [];
      list.push(s);
      byParent.set(s.flat.parent, list);
    }
    for (const siblings of byParent.values()) {
      let latest = siblings[0];
      for (const s of siblings.slice(1)) {
        if (latest && s.block < latest.block) {
          report({
            block: s.block,
            message: `Mục “${headingText(s.flat)}” phải đứng sau mục “${headingText(latest.flat)}” theo đề cương; chuyển mục này xuống đúng chỗ.`,
          });
        } else {
          latest = s;
        }
      }
    }
  },
};
export default rule;
