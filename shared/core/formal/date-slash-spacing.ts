/** A date in digits with a space beside a "/": "tháng 6/ 2022", "ngày 05 /3/2020". */
export interface SpacedDate {
  start: number;
  end: number;
  /** The date without the spaces: "6/2022". */
  text: string;
}

// A day/month/year anywhere, or a month/year after "tháng"; a year of 19xx/20xx; nothing glued after
// (a số ký hiệu "12/2022/NĐ-CP" goes on with "/").
const SPACED =
  /(?<![\p{L}\p{N}/.])(?:(?<=(?:tháng|Tháng|THÁNG) )\d{1,2} *\/ *(?:19|20)\d\d|\d{1,2} *\/ *\d{1,2} *\/ *(?:19|20)\d\d)(?![\p{L}\p{N}/])/gu;
const PREFILTER = /\/ |\d \//u;

/** The dates of a paragraph written with a space beside a "/" (NĐ 30/2020 writes "6/2022"). */
export function spacedDates(text: string): SpacedDate[] {
  if (!PREFILTER.test(text)) return [];
  const out: SpacedDate[] = [];
  for (const m of text.matchAll(SPACED)) {
    if (!m[0].includes(' ')) continue;
    const numbers = m[0].split('/').map((p) => Number(p.trim()));
    const month = numbers[numbers.length - 2] ?? 0;
    if (month < 1 || month > 12) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0].replace(/ /gu, '') });
  }
  return out;
}
