import type { FixEdit } from '../../base/finding.ts';
import type { Rule } from '../rule.ts';

/** In a styled document (Docs, .docx), headings of one depth carry one heading style. */
const rule: Rule = {
  id: 'heading-style',
  description:
    'Trong Google Docs/.docx, các tiêu đề cùng cấp dùng cùng một kiểu Heading để mục lục và điều hướng thấy chúng.',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  source: 'Nguyên tắc nhất quán: tiêu đề cùng cấp cùng một kiểu',
  check({ doc, analysis }, report) {
    if (!doc.meta.styled) return;
    const byLevel = new Map<number, number[]>();
    for (const info of analysis.blocks) {
      if (info.kind !== 'heading' || info.inline) continue;
      const list = byLevel.get(info.level) ?? [];
      list.push(info.index);
      byLevel.set(info.level, list);
    }
    for (const [level, blocks] of byLevel) {
      const counts = new Map<number, number>();
      for (const b of blocks) {
        const h = doc.blocks[b]?.style.headingLevel;
        if (h !== undefined && h > 0) counts.set(h, (counts.get(h) ?? 0) + 1);
      }
      const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [Math.min(level, 6)];
      const off = blocks.filter((b) => doc.blocks[b]?.style.headingLevel !== majority);
      if (off.length === 0) continue;
      const edits: FixEdit[] = off.map((b) => ({
        kind: 'set-style',
        block: b,
        style: { headingLevel: majority },
      }));
      const first = off[0] as number;
      report({
        block: first,
        message:
          counts.size === 0
            ? `${blocks.length} tiêu đề cấp ${level} chưa dùng kiểu Heading ${majority}; mục lục và thanh điều hướng sẽ không thấy chúng.`
            : `${off.length} tiêu đề cấp ${level} không dùng kiểu Heading ${majority} như các tiêu đề cùng cấp khác.`,
        fix: { label: `Áp dụng kiểu Heading ${majority}`, edits },
      });
    }
  },
};
export default rule;
