import { spellingMessage, untonedMessage } from '../../text/spelling-messages.ts';
import { spellingSlips } from '../../text/spelling-slips.ts';
import { untonedSlips } from '../../text/syllable-grammar.ts';
import { cachedScan, SCAN, wordPass } from '../../text/word-scan.ts';
import { cachedWordTokens, type WordToken } from '../../text/word-tokens.ts';
import type { Rule } from '../rule.ts';

const NONE: readonly never[] = [];

/**
 * Typing slips a reader sees at once: a word no Vietnamese syllable is shaped like ("ngiệp"), a pair
 * one mark or letter away from a word of the genre ("kính phí" → "kinh phí"), and "đề/đê" before a
 * verb where "để" is meant. Which pairs count is in text/spelling-slips.ts and text/near-miss.ts.
 */
const rule: Rule = {
  id: 'chinh-ta',
  description: 'Không có âm tiết sai cấu tạo hay từ gõ nhầm dấu, nhầm chữ (“kính phí” → “kinh phí”).',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'Nguyên tắc chính tả tiếng Việt: âm tiết đúng cấu tạo, từ đúng dấu thanh và chữ cái',
  check({ analysis }, report) {
    for (const info of analysis.blocks) {
      // one loop tells the few paragraphs to read; the others make no arrays
      const scanned = (cachedScan(analysis.blocks, info.index) & SCAN.SPELLING) !== 0;
      const tokens = scanned ? cachedWordTokens(info) : NONE;
      const read: [number, number][] = [];
      for (const slip of scanned ? spellingSlips(info.text, tokens) : NONE) {
        const first = tokens[slip.from] as WordToken;
        const last = tokens[slip.to] as WordToken;
        read.push([first.start, last.end]);
        const written = info.text.slice(first.start, last.end);
        const range: [number, number] = [info.toOriginal(first.start), info.toOriginal(last.end)];
        const message = spellingMessage(slip, written);
        const target = slip.replace ? (tokens[slip.replace.at] as WordToken) : null;
        if (!slip.replace || !target) {
          report({ block: info.index, range, message });
          continue;
        }
        const at: [number, number] = [info.toOriginal(target.start), info.toOriginal(target.end)];
        const text = slip.replace.text;
        report({
          block: info.index,
          range: at,
          message,
          fix: {
            label: `Sửa “${target.text}” thành “${text}”`,
            edits: [{ kind: 'replace', block: info.index, range: at, text }],
          },
        });
      }
      // the shared reading tells the few paragraphs where untonedSlips's first regex may match
      const untoned = (wordPass(analysis.blocks).flags[info.index] as number) & SCAN.UNTONED;
      for (const slip of untoned !== 0 ? untonedSlips(info.text) : NONE) {
        if (read.some(([from, to]) => slip.start < to && from < slip.end)) continue; // a near-miss said it
        const range: [number, number] = [info.toOriginal(slip.start), info.toOriginal(slip.end)];
        const written = info.text.slice(slip.start, slip.end);
        const message = untonedMessage(written);
        if (!slip.fix) report({ block: info.index, range, message });
        else
          report({
            block: info.index,
            range,
            message,
            fix: {
              label: `Sửa “${written}” thành “${slip.fix}”`,
              edits: [{ kind: 'replace', block: info.index, range, text: slip.fix }],
            },
          });
      }
    }
  },
};

export default rule;
