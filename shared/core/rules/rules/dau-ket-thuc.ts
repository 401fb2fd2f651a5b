import type { Fix } from '../../base/finding.ts';
import { issuingSystem } from '../../formal/issuing-system.ts';
import { locateClosing } from '../../formal/locate-closing.ts';
import { oddEndMarkStart } from '../../formal/odd-end-mark.ts';
import type { Rule } from '../rule.ts';

const MARK = './.';

/**
 * The body ends with "./." (NĐ 30/2020, Phụ lục III: every sample layout ends its content so), checked
 * on the last body paragraph before Nơi nhận or the signature, right after the last word (" ./." is a
 * fault); a part with neither is left alone, and so is a Party document.
 */
const rule: Rule = {
  id: 'dau-ket-thuc',
  description: 'Phần nội dung kết thúc bằng dấu “./.” ngay trước Nơi nhận và chữ ký.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục III (các mẫu trình bày); QĐ 933/QĐ-TLĐ',
  check({ analysis, doc }, report) {
    // Party documents (HD 36-HD/VPTW) have no "./." in their form: their body just ends.
    if (analysis.parts.length === 0 || issuingSystem(analysis) === 'party') return;
    const closings = locateClosing(analysis);
    const closed = new Set(closings.map((c) => c.part));
    const ends = closings.map((c) => ({ block: c.lastBody, closed: true }));
    // A part without a closing (an excerpt) is not asked for "./.", but a mark typed wrong is still wrong.
    for (const part of analysis.parts)
      if (!closed.has(part.index)) ends.push({ block: part.end, closed: false });
    for (const end of ends) {
      const info = analysis.blocks[end.block];
      const block = doc.blocks[end.block];
      // A table right before the closing (a chương trình's timetable) has no sentence to end.
      if (!info || !block || block.table) continue;
      // trimEnd: what /[\s\u00A0]+$/ removes, without its retry at every space of a long run.
      const text = block.text.trimEnd();
      const at = oddEndMarkStart(text);
      const odd = at >= 0 ? text.slice(at) : null;
      const typed =
        odd !== null && odd !== MARK && odd.includes('.') && /[\p{L}\p{N})”"]/u.test(text.charAt(at - 1));
      if (typed)
        report({
          block: end.block,
          range: [at, text.length],
          message: `Dấu kết thúc viết “./.” liền sau chữ cuối cùng, không phải “${odd}” (NĐ 30/2020, Phụ lục III, các mẫu trình bày văn bản).`,
          ...endFix(text, end.block),
        });
      else if (end.closed && !/[.…]\/\.$/u.test(text))
        report({
          block: end.block,
          range: [Math.max(0, text.length - 1), text.length],
          message: `Đoạn cuối của phần nội dung chưa kết thúc bằng dấu “./.” (NĐ 30/2020, Phụ lục III, các mẫu trình bày văn bản).`,
          ...endFix(text, end.block),
        });
    }
  },
};

/** Appends "./." when the paragraph ends a sentence plainly; nothing when its end is unclear (";", ":"). */
function endFix(text: string, block: number): { fix: Fix } | Record<string, never> {
  const label = 'Thêm “./.” vào cuối';
  const odd = oddEndMarkStart(text); // "thực hiện. /." or "thực hiện./" typed wrongly
  if (odd > 0 && /\p{L}|\p{N}/u.test(text.charAt(odd - 1)))
    return {
      fix: { label, edits: [{ kind: 'replace', block, range: [odd, text.length], text: MARK }] },
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
