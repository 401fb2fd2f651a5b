import type { PageSetup } from '../../document/doc-model.ts';
import { viNumber } from '../../formal/style-spec.ts';
import type { Rule } from '../rule.ts';

/** Margins in mm (NĐ 30/2020, Phụ lục I, Phần I, mục I.3): [key, Vietnamese name, min, max]. */
const MARGINS: ReadonlyArray<[keyof PageSetup, string, number, number]> = [
  ['marginTopMm', 'lề trên', 20, 25],
  ['marginBottomMm', 'lề dưới', 20, 25],
  ['marginLeftMm', 'lề trái', 30, 35],
  ['marginRightMm', 'lề phải', 15, 20],
];
/** Hosts store lengths in points or twips; a tenth of a millimetre is their rounding. */
const SLACK = 0.1;
const near = (value: number, target: number) => Math.abs(value - target) <= 1;

/** A4 paper (210 × 297 mm) and NĐ 30 margins, when the host gives the page setup. */
const rule: Rule = {
  id: 'trang-giay',
  description: 'Khổ giấy A4 (210 × 297 mm), lề trên và dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục I.2–I.3',
  check({ doc }, report) {
    const page = doc.meta.page;
    if (!page) return;
    const { widthMm: w, heightMm: h } = page;
    const portrait = near(w, 210) && near(h, 297);
    const landscape = near(w, 297) && near(h, 210);
    if (!portrait)
      report({
        block: -1,
        message: landscape
          ? 'Trang đang đặt khổ A4 nằm ngang; NĐ 30 trình bày theo chiều dài khổ A4, chỉ dùng chiều ngang khi văn bản có bảng, biểu (NĐ 30/2020, Phụ lục I, mục I.1–I.2).'
          : `Khổ giấy ${viNumber(w)} × ${viNumber(h)} mm chưa phải A4; NĐ 30 quy định khổ A4 (210 × 297 mm) (NĐ 30/2020, Phụ lục I, mục I.1).`,
      });
    const off = MARGINS.filter(([key, , min, max]) => page[key] < min - SLACK || page[key] > max + SLACK);
    if (off.length === 0) return;
    const list = off.map(
      ([key, name, min, max]) => `${name} ${viNumber(page[key])} mm (cần ${min}–${max} mm)`,
    );
    report({
      block: -1,
      message: `Lề trang chưa đúng NĐ 30: ${list.join(', ')} (NĐ 30/2020, Phụ lục I, mục I.3).`,
    });
  },
};
export default rule;
