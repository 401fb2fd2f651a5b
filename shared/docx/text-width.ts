// Word has no "line as long as the text" of its own; a drawn shape would need the page geometry
// Word computes at layout time. So the rule lines under the Tiêu ngữ, the issuing body and the trích
// yếu are paragraph borders whose length comes from an estimate of the text's width in Times New
// Roman: close enough for a line NĐ 30 sizes by eye ("bằng độ dài dòng chữ", "1/3 đến 1/2").

/** Bold Times New Roman is about 8 % wider than regular (measured on Liberation Serif, its metric twin). */
const BOLD = 1.08;
/** Average advance widths of Times New Roman, in em, by kind of character. */
const EM = { upper: 0.68, lower: 0.48, digit: 0.5, space: 0.25, narrow: 0.28, other: 0.5 } as const;

function charEm(c: string): number {
  if (c === ' ') return EM.space;
  if (/[0-9]/.test(c)) return EM.digit;
  if (/[.,:;!'"()|/\-–]/.test(c)) return EM.narrow;
  if (/[iljtfrI]/.test(c.normalize('NFD')[0] ?? c)) return EM.narrow;
  if (c !== c.toLocaleLowerCase('vi')) return EM.upper;
  if (c !== c.toLocaleUpperCase('vi')) return EM.lower;
  return EM.other;
}

/** The ellipsis and the em dash are one em wide, in bold as in regular. */
const WIDE = new Set(['…', '—']);

/** The estimated width of a line of text in Times New Roman, in points. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const c of text) em += WIDE.has(c) ? 1 / (bold ? BOLD : 1) : charEm(c);
  return em * sizePt * (bold ? BOLD : 1);
}

/** Share of the text's length a "part" rule takes: NĐ 30 asks for 1/3 to 1/2 (Phụ lục I, II.2.b). */
export const PART_RULE_SHARE = 0.4;

/**
 * The indent on each side that centres a rule under a centred line of text within `availablePt`:
 * as long as the text ("text") or 40 % of it ("part"), never longer than the room it has.
 */
export function ruleIndentPt(
  kind: 'text' | 'part',
  text: string,
  sizePt: number,
  bold: boolean,
  availablePt: number,
): number {
  const lineWidth = Math.min(textWidthPt(text, sizePt, bold), availablePt);
  const rule = kind === 'text' ? lineWidth : lineWidth * PART_RULE_SHARE;
  return Math.max(0, (availablePt - rule) / 2);
}
