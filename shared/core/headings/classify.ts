import { fold, foldStart } from '../text/fold.ts';

/** Words a tên loại starts with (NĐ 30 Điều 7 types that union documents use, and ĐỀ CƯƠNG). */
const TYPE_WORDS =
  /^(ĐỀ CƯƠNG|BÁO CÁO|KẾ HOẠCH|HƯỚNG DẪN|CHƯƠNG TRÌNH|THÔNG BÁO|TỜ TRÌNH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CÔNG VĂN|PHƯƠNG ÁN|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH|CHỈ THỊ|BIÊN BẢN|PHỤ LỤC|GIẤY MỜI|THÔNG CÁO)(?![\p{L}])/u;
/** Signing authority prefixes (NĐ 30 Phụ lục I, II.7). */
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.[\s\u00A0]*\p{Lu}/u;
/** A line of dashes, "oOo", stars or equals signs that separates two documents. */
const SEPARATOR = /^[-–—_=*~.\s]*(?:o\s*O\s*o)?[-–—_=*~.\s]*$/u;
/** Opening words that start body text, never a trích yếu line. */
const OPENING = /^(thuc hien|can cu|kinh gui|so:|so \d|theo |nham |de nghi)/;

/** Whether all letters of a text are capitals (and there are at least three). */
export function isAllCaps(text: string): boolean {
  // Any ASCII lowercase letter settles it without building the letters string.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

/** A tên loại line: capitals, short, starting with a document type. */
export function isTitleLine(text: string): boolean {
  const t = text.replace(/^[“"«(\s]+/u, '');
  return t.length <= 120 && isAllCaps(t) && TYPE_WORDS.test(t);
}

/** A signature authority line: "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH". */
export function isAuthorityLine(text: string): boolean {
  return AUTHORITY.test(text.replace(/^[*\s]+/u, ''));
}

/** "Nơi nhận:" */
export function isNoiNhanLine(text: string): boolean {
  // Only the start matters: fold a short prefix, not the whole paragraph. An ASCII first character
  // folds to itself lower-cased, so anything but n/N there settles it without folding.
  const t = text.trimStart();
  const c = t.charCodeAt(0);
  if (c < 0x80 && (c | 0x20) !== 0x6e) return false;
  return foldStart(t.slice(0, 24), 8) === 'noi nhan';
}

/** A separator between documents ("------oOo------"), at least five characters long. */
export function isSeparatorLine(text: string): boolean {
  return text.length >= 5 && SEPARATOR.test(text) && /[-–—_=*~]{3}/u.test(text);
}

/** Whether a line can continue a trích yếu under a title. */
export function isSubjectLine(text: string): boolean {
  if (text.length > 200 || text.endsWith(':')) return false;
  return !OPENING.test(fold(text));
}
