import { isSpaceUnit, skipSpaces } from '../text/space-unit.ts';
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
 * The definition; columnGaps finds the same matches in linear time.
 */
export const COLUMN_GAP = /\t+|[ ]{3,}|\s*(?:<br\s*\/?>|[\n\v\u2028])\s*/gi;

const isBreakUnit = (c: number) => c === 0x0a || c === 0x0b || c === 0x2028;

/** The length of a `<br>`, `<BR/>`, `<br />` tag at `at`, or 0. */
function brTagAt(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x3c || (text.charCodeAt(at + 1) | 0x20) !== 0x62) return 0;
  if ((text.charCodeAt(at + 2) | 0x20) !== 0x72) return 0;
  let i = skipSpaces(text, at + 3);
  if (text.charCodeAt(i) === 0x2f) i++;
  return text.charCodeAt(i) === 0x3e ? i + 1 - at : 0;
}

/**
 * The matches of COLUMN_GAP, [start, end) each, in order. The regex's third branch backtracks over a
 * whole run of spaces at each of its units (quadratic on a long run of NBSP); here each run of spaces
 * is read once: its end, the tag right after it and its last soft break are what the greedy `\s*`
 * would settle on from any unit of it.
 */
export function columnGaps(text: string): [number, number][] {
  const gaps: [number, number][] = [];
  let runEnd = -1;
  let runBreak = -1;
  let runTag = 0;
  let p = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    let end = p;
    if (c === 0x09) while (text.charCodeAt(end) === 0x09) end++;
    else if (c === 0x20 && text.charCodeAt(p + 1) === 0x20 && text.charCodeAt(p + 2) === 0x20)
      while (text.charCodeAt(end) === 0x20) end++;
    else if (c === 0x3c || isSpaceUnit(c)) {
      if (p >= runEnd) {
        runEnd = skipSpaces(text, p);
        runBreak = -1;
        for (let i = runEnd - 1; i >= p; i--)
          if (isBreakUnit(text.charCodeAt(i))) {
            runBreak = i;
            break;
          }
        runTag = brTagAt(text, runEnd);
      }
      const token = runTag > 0 ? runEnd + runTag : runBreak >= p ? runBreak + 1 : -1;
      if (token >= 0) end = skipSpaces(text, token);
    }
    if (end > p) {
      gaps.push([p, end]);
      p = end;
    } else p++;
  }
  return gaps;
}

/**
 * Splits a line into the header parts it may hold side by side: at tabs and runs of spaces (but not
 * inside "Số:      /KH-…", whose blank is the number), before a Quốc hiệu or Tiêu ngữ written after
 * an issuer name, and after a Số, ký hiệu followed by the place and date.
 */
export function headerSegments(text: string): readonly Segment[] {
  if (text === last.text) return last.segments;
  const pieces: Segment[] = [];
  let from = 0;
  for (const [at, gapEnd] of columnGaps(text)) {
    const next = text.charAt(gapEnd);
    // "Số:      /KH-LĐLĐ": the gap is the blank number, not a column break.
    const before = tail(text, from, at);
    const after = text.slice(gapEnd, gapEnd + LOOK);
    // "ngày     tháng    năm 2024": a draft date's blanks, not column breaks.
    const dateBlank = /(?:ngày|tháng)$/iu.test(before) || /^(?:tháng|năm)\b/u.test(after);
    if (next === '/' || dateBlank || /(?:^|\s)(?:Số|SỐ|số):?$/u.test(before)) continue;
    pieces.push({ start: from, end: at });
    from = gapEnd;
  }
  pieces.push({ start: from, end: text.length });
  // The paragraph is folded once; each piece reads its slice of it (folding keeps the length).
  const folded = foldInPlace(text);
  const out: Segment[] = [];
  for (const piece of pieces) splitInside(text, folded, piece, out);
  const segments = out.map((s) => trim(text, s)).filter((s) => s.end > s.start);
  last = { text, segments };
  return segments;
}

/** The last paragraph split: the header reader, the Số line test and the issuing system ask in turn. */
let last: { text: string; segments: readonly Segment[] } = { text: '', segments: [] };

/**
 * How much text next to a gap the tests above read: their words are at most 5 units long. Reading a
 * bounded window, not the whole rest of the line, keeps a paragraph with many gaps linear.
 */
const LOOK = 16;

/**
 * The end of text[from, at) as those tests see it: the last LOOK units, and when that cuts the
 * piece, a letter in front so that "^" cannot match where the piece does not start.
 */
function tail(text: string, from: number, at: number): string {
  return at - from <= LOOK ? text.slice(from, at) : `x${text.slice(at - LOOK, at)}`;
}

/**
 * Splits one piece before an embedded Quốc hiệu/Tiêu ngữ and after a leading Số, ký hiệu, adding the
 * parts to `out` in order. The part after a cut is split on in a loop, not by recursion: a paragraph
 * holding the two lines again and again is split in one pass, without a deep stack.
 */
function splitInside(text: string, folded: string, piece: Segment, out: Segment[]): void {
  let start = piece.start;
  const end = piece.end;
  for (;;) {
    const cut = embeddedFrameLine(folded, start, end);
    if (cut !== null) {
      splitInside(text, folded, { start, end: cut }, out);
      start = cut;
      continue;
    }
    const so = parseSoKyHieu(text.slice(0, end), start);
    if (so && /\S/.test(text.slice(so.end, end))) {
      out.push({ start, end: so.end });
      start = so.end;
      continue;
    }
    out.push({ start, end });
    return;
  }
}

/** Where a Quốc hiệu or Tiêu ngữ starts inside folded[start, end) after other text, or null. */
function embeddedFrameLine(folded: string, start: number, end: number): number | null {
  const inPiece = folded.slice(start, end);
  for (const pattern of [QUOC_HIEU_FOLDED, TIEU_NGU_FOLDED]) {
    const m = pattern.exec(inPiece);
    if (m && m.index > 0 && /\S/.test(inPiece.slice(0, m.index))) return start + m.index;
  }
  return null;
}

function trim(text: string, s: Segment): Segment {
  let { start, end } = s;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
