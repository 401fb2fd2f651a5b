import { foldInPlace } from '../../formal/fold-in-place.ts';
import { rangeIn } from '../../formal/header-line.ts';
import { headerOf } from '../../formal/locate-header.ts';
import type { Rule } from '../rule.ts';

/** A district-level LĐLĐ: huyện, quận, thị xã, or a city under a province. */
const DISTRICT = /\b(?:lien doan lao dong|ldld)\s+(huyen|quan|thi xa|thanh pho|tp\.?)\s+(\S.*)$/u;
/** Centrally-run cities: their "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ …" is the provincial level. */
const CENTRAL_CITIES = /^(ha noi|ho chi minh|hai phong|da nang|can tho|hue)\b/u;

/**
 * From 01/07/2025 (Luật số 97/2025/QH15 amending the Luật Công đoàn) the union system has no district
 * level: công đoàn cấp trên cơ sở is the provincial LĐLĐ, the central industry unions, and the like.
 * This was only partly checked against the law's published text (from secondary sources), so the rule
 * warns and asks the user to check.
 */
const rule: Rule = {
  id: 'cap-huyen-sau-2025',
  description:
    'Văn bản ban hành từ 01/7/2025 mà phần đầu còn ghi “LIÊN ĐOÀN LAO ĐỘNG HUYỆN/QUẬN/THỊ XÃ/THÀNH PHỐ” cấp huyện thì có thể đã dùng tên đơn vị cũ.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'Luật số 97/2025/QH15, Điều 8.1 Luật Công đoàn sửa đổi (hiệu lực 01/7/2025)',
  check({ analysis }, report) {
    const h = headerOf(analysis);
    const d = h.date?.parsed;
    if (!d || d.year.value === null) return;
    const month = d.month.value ?? 1;
    if (d.year.value < 2025 || (d.year.value === 2025 && month < 7)) return;
    h.issuers.forEach((line, i) => {
      // "LIÊN ĐOÀN LAO ĐỘNG" / "HUYỆN THẠCH HÀ": a name wrapped over two header lines.
      const previous = h.issuers[i - 1];
      const wrapped = previous && /(?:lien doan lao dong|ldld)$/u.test(foldInPlace(previous.text));
      const m = DISTRICT.exec(wrapped ? `ldld ${foldInPlace(line.text)}` : foldInPlace(line.text));
      if (!m) return;
      const at = wrapped ? 0 : m.index;
      const [, level = '', name = ''] = m;
      if ((level === 'thanh pho' || level.startsWith('tp')) && CENTRAL_CITIES.test(name)) return;
      report({
        block: line.block,
        range: rangeIn(analysis, line.block, line.start + at, line.end),
        message: `“${line.text.slice(at)}” là công đoàn cấp huyện; từ ngày 01/7/2025 (Luật số 97/2025/QH15 sửa đổi Luật Công đoàn) hệ thống công đoàn không còn cấp huyện, nên tên cơ quan trên văn bản ngày ${d.day.text}/${d.month.text}/${d.year.text} có thể đã cũ. Kiểm tra lại tên đơn vị ban hành và cấp trên trực tiếp hiện hành.`,
      });
    });
  },
};
export default rule;
