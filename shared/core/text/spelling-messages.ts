import type { Slip } from './spelling-slips.ts';

/** What chinh-ta says of each spelling slip, in plain Vietnamese with its source. */

const SOURCE = 'nguyên tắc chính tả tiếng Việt';

/** The message for a slip of spellingSlips, `written` being the words it covers. */
export function spellingMessage(slip: Slip, written: string): string {
  if (slip.kind === 'syllable')
    return `“${written}” không phải một âm tiết tiếng Việt viết đúng; có lẽ gõ nhầm, nên kiểm tra lại (${SOURCE}).`;
  if (slip.kind === 'so') return `“${written}”: trước số hiệu văn bản là chữ “số” (${SOURCE}).`;
  if (slip.kind === 'nhan-dan')
    return `“${written}” thiếu chữ “dân”: tên cơ quan là “Ủy ban nhân dân”, “Hội đồng nhân dân” (${SOURCE}).`;
  if (slip.kind === 'de')
    return `“${written}”: trước động từ chỉ mục đích phải là “để”; có lẽ gõ nhầm dấu (${SOURCE}).`;
  return `“${written}” có lẽ là “${slip.meant}” gõ nhầm dấu hoặc chữ; nên kiểm tra lại (${SOURCE}).`;
}

/** The message for an untoned near-syllable of syllable-grammar.ts's untonedSlips. */
export function untonedMessage(written: string): string {
  return `“${written}” không phải một âm tiết tiếng Việt viết đúng (thiếu dấu thanh, hoặc phụ âm đầu không có trong tiếng Việt); có lẽ gõ nhầm, nên kiểm tra lại (${SOURCE}).`;
}
