import { deadlinesIn, latestCitedDate } from '../../formal/deadlines.ts';
import { headerOf } from '../../formal/locate-header.ts';
import { dateKey } from '../../formal/numeric-dates.ts';
import type { DocAnalysis } from '../../headings/block-info.ts';
import { foldStart } from '../../text/fold.ts';
import type { Rule } from '../rule.ts';

const SOURCE = 'Nguyên tắc nhất quán: thời hạn văn bản giao không sớm hơn ngày ban hành văn bản';

/**
 * Documents that set tasks and time limits for what is still to be done. A báo cáo, biên bản or tờ
 * trình tells what happened; a kết luận or thông báo kết luận records a meeting held before it was
 * issued, whose time limits run from the meeting; a nghị quyết mixes both: none of them is read.
 */
const DIRECTIVE =
  /^(?:ke hoach|quyet dinh|huong dan|thong bao|chi thi|chuong trinh|cong dien|phuong an|de an)\b/;
const NOT_DIRECTIVE = /\bket luan\b/;

/** "21/11/2025" from a dateKey. */
function shown(key: number): string {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return `${day < 10 ? `0${day}` : day}/${month <= 2 ? `0${month}` : month}/${year}`;
}

/** Whether the document (its first part) sets tasks: a directive type, or a công văn. */
function directs(analysis: DocAnalysis): boolean {
  if (headerOf(analysis).vv) return true;
  const title = foldStart(analysis.parts[0]?.title ?? '', 60);
  return DIRECTIVE.test(title) && !NOT_DIRECTIVE.test(title);
}

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
    if (!directs(analysis)) return;
    // The parts of this document: the first, and what is attached to it (not another document pasted after it).
    let last = analysis.parts[0]?.end ?? -1;
    for (const part of analysis.parts.slice(1)) {
      if (part.opening === 'header' || part.opening === 'separator') break;
      last = part.end;
    }
    const date = headerOf(analysis).date?.parsed;
    let ref = 0;
    let issued = true;
    if (date?.day.value && date.month.value && date.year.value)
      ref = dateKey(date.year.value, date.month.value, date.day.value);
    else {
      issued = false;
      for (let b = 0; b <= last; b++) ref = Math.max(ref, latestCitedDate(analysis.blocks[b]?.text ?? ''));
    }
    if (ref === 0) return;
    for (let b = 0; b <= last; b++) {
      const info = analysis.blocks[b];
      if (!info) continue;
      for (const limit of deadlinesIn(info.text)) {
        if (limit.key >= ref) continue;
        const against = issued
          ? `ngày ban hành văn bản (${shown(ref)})`
          : `ngày của văn bản được dẫn mà văn bản này thực hiện (${shown(ref)})`;
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
