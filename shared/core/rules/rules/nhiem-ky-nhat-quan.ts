import { sameHolder, type TermMention, termMentions } from '../../formal/term-mentions.ts';
import { MARK, paragraphMarks } from '../../text/paragraph-marks.ts';
import type { Rule } from '../rule.ts';

const SOURCE =
  'Nguyên tắc nhất quán: nhiệm kỳ của một tổ chức, một chức danh viết như nhau trong một văn bản';

/**
 * The term of one body or office is the same years wherever a document names it: a biên bản titled
 * "… Chủ tịch CĐCS Công ty X nhiệm kỳ 2025-2030" whose body twice says "Chủ tịch CĐCS Công ty X,
 * nhiệm kỳ 2023-2028" has one of them wrong — the one the rest of the document outvotes. Terms of
 * different holders differ legitimately (the Party's 2020-2025, the union's 2023-2028): only mentions
 * whose last words before "nhiệm kỳ" name the same holder are compared.
 */
const rule: Rule = {
  id: 'nhiem-ky-nhat-quan',
  description: 'Nhiệm kỳ của cùng một tổ chức, chức danh viết cùng các năm ở mọi chỗ trong văn bản.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: SOURCE,
  check({ doc, analysis }, report) {
    const found: { block: number; term: TermMention }[] = [];
    // "nhiệm kỳ" and its years only where the shared reading saw four digits in a row.
    const marks = paragraphMarks(analysis.blocks, doc.blocks);
    for (const info of analysis.blocks) {
      if (((marks[info.index] ?? MARK.YEAR) & MARK.YEAR) === 0) continue;
      const before = analysis.blocks[info.index - 1]?.text ?? '';
      for (const term of termMentions(info.text, before)) found.push({ block: info.index, term });
    }
    if (found.length < 2) return;
    const groups: (typeof found)[] = [];
    for (const mention of found) {
      const group = groups.find((g) => g[0] && sameHolder(g[0].term, mention.term));
      if (group) group.push(mention);
      else groups.push([mention]);
    }
    for (const group of groups) {
      const counts = new Map<string, number>();
      for (const { term } of group) counts.set(key(term), (counts.get(key(term)) ?? 0) + 1);
      if (counts.size < 2) continue;
      const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
      if (!first || !second || first[1] === second[1]) continue;
      const usual = group.find(({ term }) => key(term) === first[0])?.term;
      if (!usual) continue;
      for (const { block, term } of group) {
        if (key(term) === first[0]) continue;
        const info = analysis.blocks[block];
        if (!info) continue;
        report({
          block,
          range: [info.toOriginal(term.start), info.toOriginal(term.end)],
          message: `Nhiệm kỳ “${term.text}” khác nhiệm kỳ ${usual.from}-${usual.to} của “… ${usual.holderText}” ở ${first[1]} chỗ khác trong văn bản; kiểm tra lại (${SOURCE}).`,
        });
      }
    }
  },
};

function key(t: TermMention): string {
  return `${t.from}-${t.to}`;
}

export default rule;
