import { headingText } from '../../outline/flatten-sections.ts';
import { isGenericOutline } from '../../outline/generic-outline.ts';
import type { Rule } from '../rule.ts';

/**
 * Which of `positions` (document positions, in outline order) stay where they are: the longest
 * increasing subsequence, the earliest outline sections first on a tie, so the fewest sections
 * are reported as out of order. O(n²); siblings are few.
 */
function inOrderSet(positions: readonly number[]): boolean[] {
  const n = positions.length;
  // longest[i]: the longest increasing run that starts at i.
  const longest = new Array<number>(n).fill(1);
  for (let i = n - 2; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      if ((positions[j] ?? 0) > (positions[i] ?? 0))
        longest[i] = Math.max(longest[i] ?? 1, (longest[j] ?? 0) + 1);
    }
  }
  const keep = new Array<boolean>(n).fill(false);
  let need = Math.max(0, ...longest);
  let after = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n && need > 0; i++) {
    if ((positions[i] ?? 0) > after && longest[i] === need) {
      keep[i] = true;
      after = positions[i] ?? 0;
      need--;
    }
  }
  return keep;
}

/** Sections stand in the order the outline gives them. */
const rule: Rule = {
  id: 'section-order',
  description: 'Các mục đứng đúng thứ tự của đề cương.',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  source: 'Đề cương của cấp trên: các mục theo thứ tự đề cương',
  check({ match }, report) {
    if (!match) return;
    // A generic outline only suggests where its optional sections go ("IV. KINH PHÍ" may come last).
    const requiredOnly = isGenericOutline(match.outline);
    const byParent = new Map<number, typeof match.sections>();
    for (const s of match.sections) {
      if (s.block < 0 || (requiredOnly && !s.flat.section.required)) continue;
      const list = byParent.get(s.flat.parent) ?? [];
      list.push(s);
      byParent.set(s.flat.parent, list);
    }
    for (const siblings of byParent.values()) {
      const keep = inOrderSet(siblings.map((s) => s.block));
      siblings.forEach((s, i) => {
        if (keep[i]) return;
        // Point to the neighbour in the outline: the section before it, or after it when it is first.
        const before = siblings[i - 1];
        const next = siblings[i + 1];
        const where = before
          ? `phải đứng sau mục “${headingText(before.flat)}” theo đề cương; chuyển mục này xuống đúng chỗ.`
          : `phải đứng trước mục “${headingText(next?.flat ?? s.flat)}” theo đề cương; chuyển mục này lên đúng chỗ.`;
        report({ block: s.block, message: `Mục “${headingText(s.flat)}” ${where}` });
      });
    }
  },
};
export default rule;
