import { guidanceScan } from '../../outline/guidance-scan.ts';
import type { Rule } from '../rule.ts';
import { sectionEnd } from '../section-helpers.ts';

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
    const scan = guidanceScan(analysis, match.outline);
    for (const m of match.sections) {
      const section = m.flat.index;
      if (m.block < 0 || !scan.hasPrompts(section)) continue;
      const end = sectionEnd(analysis, m.block);
      for (let i = m.block + 1; i <= end; i++) {
        const info = analysis.blocks[i];
        if (!info || info.kind === 'heading') break;
        if (scan.hitsOf(i).some((p) => scan.prompts[p]?.section === section)) {
          report({
            block: i,
            message: `Đoạn này còn nguyên lời gợi ý của đề cương ở mục “${m.flat.path}. ${m.flat.section.title.slice(0, 60)}”; thay bằng nội dung, số liệu thực tế của đơn vị.`,
          });
        }
      }
    }
  },
};
export default rule;
