import { isAllCaps } from '../../headings/classify.ts';
import { schemeName, skippedLevel } from '../../headings/level-skips.ts';
import { headingGroups, labelRange } from '../heading-groups.ts';
import type { Rule } from '../rule.ts';

/**
 * Heading levels are consistent: Roman headings in capitals, no level skipped, one scheme per level.
 * "1.1." and "a." are left alone: union documents use them (Hướng dẫn 03/HD-TLĐ) and the clerks
 * accept them; writing them one way in a document is rule nhan-tieu-de's.
 */
const rule: Rule = {
  id: 'heading-level',
  description:
    'Cấp tiêu đề nhất quán theo NĐ 30: mục La Mã viết hoa, không bỏ cấp (I. → 1. → a)), mỗi cấp một kiểu đánh số.',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  source: 'NĐ 30/2020, Phụ lục I, mục II.6.c–đ (phần, mục, khoản, điểm)',
  check({ analysis }, report) {
    // The parts list every heading block in order: no need to read the analysis of every paragraph.
    for (const index of analysis.parts.flatMap((part) => part.headings)) {
      const info = analysis.blocks[index];
      const scheme = info?.kind === 'heading' ? info.numbering?.scheme : undefined;
      if (!info || !scheme) continue;
      if (scheme === 'roman' && !info.inline && info.title && !isAllCaps(info.title)) {
        const at = info.text.indexOf(info.title);
        // Map both ends: NFD marks or invisible characters make the original longer than the title.
        const [start, end] = [info.toOriginal(at), info.toOriginal(at + info.title.length)];
        report({
          block: info.index,
          range: [start, end],
          message: `Tiêu đề mục La Mã “${info.text.trim().slice(0, 60)}” phải viết hoa toàn bộ (NĐ 30/2020, Phụ lục I).`,
          fix: {
            label: 'Viết hoa tiêu đề',
            edits: [
              {
                kind: 'replace',
                block: info.index,
                range: [start, end],
                text: info.title.toLocaleUpperCase('vi'),
              },
            ],
          },
        });
      }
      const parent = analysis.blocks[info.parent];
      const parentScheme = parent?.numbering?.scheme;
      const expected = skippedLevel(parentScheme, scheme);
      if (expected) {
        report({
          block: info.index,
          range: labelRange(info),
          message: `Mục “${info.text.trim().slice(0, 50)}” (${schemeName(scheme)}) nằm ngay dưới mục ${parentScheme ? schemeName(parentScheme) : ''} “${parent?.text.trim().slice(0, 40)}”, bỏ qua cấp ${schemeName(expected)}; thêm cấp còn thiếu hoặc đổi cách đánh số.`,
        });
      }
    }
    for (const siblings of headingGroups(analysis)) {
      const schemes = new Set(siblings.map((s) => s.numbering?.scheme ?? 'none'));
      if (schemes.size < 2) continue;
      const odd = siblings.find(
        (s) => (s.numbering?.scheme ?? 'none') !== (siblings[0]?.numbering?.scheme ?? 'none'),
      );
      if (odd) {
        report({
          block: odd.index,
          range: labelRange(odd),
          message: `Các mục cùng cấp dùng lẫn nhiều kiểu đánh số (${[...schemes].map(schemeName).join(', ')}); chọn một kiểu cho cả cấp.`,
        });
      }
    }
  },
};
export default rule;
