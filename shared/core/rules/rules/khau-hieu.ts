import { misquotedSlogan } from '../../text/slogans.ts';
import { SCAN, wordPass } from '../../text/word-scan.ts';
import type { Rule } from '../rule.ts';

/** A quotation between “…” or "…": where slogans and names of movements stand. */
const QUOTED = /[“"]([^“”"\n]{8,200})[”"]/gu;

/**
 * A slogan or the name of a movement quoted with a word added, dropped or changed ("Thực hành chống
 * tiết kiệm, chống lãng phí"): such names are quoted word for word (text/slogans.ts holds them).
 * Warning, without a fix: the officer may be quoting a variant on purpose.
 */
const rule: Rule = {
  id: 'khau-hieu',
  description: 'Khẩu hiệu, tên phong trào thi đua, cuộc vận động được trích đúng nguyên văn.',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'Nguyên tắc nhất quán: tên phong trào, khẩu hiệu viết đúng nguyên văn đã ban hành',
  check({ analysis }, report) {
    // A document quotes the same few names again and again: each is compared with the list once.
    const seen = new Map<string, string | null>();
    const { flags } = wordPass(analysis.blocks);
    for (const info of analysis.blocks) {
      const text = info.text;
      if (((flags[info.index] as number) & SCAN.QUOTE) === 0) continue; // no “ or ", by the shared word reading
      QUOTED.lastIndex = 0;
      for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
        const quoted = m[1] ?? '';
        let slogan = seen.get(quoted);
        if (slogan === undefined) {
          slogan = misquotedSlogan(quoted);
          seen.set(quoted, slogan);
        }
        if (!slogan) continue;
        const start = m.index + 1;
        report({
          block: info.index,
          range: [info.toOriginal(start), info.toOriginal(start + quoted.length)],
          message: `“${quoted}” khác nguyên văn “${slogan}”; kiểm tra lại tên phong trào, khẩu hiệu (nguyên tắc: trích đúng nguyên văn).`,
        });
      }
    }
  },
};

export default rule;
