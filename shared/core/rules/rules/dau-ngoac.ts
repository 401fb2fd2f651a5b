import type { Fix } from '../../base/finding.ts';
import { MARK, paragraphMarks } from '../../text/paragraph-marks.ts';
import { type PairFault, scanPairs } from '../../text/quote-pairs.ts';
import type { Rule } from '../rule.ts';

const NGUYEN_TAC = 'nguyên tắc nhất quán: dấu mở và dấu đóng đi thành cặp';
/** A quotation may run over a few paragraphs: “ opened in one and ” closed in a later one. */
const RUN_OVER = 6;

/**
 * Quotation marks and brackets go in pairs inside a paragraph: an opening “ or ( is closed, a
 * closing ” or ) was opened, both marks of a pair have one style, and ‘‘ or '' does not stand for “.
 */
const rule: Rule = {
  id: 'dau-ngoac',
  description: 'Dấu ngoặc kép, ngoặc đơn có đủ dấu mở và dấu đóng, cùng một kiểu.',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'Nguyên tắc nhất quán: dấu mở và dấu đóng đi thành cặp',
  check({ doc, analysis }, report) {
    const flags = paragraphMarks(analysis.blocks, doc.blocks);
    const found: [number, PairFault][] = [];
    for (let index = 0; index < doc.blocks.length; index++) {
      const text = doc.blocks[index]?.text ?? '';
      if (!((flags[index] ?? MARK.PAIR) & MARK.PAIR) || analysis.blocks[index]?.kind === 'separator')
        continue;
      for (const fault of scanPairs(text)) found.push([index, fault]);
    }
    // An unclosed mark at the end of a paragraph and an unopened one in a paragraph soon after: one pair.
    const paired = new Set<PairFault>();
    for (const [i, f] of found) {
      if (f.kind !== 'unclosed') continue;
      const closer = f.mark === '(' ? ')' : '”';
      const match = found.find(
        ([j, g]) =>
          j > i && j - i <= RUN_OVER && g.kind === 'unopened' && g.mark === closer && !paired.has(g),
      );
      if (match) paired.add(f).add(match[1]);
    }
    for (const [block, f] of found) {
      if (paired.has(f)) continue;
      const text = doc.blocks[block]?.text ?? '';
      const near = text.slice(Math.max(0, f.start - 12), Math.min(text.length, f.end + 24)).trim();
      report({ block, range: [f.start, f.end], message: messageOf(f, near), ...fixOf(block, f) });
    }
  },
};

function messageOf(f: PairFault, near: string): string {
  const name = f.mark === '(' || f.mark === ')' ? 'ngoặc đơn' : 'ngoặc kép';
  switch (f.kind) {
    case 'unclosed':
      return `Dấu mở ${name} ở “…${near}…” không có dấu đóng tương ứng trong đoạn (${NGUYEN_TAC}).`;
    case 'unopened':
      return `Dấu đóng ${name} ở “…${near}…” không có dấu mở tương ứng trong đoạn (${NGUYEN_TAC}).`;
    case 'mixed':
      return `Cặp ngoặc kép ở “…${near}…” dùng hai kiểu dấu khác nhau (thẳng ${'"'} và cong “ ”) (${NGUYEN_TAC}).`;
    case 'doubled-single':
      return `Hai dấu nháy đơn ${f.mark} ở “…${near}…” được dùng thay cho dấu ngoặc kép ${f.replacement ?? '“'} (${NGUYEN_TAC}).`;
  }
}

/** ‘‘ → “; a straight mark paired with a curly one takes the curly style of its place. */
function fixOf(block: number, f: PairFault): { fix: Fix } | Record<string, never> {
  if (f.kind === 'doubled-single' && f.replacement)
    return {
      fix: {
        label: `Thay bằng “${f.replacement}”`,
        edits: [{ kind: 'replace', block, range: [f.start, f.end], text: f.replacement }],
      },
    };
  if (f.kind !== 'mixed' || f.mark.length !== 3 || !f.mark.includes('"')) return {};
  const opening = f.mark.charAt(0) === '"';
  const at = opening ? f.start : f.end - 1;
  const text = opening ? '“' : '”';
  return {
    fix: { label: `Thay bằng “${text}”`, edits: [{ kind: 'replace', block, range: [at, at + 1], text }] },
  };
}
export default rule;
