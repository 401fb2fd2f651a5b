import type { DocAnalysis } from '../headings/block-info.ts';
import { foldStart } from '../text/fold.ts';
import { latestCitedDate } from './deadlines.ts';
import { headerOf } from './locate-header.ts';
import { dateKey } from './numeric-dates.ts';

/**
 * Documents that set tasks and time limits for what is still to be done. A báo cáo, biên bản or tờ
 * trình tells what happened; a kết luận or thông báo kết luận records a meeting held before it was
 * issued, whose time limits run from the meeting; a nghị quyết mixes both: none of them is read.
 */
const DIRECTIVE =
  /^(?:ke hoach|quyet dinh|huong dan|thong bao|chi thi|chuong trinh|cong dien|phuong an|de an)\b/;
const NOT_DIRECTIVE = /\bket luan\b/;

/** Whether the document (its first part) sets tasks: a directive type, or a công văn. */
export function setsTasks(analysis: DocAnalysis): boolean {
  if (headerOf(analysis).vv) return true;
  const title = foldStart(analysis.parts[0]?.title ?? '', 60);
  return DIRECTIVE.test(title) && !NOT_DIRECTIVE.test(title);
}

/**
 * The date a document's time limits must not precede: its date line (`issued`), or when a draft has
 * none, the latest document it cites by number; `key` is a dateKey, 0 when neither is known. `last`
 * is the last block of this document: its first part and what is attached to it, not another
 * document pasted after it.
 */
export function deadlineReference(analysis: DocAnalysis): { key: number; issued: boolean; last: number } {
  let last = analysis.parts[0]?.end ?? -1;
  for (const part of analysis.parts.slice(1)) {
    if (part.opening === 'header' || part.opening === 'separator') break;
    last = part.end;
  }
  const date = headerOf(analysis).date?.parsed;
  if (date?.day.value && date.month.value && date.year.value)
    return { key: dateKey(date.year.value, date.month.value, date.day.value), issued: true, last };
  let key = 0;
  for (let b = 0; b <= last; b++) key = Math.max(key, latestCitedDate(analysis.blocks[b]?.text ?? ''));
  return { key, issued: false, last };
}

/** "21/11/2025" from a dateKey: a day below 10 and months 1, 2 with a 0, as NĐ 30 writes dates. */
export function shownDateKey(key: number): string {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return `${day < 10 ? `0${day}` : day}/${month <= 2 ? `0${month}` : month}/${year}`;
}
