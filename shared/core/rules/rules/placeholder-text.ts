import { fold } from '../../text/fold.ts';
import type { Rule } from '../rule.ts';

/** Blanks left to fill: dot leaders, "[…]", "{{field}}", "(ghi rõ …)", "xxx". */
const PLACEHOLDERS: ReadonlyArray<RegExp> = [
  /\.{5,}|…{2,}|(?:…\s*){3,}|_{4,}/gu,
  /\[\s*(?:\.{2,}|…|[^\]\n]{0,40}?(?:ghi|điền|nhập|tên|số)[^\]\n]{0,40})\s*\]/giu,
  /\{\{\s*[\p{L}\d_ -]+\s*\}\}/gu,
  /\((?:ghi rõ|điền|nhập)[^)]{0,60}\)/giu,
  /\b(?:xxx+|XXX+)\b/gu,
];

/** The Số line and the date line may keep blanks in a draft (NĐ 30 leaves the number to the văn thư). */
function isDraftFrameLine(text: string): boolean {
  const f = fold(text);
  return f.startsWith('so:') || f.startsWith('so ') || /ngay\W.*thang\W.*nam/.test(f);
}

/** No blank left to fill in. */
const rule: Rule = {
  id: 'placeholder-text',
  description: 'Không còn chỗ trống chưa điền (“……”, “[…]”, “{{trường}}”, “(ghi rõ…)”).',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  check({ analysis }, report) {
    for (const info of analysis.blocks) {
      if (isDraftFrameLine(info.text.trim())) continue;
      for (const pattern of PLACEHOLDERS) {
        for (const m of info.text.matchAll(pattern)) {
          const start = m.index ?? 0;
          report({
            block: info.index,
            range: [info.toOriginal(start), info.toOriginal(start + m[0].length)],
            message: `Còn chỗ trống chưa điền “${m[0].length > 24 ? `${m[0].slice(0, 12)}…` : m[0]}”; điền nội dung hoặc xoá đi.`,
          });
        }
      }
    }
  },
};
export default rule;
