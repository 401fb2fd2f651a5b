import type { Rule } from '../rule.ts';
import { quoteHeading, sectionEnd } from '../section-helpers.ts';

/** A heading with nothing under it: no text, no sub-headings. */
const rule: Rule = {
  id: 'empty-section',
  description: 'Mục nào cũng có nội dung (trừ khi chính văn bản là đề cương).',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  source: 'Đề cương của cấp trên: mỗi mục phải được viết',
  check({ analysis, match }, report) {
    for (const part of analysis.parts) {
      if (match ? match.part === part.index && match.isSource : /^(ĐỀ CƯƠNG|HƯỚNG DẪN)/u.test(part.title))
        continue;
      for (const index of part.headings) {
        const info = analysis.blocks[index];
        // A khoản written as a sentence ("a) Rà soát…;") is an item, not a section title.
        if (!info || info.inline || /[.;,]$/.test(info.title)) continue;
        // The title lines under "Phần thứ hai" / "Chương I" are part of the heading, not its content.
        let first = index + 1;
        while (analysis.blocks[first]?.kind === 'heading-title') first++;
        // Walking up to `first` is enough: the section has content when it reaches that block.
        if (sectionEnd(analysis, index, first) >= first) continue;
        report({
          block: index,
          message: `Mục “${quoteHeading(analysis, index)}” chưa có nội dung; viết nội dung hoặc bỏ mục nếu đề cương không bắt buộc.`,
        });
      }
    }
  },
};
export default rule;
