import { deadlineReference, setsTasks, shownDateKey } from '../../formal/deadline-reference.ts';
import { deadlinesIn } from '../../formal/deadlines.ts';
import type { Rule } from '../rule.ts';

const SOURCE = 'Nguyên tắc nhất quán: thời hạn văn bản giao không sớm hơn ngày ban hành văn bản';

/**
 * A time limit a plan, decision, guidance or công văn sets that is earlier than the document itself —
 * its date line, or when a draft has none, the latest document it cites by number — cannot be met:
 * "Thời gian hoàn thành: Trước ngày 15/11/2025" in a Kế hoạch issued on 21/11/2025. Times told as
 * facts ("đã được cấp trước ngày 01/7/2004") and starts ("Từ tháng 10/2025") are not limits.
 */
const rule: Rule = {
  id: 'thoi-han-truoc-ban-hanh',
  description:
    'Thời hạn văn bản giao (“trước ngày …”, “chậm nhất ngày …”, “Thời gian hoàn thành: …”) không sớm hơn ngày ban hành văn bản.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: SOURCE,
  check({ analysis }, report) {
    if (!setsTasks(analysis)) return;
    const { key: ref, issued, last } = deadlineReference(analysis);
    if (ref === 0) return;
    for (let b = 0; b <= last; b++) {
      const info = analysis.blocks[b];
      if (!info) continue;
      for (const limit of deadlinesIn(info.text)) {
        if (limit.key >= ref) continue;
        const against = issued
          ? `ngày ban hành văn bản (${shownDateKey(ref)})`
          : `ngày của văn bản được dẫn mà văn bản này thực hiện (${shownDateKey(ref)})`;
        report({
          block: b,
          range: [info.toOriginal(limit.start), info.toOriginal(limit.end)],
          message: `Thời hạn “${limit.text}” sớm hơn ${against}: không thể thực hiện kịp; kiểm tra lại ngày, tháng, năm (${SOURCE}).`,
        });
      }
    }
  },
};

export default rule;
