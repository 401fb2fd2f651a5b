import { foldInPlace } from './fold-in-place.ts';
import { parseSoKyHieu } from './so-ky-hieu.ts';

/** A piece of a line: [start, end) in the line's text. */
export interface Segment {
  start: number;
  end: number;
}

/** NĐ 30/2020, Phụ lục I, mục II.1: the Quốc hiệu and the Tiêu ngữ, matched without marks. */
export const QUOC_HIEU_FOLDED = /cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s*nam/;
export const TIEU_NGU_FOLDED = /doc\s*lap\s*[-–—_,.]*\s*tu\s*do\s*[-–—_,.]*\s*hanh\s*phuc/;

/**
 * Two header columns flattened onto one line are separated by tabs or runs of spaces; lines of one
 * cell kept in one paragraph by a soft break (\n, \v, U+2028) or a literal "<br>" are split too.
 */
const COLUMN_GAP = /\t+|[ ]{3,}|\s*(?:<br\s*\/?>|[\n\v\u2028])\s*/gi;

/**
 * Splits a line into the header parts it may hold side by side: at tabs and runs of spaces (but not
 * inside "Số:      /KH-…", whose blank is the number), before a Quốc hiệu or Tiêu ngữ written after
 * an issuer name, and after a Số, ký hiệu followed by the place and date.
 */
export function headerSegments(text: string): Segment[] {
  const pieces: Segment[] = [];
  let from = 0;
  for (const gap of text.matchAll(COLUMN_GAP)) {
    const at = gap.index ?? 0;
    const next = text.charAt(at + gap[0].length);
    // "Số:      /KH-LĐLĐ": the gap is the blank number, not a column break.
    const before = text.slice(from, at);
    const after = text.slice(at + gap[0].length);
    // "ngày     tháng    năm 2024": a draft date's blanks, not column breaks.
    const dateBlank = /(?:ngày|tháng)$/iu.test(before) || /^(?:tháng|năm)\b/u.test(after);
    if (next === '/' || dateBlank || /(?:^|\s)(?:Số|SỐ|số):?$/u.test(before)) continue;
    pieces.push({ start: from, end: at });
    from = at + gap[0].length;
  }
  pieces.push({ start: from, end: text.length });
  const out: Segment[] = [];
  for (const piece of pieces) out.push(...splitInside(text, piece));
  return out.map((s) => trim(text, s)).filter((s) => s.end > s.start);
}

/** Splits one piece before an embedded Quốc hiệu/Tiêu ngữ and after a leading Số, ký hiệu. */
function splitInside(text: string, piece: Segment): Segment[] {
  const folded = foldInPlace(text.slice(piece.start, piece.end));
  for (const pattern of [QUOC_HIEU_FOLDED, TIEU_NGU_FOLDED]) {
    const m = pattern.exec(folded);
    if (m && m.index > 0 && /\S/.test(folded.slice(0, m.index))) {
      const cut = piece.start + m.index;
      return [
        ...splitInside(text, { start: piece.start, end: cut }),
        ...splitInside(text, { start: cut, end: piece.end }),
      ];
    }
  }
  const so = parseSoKyHieu(text.slice(0, piece.end), piece.start);
  if (so && /\S/.test(text.slice(so.end, piece.end))) {
    return [{ start: piece.start, end: so.end }, ...splitInside(text, { start: so.end, end: piece.end })];
  }
  return [piece];
}

function trim(text: string, s: Segment): Segment {
  let { start, end } = s;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
