import { isDraftFrameLine, maybePlaceholder } from '../placeholder-hint.ts';
import type { Rule } from '../rule.ts';

/** Blanks left to fill: dot leaders, "[…]", "{{field}}", "(ghi rõ …)", "xxx". */
const PLACEHOLDERS: ReadonlyArray<RegExp> = [
  /\.{5,}|…{2,}|(?:…\s*){3,}|_{4,}/gu,
  /\[\s*(?:\.{2,}|…|[^\]\n]{0,40}?(?:ghi|điền|nhập|tên|số)[^\]\n]{0,40})\s*\]/giu,
  /\{\{\s*[\p{L}\d_ -]+\s*\}\}/gu,
  /\((?:ghi rõ|điền|nhập)[^)]{0,60}\)/giu,
  /\b(?:xxx+|XXX+)\b/gu,
];

/** No blank left to fill in. */
const rule: Rule = {
  id: 'placeholder-text',
  description: 'Không còn chỗ trống chưa điền (“……”, “[…]”, “{{trường}}”, “(ghi rõ…)”).',
  defaultSeverity: 'warning',
  group: 'cấu trúc',
  source: 'Nguyên tắc: văn bản gửi đi không còn chỗ trống chưa điền',
  check({ analysis }, report) {
    // Every hint of maybePlaceholder is a hint character or phrase (text/hint-characters.ts); most blocks have
    // neither and are skipped on the hints alone, without reading their analysis.
    const characters = analysis.hints;
    const phrases = analysis.phrases;
    // A form (MẪU, Biểu) attached for recipients to fill in keeps its blanks on purpose.
    const forms = analysis.parts.filter((p) => p.form);
    const inForm = (i: number) => forms.some((p) => i >= p.start && i <= p.end);
    for (let i = 0; i < analysis.blocks.length; i++) {
      const info = characters[i] === 1 || phrases[i] === 1 ? analysis.blocks[i] : undefined;
      if (!info || !maybePlaceholder(info.text) || isDraftFrameLine(info.text.trim()) || inForm(i)) continue;
      const found = PLACEHOLDERS.flatMap((pattern) => [...info.text.matchAll(pattern)]);
      // One blank, one finding: "[……]" and "(ghi rõ: ……)" also hold a dot leader; keep the outer match.
      found.sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || b[0].length - a[0].length);
      let reached = 0;
      for (const m of found) {
        const start = m.index ?? 0;
        if (start < reached) continue;
        reached = start + m[0].length;
        report({
          block: info.index,
          range: [info.toOriginal(start), info.toOriginal(start + m[0].length)],
          message: `Còn chỗ trống chưa điền “${m[0].length > 24 ? `${m[0].slice(0, 12)}…` : m[0]}”; điền nội dung hoặc xoá đi.`,
        });
      }
    }
  },
};
export default rule;
