import { locateClosing } from '../../formal/locate-closing.ts';
import type { Fix } from '../finding.ts';
import type { Rule } from '../rule.ts';

const MARK = './.';

/**
 * The body ends with "./." (NĐ 30/2020, Phụ lục III: every sample layout ends its content so), checked
 * on the last body paragraph before Nơi nhận or the signature; a part with neither is left alone.
 */
const rule: Rule = {
  id: 'dau-ket-thuc',
  description: 'Phần nội dung kết thúc bằng dấu “./.” ngay trước Nơi nhận và chữ ký.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục III (các mẫu trình bày); QĐ 933/QĐ-TLĐ',
  check({ analysis, doc }, report) {
    for (const closing of locateClosing(analysis)) {
      const info = analysis.blocks[closing.lastBody];
      const block = doc.blocks[closing.lastBody];
      // A table right before the closing (a chương trình's timetable) has no sentence to end.
      if (!info || !block || block.table) continue;
      const text = block.text.replace(/[\s\u00A0]+$/u, '');
      if (/[.…]\/\.$/u.test(text)) continue;
      report({
        block: closing.lastBody,
        range: [Math.max(0, text.length - 1), text.length],
        message: `Đoạn cuối của phần nội dung chưa kết thúc bằng dấu “./.” (NĐ 30/2020, Phụ lục III, các mẫu trình bày văn bản).`,
        ...endFix(text, closing.lastBody),
      });
    }
  },
};

/** Appends "./." when the paragraph ends a sentence plainly; nothing when its end is unclear (";", ":"). */
function endFix(text: string, block: number): { fix: Fix } | Record<string, never> {
  const label = 'Thêm “./.” vào cuối';
  const odd = /\s*\.?\s*\/\s*\.?$/u.exec(text); // "thực hiện. /." or "thực hiện./" typed wrongly
  if (odd && odd.index > 0 && /\p{L}|\p{N}/u.test(text.charAt(odd.index - 1)))
    return {
      fix: { label, edits: [{ kind: 'replace', block, range: [odd.index, text.length], text: MARK }] },
    };
  if (/[^.]\.$/u.test(text))
    return {
      fix: { label, edits: [{ kind: 'replace', block, range: [text.length - 1, text.length], text: MARK }] },
    };
  if (/[\p{L}\p{N})”"]$/u.test(text))
    return {
      fix: { label, edits: [{ kind: 'replace', block, range: [text.length, text.length], text: MARK }] },
    };
  return {};
}
export default rule;
