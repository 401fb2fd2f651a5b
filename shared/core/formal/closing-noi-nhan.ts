import type { DocAnalysis } from '../headings/block-info.ts';
import { fold, foldStart } from '../text/fold.ts';
import type { Closing, Span } from './locate-closing.ts';

/** The last Nơi nhận line as written: "- Lưu VT- TH ." → colon no, codes [VT, TH], end ".". */
export interface LuuLine {
  colon: boolean;
  /** The abbreviations outside brackets: "VT, NV (V-10b)" → [VT, NV]. */
  codes: string[];
  /** The text after "Lưu" and its colon, without the final punctuation. */
  rest: string;
  /** The bracketed notes (drafter's initials, number of copies): "(V-10b)", "(TP, D)". */
  notes: string[];
  end: string;
}

const LUU = /^[-–—+•]?\s*Lưu\b\s*(:?)\s*(.*?)\s*([.;,]?)\s*$/iu;
/** An abbreviation in a Lưu line: VT, TH, VP, CĐVC, TCCB, 02b, a blank "……". */
const CODE = /^(?:[\p{Lu}\d][\p{Lu}\d&]*[a-z]?|…+|\.{3,})$/u;
/** The Văn thư code that opens the list: "VT", or the Văn thư of a named office ("VTUB"). */
const VAN_THU = /^VT\p{Lu}*$/u;
const NOTE = /\s*\([^()]*\)/gu;

/** Parses a "- Lưu: VT, …." line; null when the line is not a Lưu line. */
export function parseLuu(text: string): LuuLine | null {
  const m = LUU.exec(text);
  if (!m) return null;
  let rest = m[2] ?? '';
  let end = m[3] ?? '';
  // The drafter's initials after the full stop ("- Lưu: VT, CN (2). nvv"): the line ended at the stop.
  const initials = /^(.*[^.\s])\.\s+[\p{L}.]{1,8}$/u.exec(rest);
  if (initials && end !== ';') [rest, end] = [initials[1] ?? '', '.'];
  const notes = [...rest.matchAll(NOTE)].map((n) => n[0].trim());
  const outside = rest.replace(NOTE, '');
  // "VT.KT9": a dot between two codes is a separator typed for the comma.
  const codes = outside.split(/[\s,\-–]+|(?<=\p{Lu})\.(?=\p{Lu})/u).filter((c) => c !== '');
  return { colon: m[1] === ':', codes, rest, notes, end };
}

/**
 * What is wrong with a Lưu line, in Vietnamese; empty when right. NĐ 30/2020, Phụ lục I, mục II.9.b
 * (and QĐ 933 after it): "Lưu: VT, <viết tắt đơn vị soạn thảo>, <số lượng bản lưu nếu cần>." — the
 * drafter's initials and copies may follow in brackets ("VT, NV (V-10b)."), and a body without a
 * separate drafting unit writes "- Lưu: VT.".
 */
export function luuProblems(luu: LuuLine): string[] {
  const out: string[] = [];
  if (!luu.colon) out.push('thiếu dấu hai chấm sau “Lưu”');
  if (!VAN_THU.test(luu.codes[0] ?? '')) out.push('chưa ghi “VT” (Văn thư) ngay sau “Lưu:”');
  else if (!vtThenComma(luu)) out.push('sau “VT” là dấu phẩy và một dấu cách');
  if (luu.end !== '.') out.push('dòng cuối phải kết thúc bằng dấu chấm');
  return out;
}

/** The Lưu line written right, when every code is an abbreviation and VT comes first; else null. */
export function luuFixed(luu: LuuLine): string | null {
  if (!VAN_THU.test(luu.codes[0] ?? '') || !luu.codes.every((c) => CODE.test(c))) return null;
  if (luu.notes.length === 0) return `- Lưu: ${luu.codes.join(', ')}.`;
  // With bracketed notes, only the colon and the full stop are certain: keep the rest as written.
  return vtThenComma(luu) ? `- Lưu: ${luu.rest}.` : null;
}

/**
 * "VT" stands alone or is followed by ", ". What the drafting unit writes after its code varies
 * ("KSTT.Phương", "(VX/MT.Tấn)") and is the unit's own: only the Văn thư separator is checked.
 */
function vtThenComma(luu: LuuLine): boolean {
  const outside = luu.rest.replace(NOTE, '').trim();
  const vt = luu.codes[0] ?? '';
  return outside === vt || outside.startsWith(`${vt}, `) || (outside === `${vt},` && luu.notes.length > 0);
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

/** A recipient line's wrong ending and the edit that makes it end in ";" (edit null when unsure). */
export interface ItemEnd {
  problem: string;
  edit: { start: number; end: number; text: string } | null;
}

/** A note placed after the semicolon: "- Bộ Tài chính; (để báo cáo)". */
const NOTE_AFTER = /;\s*(\([^()]*\))$/u;

/** What is wrong with the end of a recipient line (each ends in ";", NĐ 30/2020, Phụ lục I, II.9.b). */
export function itemEnd(span: Span): ItemEnd | null {
  const text = span.text;
  // Positions in the normalised text map to the original only when normalising changed nothing.
  const exact = span.end - span.start === text.length;
  const note = NOTE_AFTER.exec(text);
  if (note) {
    const edit = exact ? { start: span.start + note.index, end: span.end, text: ` ${note[1]};` } : null;
    return { problem: `ghi chú “${note[1]}” phải đứng trước dấu “;”`, edit };
  }
  if (text.endsWith(';')) return null;
  const last = text.charAt(text.length - 1);
  if (/[.,:]/u.test(last) && !text.endsWith('..'))
    return {
      problem: `kết thúc bằng dấu “${last}” thay cho “;”`,
      edit: { start: span.end - 1, end: span.end, text: ';' },
    };
  if (/[\p{L}\p{N})”"]/u.test(last))
    return { problem: 'thiếu dấu “;” ở cuối', edit: { start: span.end, end: span.end, text: ';' } };
  return null;
}

/** "- Như Điều 3;", "- Như Mục IV;" — or the same without "Như" ("- Mục IV;"): recipients the text names. */
const NHU_REF = /^[-–—+•]?\s*(Như\s+)?(?:Điều|Mục|Khoản|khoản)\s+(?:\d{1,3}|[IVXLC]+)(?![\p{L}\d])/u;

/** Whether a recipient line points into the text ("Như Điều 3"), and whether it says "Như"; else null. */
export function nhuRef(text: string): { nhu: boolean; cut: number } | null {
  const m = NHU_REF.exec(text);
  if (!m) return null;
  const dash = /^[-–—+•]?\s*/u.exec(text)?.[0].length ?? 0;
  return { nhu: m[1] !== undefined, cut: dash };
}
