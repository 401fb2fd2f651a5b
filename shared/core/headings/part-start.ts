import { isSpaceUnit } from '../text/space-unit.ts';
import { isAllCaps, isAuthorityLine, isSeparatorLine } from './classify.ts';

/**
 * What opens a new document in a file that holds several: another header (a Quốc hiệu line, or the
 * Party's "ĐẢNG CỘNG SẢN VIỆT NAM"), a form label ("MẪU 1", "Mẫu số 02", "Biểu số 1") or an annex
 * label ("Phụ lục 2"). A tên loại line and a separator line open one too (analyze-document.ts).
 */
export type PartMarker = 'header' | 'form' | 'annex';

/** The Quốc hiệu (NĐ 30/2020, Phụ lục I, mục II.1), also in the second column of a header line. */
const QUOC_HIEU = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u;
/** The Party's name where a State document has its Quốc hiệu (HD 36-HD/VPTW). */
const PARTY = /(?:^|\t)\s*ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM\s*(?:\t|$)/u;
/** "MẪU 1", "Mẫu số 02", "MẪU SỐ 3a", "MẪU BÁO CÁO" (capitals), "Biểu số 01", "BIỂU 2", "Biểu mẫu số 1". */
const FORM =
  /^(?:(?:Mẫu|MẪU|Biểu|BIỂU)(?:\s+(?:mẫu|MẪU))?(?:\s+(?:số|SỐ))?\s*:?\s*(?:\d{1,3}[a-z]?|[IVX]{1,5})(?![\p{L}\d])|MẪU(?:\s+\p{Lu}+)+$)/u;
/** "Phụ lục 1", "Phụ lục số 02", "Phụ lục II" (the capitals "PHỤ LỤC" is a tên loại line). */
const ANNEX = /^Phụ\s+lục(?:\s+số)?\s+(?:\d{1,3}[a-z]?|[IVX]{1,5})(?![\p{L}\d])/u;
/** A line longer than this is body text, not a label or a header line. */
const LONG = 200;

/**
 * Which new-document marker a line is, or null; one or two unit tests rule out nearly every paragraph.
 * `mayHoldTab` false says the line holds no tab (the analysis knows it of a line without hints).
 */
export function partMarker(text: string, mayHoldTab = true): PartMarker | null {
  if (text.length > LONG) return null;
  let i = 0;
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  const t = i === 0 ? text : text.slice(i);
  // M, B, P: a form or annex label, in either case.
  if (c === 0x4d || c === 0x42) return FORM.test(t) ? 'form' : header(t, mayHoldTab);
  if (c === 0x50) return ANNEX.test(t) ? 'annex' : header(t, mayHoldTab);
  return header(t, mayHoldTab);
}

function header(t: string, mayHoldTab: boolean): PartMarker | null {
  // A header line is capitals: a lower-case ASCII second letter is a sentence.
  const second = t.charCodeAt(1);
  if (second >= 0x61 && second <= 0x7a) return null;
  const c = t.charCodeAt(0);
  // "CỘNG HÒA …", "ĐẢNG CỘNG SẢN …" or an issuer's name before a tab ("ỦY BAN NHÂN DÂN\tCỘNG HÒA …").
  if (c === 0x43 || c === 0x110 || (mayHoldTab && t.includes('\t'))) {
    return QUOC_HIEU.test(t) || PARTY.test(t) ? 'header' : null;
  }
  return null;
}

/**
 * How many lines just above a Quốc hiệu line belong to the new document's header: the issuer's
 * name in capitals, its "Số:" line, the rule under it — at most four, never the signer's title
 * (the line under an authority line) nor a name or a sentence of the document before.
 */
export function headerLinesAbove(texts: (i: number) => string, at: number, floor: number): number {
  let n = 0;
  for (let i = at - 1; i > floor && n < 4; i--) {
    const t = texts(i).trim();
    if (t.length === 0 || t.length > 80 || isAuthorityLine(t) || isAuthorityLine(texts(i - 1).trim())) break;
    if (!(isAllCaps(t) || /^Số(?!\p{L})/u.test(t) || isSeparatorLine(t))) break;
    n++;
  }
  return n;
}

/** "(Kèm theo …)", "(Ban hành kèm theo …)", "(Gửi kèm …)": the part is sent with another document. */
export const ATTACHED_LINE = /^\(?\s*(?:Ban hành\s+)?(?:kèm(?:\s+theo)?|gửi kèm|đính kèm)(?!\p{L})/iu;
