import { cachedTokens, dice } from '../../outline/similarity.ts';
import { SAME_TEXT } from '../../outline/source-document.ts';
import type { Rule } from '../rule.ts';
import { sectionEnd } from '../section-helpers.ts';

/** The đề cương's prompts ("Nêu rõ những khó khăn…") must be replaced by the report's own content. */
const rule: Rule = {
  id: 'leftover-guidance',
  description:
    'Không còn sót đoạn gợi ý của đề cương (“Nêu rõ…”, “Đánh giá…”) chưa thay bằng nội dung thực tế.',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  check({ analysis, match }, report) {
    if (!match || match.isSource) return;
    for (const m of match.sections) {
      const guidance = (m.flat.section.guidance ?? [])
        .map((g) => cachedTokens(match.outline, g))
        .filter((g) => g.size >= 3);
      if (m.block < 0 || guidance.length === 0) continue;
      const end = sectionEnd(analysis, m.block);
      for (let i = m.block + 1; i <= end; i++) {
        const info = analysis.blocks[i];
        if (!info || info.kind === 'heading') break;
        const tokens = cachedTokens(analysis, info.text);
        if (guidance.some((g) => dice(g, tokens) >= SAME_TEXT)) {
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
