import type { DocAnalysis } from '../headings/block-info.ts';
import { fold, foldStart } from '../text/fold.ts';
import type { Closing, Span } from './locate-closing.ts';

/** The last Nơi nhận line as written: "- Lưu VT- TH ." → colon no, codes [VT, TH], end ".". */
export interface LuuLine {
  colon: boolean;
  codes: string[];
  /** The text after "Lưu" and its colon, without the final punctuation. */
  rest: string;
  end: string;
}

const LUU = /^[-–—+•]?\s*Lưu\b\s*(:?)\s*(.*?)\s*([.;,]?)\s*$/iu;
/** An abbreviation in a Lưu line: VT, TH, VP, CĐVC, TCCB, 02b, a blank "……". */
const CODE = /^(?:[\p{Lu}\d][\p{Lu}\d&]*[a-z]?|…+|\.{3,})$/u;

/** Parses a "- Lưu: VT, …." line; null when the line is not a Lưu line. */
export function parseLuu(text: string): LuuLine | null {
  const m = LUU.exec(text);
  if (!m) return null;
  const rest = m[2] ?? '';
  const codes = rest.split(/[\s,\-–]+/u).filter((c) => c !== '');
  return { colon: m[1] === ':', codes, rest, end: m[3] ?? '' };
}

/** What is wrong with a Lưu line (NĐ 30/2020, Phụ lục I, mục II.9.d), in Vietnamese; empty when right. */
export function luuProblems(luu: LuuLine): string[] {
  const out: string[] = [];
  if (!luu.colon) out.push('thiếu dấu hai chấm sau “Lưu”');
  if (luu.codes[0] !== 'VT') out.push('chưa ghi “VT” (Văn thư) ngay sau “Lưu:”');
  else if (luu.codes.length < 2) out.push('thiếu chữ viết tắt tên đơn vị soạn thảo sau “VT,”');
  else if (luu.rest !== luu.codes.join(', ')) out.push('các chữ viết tắt cách nhau bằng dấu phẩy');
  if (luu.end !== '.') out.push('dòng cuối phải kết thúc bằng dấu chấm');
  return out;
}

/** The Lưu line written right, when every code is an abbreviation and VT comes first; else null. */
export function luuFixed(luu: LuuLine): string | null {
  if (luu.codes[0] !== 'VT' || !luu.codes.every((c) => CODE.test(c))) return null;
  return `- Lưu: ${luu.codes.join(', ')}.`;
}

/** "- Như trên;" — or "Như kính gửi", which says the same thing in other words. */
export function isNhuTren(text: string): 'exact' | 'variant' | null {
  if (/^-\s?Như trên;$/u.test(text.trim())) return 'exact';
  return /^[-–—+•]?\s*nhu (tren|kinh gui)\b/.test(fold(text)) ? 'variant' : null;
}

/**
 * Whether Nơi nhận must open with "- Như trên;" (NĐ 30/2020, Phụ lục I, mục II.9.b): the part has a
 * Kính gửi and is a Công văn (no tên loại, or a "V/v" trích yếu), a Báo cáo or a Tờ trình.
 */
export function needsNhuTren(analysis: DocAnalysis, closing: Closing): boolean {
  const part = analysis.parts[closing.part];
  if (!part) return false;
  let kinhGui = false;
  for (let i = part.start; i < closing.start; i++) {
    // Only the start matters: fold eight characters' worth, not the whole paragraph.
    if (foldStart(analysis.blocks[i]?.text ?? '', 8) === 'kinh gui') {
      kinhGui = true;
      break;
    }
  }
  if (!kinhGui) return false;
  const title = fold(part.title).replace(/^[^a-z]+/, '');
  return title === '' || /^(v\/v|bao cao|to trinh|cong van)/.test(title);
}

/** The edit that makes a recipient line end in ";" (or null when it cannot be done for certain). */
export function semicolonEnd(span: Span): { start: number; end: number; text: string } | null {
  const text = span.text;
  if (text.endsWith(';')) return null;
  if (/[.,:]$/u.test(text) && !text.endsWith('..')) return { start: span.end - 1, end: span.end, text: ';' };
  if (/[\p{L}\p{N})”"]$/u.test(text)) return { start: span.end, end: span.end, text: ';' };
  return null;
}
