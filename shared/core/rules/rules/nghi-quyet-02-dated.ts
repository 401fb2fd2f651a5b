import type { Rule } from '../rule.ts';

/** "Nghị quyết (số) 02-NQ/TW", also typed "02/NQ-TW" or "02-NQ/TƯ". */
const NQ02 = /Nghị quyết(?:\s+số)?\s*:?\s*0?2\s*[-/]\s*NQ\s*[/-]\s*T[WƯ](?![\p{L}\d])/giu;
/** A full date: "12/6/2021", "12-6-2021", "12 tháng 6 năm 2021". */
const DATE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u;
/** How far after the number its date may come ("… 02-NQ/TW của Bộ Chính trị (khóa XIII) ngày 12/6/2021"). */
const REACH = 60;

/** Whether the citation that ends at `end` carries a date before the next citation or clause end. */
function dated(text: string, end: number): boolean {
  const after = text.slice(end, end + REACH);
  const stop = after.search(/[;:]|Nghị quyết|\.(?!\d)/u);
  return DATE.test(stop >= 0 ? after.slice(0, stop) : after);
}

/**
 * Two Politburo resolutions carry the number 02-NQ/TW: 12/6/2021 (đổi mới tổ chức và hoạt động của
 * Công đoàn Việt Nam) and 17/3/2026 (Thủ đô Hà Nội). A citation without its date is ambiguous.
 */
const rule: Rule = {
  id: 'nghi-quyet-02-dated',
  description:
    'Khi dẫn “Nghị quyết số 02-NQ/TW” phải ghi ngày ban hành (12/6/2021 về Công đoàn), vì có hai nghị quyết cùng số.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.6.b (dẫn văn bản: số, ký hiệu, ngày)',
  check({ analysis }, report) {
    // Every citation opens with "Nghị quyết", a hint phrase (text/hint-characters.ts): the other blocks cite none.
    const hinted = analysis.phrases;
    for (let i = 0; i < analysis.blocks.length; i++) {
      const info = hinted[i] === 1 ? analysis.blocks[i] : undefined;
      if (!info) continue;
      for (const m of info.text.matchAll(NQ02)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (dated(info.text, end)) continue;
        report({
          block: info.index,
          range: [info.toOriginal(start), info.toOriginal(end)],
          message: `“${m[0]}” cần ghi ngày ban hành: Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; cùng số 02-NQ/TW còn có nghị quyết ngày 17/3/2026 về Thủ đô Hà Nội (NĐ 30/2020, Phụ lục I, mục II.6.b: dẫn lần đầu ghi đủ loại, số, ký hiệu, ngày).`,
        });
      }
    }
  },
};
export default rule;
