import { guidanceScan } from '../../outline/guidance-scan.ts';
import type { Rule } from '../rule.ts';
import { isDocumentEnding, quoteHeading, sectionEnd } from '../section-helpers.ts';

/** Blocks that end a heading's own text: the next heading, the closing, another document. */
const ENDS = new Set(['heading', 'closing', 'signature', 'title', 'separator']);
/** "1. Đô thị: Cơ sở giáo dục tại các phường": a label and its content on one line, not a bare title. */
const LABEL_AND_CONTENT = /:\s*[\p{L}\d][^:]*\s[\p{L}\d]/u;

/**
 * A heading with nothing under it, or with nothing but the đề cương's prompt: a report made from an
 * outline is not written until each section holds its own content. An error where the outline
 * requires the section.
 */
const rule: Rule = {
  id: 'empty-section',
  description:
    'Mục nào cũng có nội dung, không chỉ có lời gợi ý của đề cương (trừ khi chính văn bản là đề cương).',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  source: 'Đề cương của cấp trên: mỗi mục phải được viết',
  check({ analysis, match }, report) {
    const scan = match && !match.isSource ? guidanceScan(analysis, match.outline) : null;
    const required = new Set<number>();
    for (const s of match?.sections ?? []) if (s.block >= 0 && s.flat.section.required) required.add(s.block);
    for (const part of analysis.parts) {
      if (part.form) continue;
      if (match ? match.part === part.index && match.isSource : /^(ĐỀ CƯƠNG|HƯỚNG DẪN)/u.test(part.title))
        continue;
      for (const index of part.headings) {
        const info = analysis.blocks[index];
        // A khoản written as a sentence ("a) Rà soát…;") is an item, not a section title.
        if (!info || info.inline || /[.;,]$/.test(info.title) || LABEL_AND_CONTENT.test(info.title)) continue;
        // The title lines under "Phần thứ hai" / "Chương I" are part of the heading, not its content.
        let first = index + 1;
        while (analysis.blocks[first]?.kind === 'heading-title') first++;
        // The heading's own text, up to its first sub-heading: prompts only, or something of its own.
        let own = first;
        let prompts = 0;
        let written = false;
        for (; own <= part.end && !ENDS.has(analysis.blocks[own]?.kind ?? 'heading'); own++) {
          if (scan && scan.hitsOf(own).length > 0) prompts++;
          else if (!isDocumentEnding(analysis.blocks[own]?.text.trim() ?? '')) {
            written = true;
            break; // content of its own: the rest of the section cannot change the answer
          }
        }
        const strict = match?.part === part.index && required.has(index);
        const where = strict ? ' (mục bắt buộc của đề cương)' : '';
        if (prompts > 0 && !written) {
          // Sub-sections below carry the content; the prompt itself is leftover-guidance's.
          const child = analysis.blocks[own];
          if (child?.kind === 'heading' && child.level > info.level) continue;
          report({
            block: index,
            severity: strict ? 'error' : 'warning',
            message: `Mục “${quoteHeading(analysis, index)}” mới chỉ có lời gợi ý của đề cương, chưa có nội dung${where}; thay lời gợi ý bằng nội dung, số liệu thực tế của đơn vị.`,
          });
          continue;
        }
        // Walking up to `first` is enough: the section has content when it reaches that block.
        if (sectionEnd(analysis, index, first) >= first) continue;
        report({
          block: index,
          severity: strict ? 'error' : 'warning',
          message: `Mục “${quoteHeading(analysis, index)}” chưa có nội dung${where}; ${strict ? 'viết nội dung cho mục này' : 'viết nội dung hoặc bỏ mục nếu đề cương không bắt buộc'}.`,
        });
      }
    }
  },
};
export default rule;
