import type { NewBlock } from '../../base/finding.ts';
import { issuingSystem } from '../../formal/issuing-system.ts';
import type { DocAnalysis } from '../../headings/block-info.ts';
import { type FlatSection, headingText, titleOnOwnLine } from '../../outline/flatten-sections.ts';
import { isGenericOutline } from '../../outline/generic-outline.ts';
import type { OutlineMatch } from '../../outline/match-outline.ts';
import type { Rule } from '../rule.ts';
import { contentEnd, sectionEnd } from '../section-helpers.ts';

/** Every section the outline marks required must be in the document. */
const rule: Rule = {
  id: 'required-section',
  description: 'Có đủ các mục bắt buộc của đề cương; thiếu mục nào thì chèn mục đó kèm gợi ý vào đúng chỗ.',
  defaultSeverity: 'error',
  group: 'cấu trúc',
  source: 'Đề cương của cấp trên: báo cáo phải có đủ các mục đề cương yêu cầu',
  check({ analysis, match }, report) {
    if (!match) return;
    // A generic outline's required sections are union practice: a State or Party body's kế hoạch or
    // quyết định (a quy phạm one ends with "Điều khoản thi hành", not "Điều 3") is not held to them.
    if (isGenericOutline(match.outline) && ['state', 'party'].includes(issuingSystem(analysis))) return;
    for (const m of match.sections) {
      if (m.block >= 0 || !m.flat.section.required) continue;
      const parent = m.flat.parent >= 0 ? match.sections[m.flat.parent] : undefined;
      // A missing parent is reported once, with its children inside its fix.
      if (parent && parent.block < 0) continue;
      const anchor = insertionPoint(analysis, match, m.flat);
      report({
        block: anchor >= 0 ? anchor : analysis.blocks.length > 0 ? 0 : -1,
        range: [0, 0],
        message: `Thiếu mục bắt buộc: ${headingText(m.flat).replace(/[.;:]$/, '')}${titleOnOwnLine(m.flat.section.numbering) ? ` ${m.flat.section.title}` : ''}. Thêm mục này theo đề cương “${match.outline.title}”.`,
        fix: {
          label: 'Chèn mục còn thiếu',
          edits: [{ kind: 'insert-after', block: anchor, blocks: skeletonOf(match, m.flat) }],
        },
      });
    }
  },
};
export default rule;

/** Where the missing section goes: before the next sibling found, else after the previous one, else under its parent. */
function insertionPoint(analysis: DocAnalysis, match: OutlineMatch, flat: FlatSection): number {
  const siblings = match.sections.filter((s) => s.flat.parent === flat.parent);
  const position = siblings.findIndex((s) => s.flat.index === flat.index);
  const next = siblings.slice(position + 1).find((s) => s.block >= 0);
  if (next) return next.block - 1;
  const previous = siblings
    .slice(0, position)
    .reverse()
    .find((s) => s.block >= 0);
  if (previous) return sectionEnd(analysis, previous.block);
  const parent = flat.parent >= 0 ? match.sections[flat.parent] : undefined;
  if (parent && parent.block >= 0) return sectionEnd(analysis, parent.block);
  return contentEnd(analysis, match.part);
}

/** The heading, its guidance and its required children, as paragraphs to insert. */
function skeletonOf(match: OutlineMatch, flat: FlatSection): NewBlock[] {
  const out: NewBlock[] = [
    { text: headingText(flat), style: { headingLevel: Math.min(flat.depth, 6), bold: true } },
  ];
  if (titleOnOwnLine(flat.section.numbering)) {
    out.push({
      text: flat.section.title.toLocaleUpperCase('vi'),
      style: { bold: true, alignment: 'center' },
    });
  }
  for (const g of flat.section.guidance ?? []) out.push({ text: g, style: { italic: true } });
  for (const child of match.sections) {
    if (child.flat.parent === flat.index && child.flat.section.required)
      out.push(...skeletonOf(match, child.flat));
  }
  return out;
}
