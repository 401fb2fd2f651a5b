import {
  agreesWithTitle,
  type PeriodKind,
  type PeriodSets,
  periodMentions,
  periodSets,
} from '../../formal/reporting-period.ts';
import { foldStart } from '../../text/fold.ts';
import type { Rule } from '../rule.ts';

const SOURCE =
  'Nguyên tắc nhất quán: kỳ báo cáo nêu ở trích yếu, các đề mục và câu kết “Trên đây là …” như nhau';

const NAMES: Record<PeriodKind, string> = { month: 'tháng', quarter: 'quý', year: 'năm' };
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** "tháng 4, 5; năm 2026": what the title names, for the message. */
function describe(title: PeriodSets): string {
  return (['month', 'quarter', 'year'] as const)
    .filter((k) => title[k].size > 0)
    .map((k) => {
      const values = [...title[k]].sort((a, b) => a - b);
      return `${NAMES[k]} ${values.map((v) => (k === 'quarter' ? ROMAN[v] : String(v))).join(', ')}`;
    })
    .join('; ');
}

/** False when an ASCII first unit (no space to trim) is followed by a unit that cannot fold to "r". */
function mayBeTrenDay(text: string): boolean {
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  return !(c0 > 0x20 && c0 < 0x80) || (c1 | 0x20) === 0x72 || c1 >= 0x80;
}

/**
 * A báo cáo reports on the period its trích yếu names ("Kết quả … tháng 4 và phương hướng, nhiệm vụ
 * tháng 5 năm 2026"); its headings and its closing sentence ("Trên đây là báo cáo …") name the same
 * period, or the one right after it for the tasks ahead. Another month, quarter or year there is a
 * leftover of last period's report ("Trên đây là báo cáo … tháng 3/2026 …", "II. … NĂM 2023" under a
 * title "… năm 2024"). Spans, comparisons and dates ("giai đoạn 2021 - 2025", "so với năm 2023",
 * "ngày 15 tháng 5 năm 2016") are not periods reported on.
 */
const rule: Rule = {
  id: 'ky-bao-cao',
  description:
    'Tháng, quý, năm nêu ở đề mục và câu kết “Trên đây là báo cáo …” khớp với kỳ báo cáo nêu ở trích yếu.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: SOURCE,
  check({ analysis }, report) {
    for (const part of analysis.parts) {
      if (!/^bao cao\b/.test(foldStart(part.title, 8))) continue;
      const title = periodSets(periodMentions(part.title));
      if (title.month.size + title.quarter.size + title.year.size === 0) continue;
      for (let b = part.start; b <= part.end; b++) {
        const info = analysis.blocks[b];
        if (!info) continue;
        // "Trên đây là …": the first letter (leadUnits: "t", "T", or a space) tells the few paragraphs worth folding.
        const lead = (analysis.leadUnits[b] ?? 0) | 0x20;
        const closing =
          info.kind === 'body' &&
          (lead === 0x74 || lead === 0x20) &&
          mayBeTrenDay(info.text) &&
          /^tren day la\b/.test(foldStart(info.text.trimStart(), 12));
        if (info.kind !== 'heading' && info.kind !== 'heading-title' && !closing) continue;
        for (const m of periodMentions(info.text)) {
          if (agreesWithTitle(m.kind, m.value, title)) continue;
          report({
            block: b,
            range: [info.toOriginal(m.start), info.toOriginal(m.end)],
            message: `“${m.text}” khác kỳ báo cáo nêu ở trích yếu (${describe(title)}): kiểm tra lại ${closing ? 'câu kết' : 'đề mục'} này (${SOURCE}).`,
          });
        }
      }
    }
  },
};

export default rule;
