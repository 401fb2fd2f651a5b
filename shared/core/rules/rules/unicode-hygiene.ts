import { scanHygiene } from '../../text/hygiene.ts';
import { describeHygieneIssue } from '../../text/hygiene-messages.ts';
import { hygieneRuns } from '../../text/hygiene-runs.ts';
import type { Rule } from '../rule.ts';

/** Characters that look right but are wrong: U+FFFD, Ð for Đ, invisible characters, decomposed marks. */
const rule: Rule = {
  id: 'unicode-hygiene',
  description:
    'Không có ký tự lỗi: “�”, “Ð” thay cho “Đ”, ký tự ẩn, dấu tổ hợp, ký tự riêng của phông, chữ lỗi mã hoá.',
  defaultSeverity: 'error',
  group: 'ký tự',
  source: 'NĐ 30/2020, Phụ lục I, mục I.1 (phông chữ Unicode TCVN 6909:2001)',
  check({ doc, analysis }, report) {
    // Every issue holds a hint character (text/hint-characters.ts): the other blocks are clean.
    const hinted = analysis.hints;
    for (let index = 0; index < doc.blocks.length; index++) {
      const block = doc.blocks[index];
      if (hinted[index] !== 1 || !block) continue;
      for (const issue of hygieneRuns(block.text, scanHygiene(block.text))) {
        const m = describeHygieneIssue(issue);
        report({
          block: index,
          range: issue.range,
          severity: m.severity,
          message: m.message,
          ...(issue.replacement !== undefined && m.fix
            ? {
                fix: {
                  label: m.fix,
                  edits: [
                    { kind: 'replace' as const, block: index, range: issue.range, text: issue.replacement },
                  ],
                },
              }
            : {}),
        });
      }
    }
  },
};
export default rule;
