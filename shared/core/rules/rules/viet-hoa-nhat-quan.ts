import { caseVariants } from '../../style/case-consistency.ts';
import { caseReport } from '../../style/case-report.ts';
import type { Rule } from '../rule.ts';

/**
 * One phrase, one way of writing it: a word capitalised in one place and not in another ("Ban Chỉ
 * đạo"/"Ban chỉ đạo", "các Sở"/"các sở") is unified — to lower case for common nouns after "các" and
 * in enumerations, to "Nhân dân", "Nhà nước" for the special nouns (Phụ lục II V.1), otherwise to the
 * form the document uses most; an even split is left alone.
 */
const rule: Rule = {
  id: 'viet-hoa-nhat-quan',
  description: 'Một cụm từ được viết hoa thống nhất một cách trong cả văn bản.',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'Nguyên tắc nhất quán: một điều viết một cách trong một văn bản; NĐ 30/2020, Phụ lục II',
  check({ analysis, doc }, report) {
    for (const v of caseVariants(analysis)) {
      const how = v.expected === v.written.toLowerCase() ? 'không viết hoa' : 'viết hoa';
      report(
        caseReport(
          doc,
          v.block,
          v.start,
          v.end,
          v.expected,
          `“${v.written}” ở đây nên ${how} (“${v.expected}”), thống nhất với cách viết “${v.other}” trong văn bản (NĐ 30/2020, Phụ lục II: chỉ viết hoa tên riêng).`,
        ),
      );
    }
  },
};
export default rule;
