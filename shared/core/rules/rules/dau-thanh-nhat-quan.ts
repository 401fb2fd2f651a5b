import type { BlockInfo } from '../../headings/block-info.ts';
import { placedWords, type TonePlacement } from '../../text/tone-placement.ts';
import { SCAN, wordPass } from '../../text/word-scan.ts';
import { inCaseOf } from '../../text/word-tokens.ts';
import type { Rule } from '../rule.ts';

const AFTER_CONG = /cộng[ \u00a0]+$/iu;
const SOURCE = 'nguyên tắc nhất quán: một văn bản viết một cách';

interface Seen {
  info: BlockInfo;
  /** In the analysed text; mapped to the block's own text only for what is reported. */
  start: number;
  end: number;
  word: string;
  other: string;
  placement: TonePlacement;
}

/**
 * "hoá, uỷ, khoẻ" and "hóa, ủy, khỏe" are both accepted (text/tone-placement.ts); a document that
 * mixes them looks careless. The minority form is reported on each of its words, with the majority
 * form as the fix; an even mix is one finding about the whole document.
 */
const rule: Rule = {
  id: 'dau-thanh-nhat-quan',
  description: 'Cách đặt dấu thanh (“hoá/hóa”, “uỷ/ủy”) thống nhất một kiểu trong cả văn bản.',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'Nguyên tắc nhất quán: một điều viết một cách trong một văn bản',
  check({ analysis }, report) {
    const seen: Seen[] = [];
    const { flags } = wordPass(analysis.blocks);
    for (const info of analysis.blocks) {
      if (((flags[info.index] as number) & SCAN.PLACED) === 0) continue; // the shared word reading saw no such pair
      for (const w of placedWords(info.text)) {
        // NĐ 30 itself writes the Quốc hiệu "CỘNG HOÀ" in its table and "CỘNG HÒA" in its text.
        const hoa = w.other === 'hòa' || w.other === 'hoà';
        if (hoa && AFTER_CONG.test(info.text.slice(Math.max(0, w.start - 6), w.start))) continue;
        seen.push({ info, start: w.start, end: w.end, word: w.word, placement: w.placement, other: w.other });
      }
    }
    const second = seen.filter((s) => s.placement === 'second');
    const first = seen.filter((s) => s.placement === 'first');
    if (second.length === 0 || first.length === 0) return;
    const counts = `${examples(second)}: ${second.length} lần; ${examples(first)}: ${first.length} lần`;
    if (second.length === first.length) {
      report({
        block: -1,
        message: `Văn bản đặt dấu thanh theo hai kiểu với số lần ngang nhau (${counts}); nên chọn một kiểu và viết thống nhất (${SOURCE}).`,
      });
      return;
    }
    const minority = second.length < first.length ? second : first;
    for (const s of minority) {
      const text = inCaseOf(s.word, s.other);
      const block = s.info.index;
      const range: [number, number] = [s.info.toOriginal(s.start), s.info.toOriginal(s.end)];
      report({
        block,
        range,
        message: `“${s.word}” đặt dấu thanh khác kiểu chiếm đa số trong văn bản (${counts}); nên viết “${text}” (${SOURCE}).`,
        fix: {
          label: `Sửa thành “${text}”`,
          edits: [{ kind: 'replace', block, range, text }],
        },
      });
    }
  },
};

/** Up to three distinct words of one kind, lower case: “hoá, uỷ, khoẻ”. */
function examples(list: readonly Seen[]): string {
  const words = [...new Set(list.map((s) => s.word.toLowerCase()))].slice(0, 3);
  return `“${words.join(', ')}”`;
}

export default rule;
