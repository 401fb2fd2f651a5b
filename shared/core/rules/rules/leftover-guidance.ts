import { guidanceScan } from '../../outline/guidance-scan.ts';
import type { Rule } from '../rule.ts';

/** The đề cương's prompts ("Nêu rõ những khó khăn…") must be replaced by the report's own content. */
const rule: Rule = {
  id: 'leftover-guidance',
  description:
    'Không còn sót đoạn gợi ý của đề cương (“Nêu rõ…”, “Đánh giá…”) chưa thay bằng nội dung thực tế.',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  source: 'Đề cương của cấp trên: gợi ý của đề cương không phải nội dung báo cáo',
  check({ analysis, match }, report) {
    if (!match || match.isSource) return;
    const part = analysis.parts[match.part];
    if (!part) return;
    const scan = guidanceScan(analysis, match.outline);
    // The outline section each matched heading stands for, to say where a prompt was left.
    const sectionAt = new Map<number, number>();
    for (const s of match.sections) if (s.block >= 0) sectionAt.set(s.block, s.flat.index);
    const flat = match.sections.map((s) => s.flat);
    let here = -1;
    // Every paragraph of the report, wherever it stands: a prompt moved or pasted under another
    // section is as much left over as one under its own.
    for (let i = part.start; i <= part.end; i++) {
      const info = analysis.blocks[i];
      if (!info) continue;
      if (info.kind === 'heading') {
        here = sectionAt.get(i) ?? (info.level === 1 ? -1 : here);
        continue;
      }
      if (info.kind !== 'body' && info.kind !== 'list-item') continue;
      const hits = scan.hitsOf(i);
      if (hits.length === 0) continue;
      const sections = hits.map((p) => scan.prompts[p]?.section ?? -1);
      const own = sections.includes(here) ? here : (sections[0] ?? -1);
      const f = flat[own];
      if (!f) continue;
      const name = `${f.path}. ${f.section.title.slice(0, 60)}`;
      report({
        block: i,
        message:
          own === here
            ? `Đoạn này còn nguyên lời gợi ý của đề cương ở mục “${name}”; thay bằng nội dung, số liệu thực tế của đơn vị.`
            : `Đoạn này là lời gợi ý của mục “${name}” trong đề cương, còn sót lại; thay bằng nội dung, số liệu thực tế của đơn vị.`,
      });
    }
  },
};
export default rule;
