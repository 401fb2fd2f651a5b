import { fold } from '../text/fold.ts';

/**
 * Every placeholder holds one of these (".....", "…", "____", "[", "{{", "(", "xxx" in any case); a
 * block without any is skipped without running the patterns. Native substring searches: several
 * times cheaper than one alternation regex over every paragraph.
 */
export function maybePlaceholder(t: string): boolean {
  return (
    t.includes('(') ||
    t.includes('[') ||
    t.includes('…') ||
    t.includes('{{') ||
    t.includes('.....') ||
    t.includes('____') ||
    hasXxx(t)
  );
}

/** /xxx/i without the regex: three x or X in a row; each indexOf resumes where the last one stopped. */
function hasXxx(t: string): boolean {
  let lower = t.indexOf('x');
  let upper = t.indexOf('X');
  while (lower >= 0 || upper >= 0) {
    const j = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    if (j > t.length - 3) return false;
    if (isX(t, j + 1) && isX(t, j + 2)) return true;
    if (j === lower) lower = t.indexOf('x', j + 1);
    else upper = t.indexOf('X', j + 1);
  }
  return false;
}

function isX(t: string, i: number): boolean {
  return (t.charCodeAt(i) | 0x20) === 0x78;
}

/** The Số line and the date line may keep blanks in a draft (NĐ 30 leaves the number to the văn thư). */
export function isDraftFrameLine(text: string): boolean {
  const f = fold(text);
  // "Số:" or "Số    /BC-CĐCS", but not a sentence about numbers ("Số đoàn viên kết nạp: ……").
  return f.startsWith('so:') || /^so[\s\d.…_]*\//.test(f) || dateWords(f);
}

const NGAY = /ngay\W/g;
const THANG = /thang\W/g;
/**
 * /ngay\W.*thang\W.*nam/.test(f) in linear time (the pattern backtracks from every "ngay" of a long
 * paragraph): folded text has no line break for "." to stop at, so the first "ngay", the first
 * "thang" after it and any "nam" after that decide.
 */
export function dateWords(f: string): boolean {
  NGAY.lastIndex = 0;
  if (!NGAY.test(f)) return false;
  THANG.lastIndex = NGAY.lastIndex;
  return THANG.test(f) && f.includes('nam', THANG.lastIndex);
}
