import { findRepeats } from '../../text/repeated-words.ts';
import { cachedScan, SCAN } from '../../text/word-scan.ts';
import { cachedWordTokens, type WordToken } from '../../text/word-tokens.ts';
import type { Rule } from '../rule.ts';

/**
 * A word or a two-word phrase typed twice ("các các", "quy trình quy trình") is a slip of editing;
 * the reduplicatives Vietnamese writes on purpose ("người người", "dần dần") are left alone
 * (text/repeated-words.ts). The fix removes the second copy.
 */
const rule: Rule = {
  id: 'lap-tu',
  description: 'Không lặp một từ hai lần liền nhau (“các các”, “quy trình quy trình”).',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'Nguyên tắc soạn thảo: câu văn chính xác, không thừa từ',
  check({ analysis }, report) {
    for (const info of analysis.blocks) {
      if ((cachedScan(analysis.blocks, info.index) & SCAN.REPEAT) === 0) continue; // one loop tells the few paragraphs to read
      const tokens = cachedWordTokens(info);
      if (tokens.length < 2) continue;
      for (const { index, size } of findRepeats(tokens)) {
        const first = tokens[index] as WordToken;
        const firstEnd = tokens[index + size - 1] as WordToken;
        const last = tokens[index + 2 * size - 1] as WordToken;
        const phrase = info.text.slice(first.start, firstEnd.end);
        const cut: [number, number] = [info.toOriginal(firstEnd.end), info.toOriginal(last.end)];
        report({
          block: info.index,
          range: [info.toOriginal(first.start), cut[1]],
          message: `“${phrase}” bị lặp hai lần liền nhau; nên bỏ một lần (nguyên tắc soạn thảo: câu văn không thừa từ).`,
          fix: {
            label: `Bỏ “${phrase}” thừa`,
            edits: [{ kind: 'replace', block: info.index, range: cut, text: '' }],
          },
        });
      }
    }
  },
};

export default rule;
