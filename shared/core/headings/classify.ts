import { FOLD_WORD, fold, foldStart, foldWordTable } from '../text/fold.ts';
import * as spaceUnit from '../text/space-unit.ts';

// Read once: an imported binding may be a getter (tsx, CommonJS), too slow to read a paragraph.
const { isSpaceUnit } = spaceUnit;

/** Words a tên loại starts with (NĐ 30 Điều 7 types that union documents use, and ĐỀ CƯƠNG). */
const TYPE_WORDS =
  /^(ĐỀ CƯƠNG|BÁO CÁO|KẾ HOẠCH|HƯỚNG DẪN|CHƯƠNG TRÌNH|THÔNG BÁO|TỜ TRÌNH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CÔNG VĂN|PHƯƠNG ÁN|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH|CHỈ THỊ|BIÊN BẢN|PHỤ LỤC|GIẤY MỜI|THÔNG CÁO)(?![\p{L}])/u;
/** The first letters of TYPE_WORDS. */
const TYPE_WORD_STARTS = new Set(Array.from('ĐBKHCTQNPG', (ch) => ch.charCodeAt(0)));
/** Signing authority prefixes (NĐ 30 Phụ lục I, II.7). */
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.[\s\u00A0]*\p{Lu}/u;
/** A line of dashes, "oOo", stars or equals signs that separates two documents. */
const SEPARATOR = /^[-–—_=*~.\s]*(?:o\s*O\s*o)?[-–—_=*~.\s]*$/u;
/** Opening words that start body text, never a trích yếu line. */
const OPENING = /^(thuc hien|can cu|kinh gui|so:|so \d|theo |nham |de nghi)/;
/** "V/v …": the trích yếu of a công văn (NĐ 30 Mẫu 1.5). */
const VV = /^[“"]?V\/v\b/u;

// Most paragraphs are body sentences or list items that none of the line tests below can match, and
// a regex call a paragraph per test was most of the analysis. So each test first looks at a unit or
// two with charCodeAt, and only a line that could match meets the regex. The tests compare each
// one with its regex definition on generated lines.

/** Bits of FIRST_ASCII: which line tests a line starting with a given ASCII unit can pass. */
const MAY_SEPARATE = 1;
const MAY_TITLE = 2;
const MAY_NOI_NHAN = 4;
const MAY_AUTHORITY = 8;

/** For each ASCII unit, the tests a line starting with it can pass (derived from the tests' own rules). */
const FIRST_ASCII = Uint8Array.from({ length: 0x80 }, (_, c) => {
  let bits = 0;
  if (isSeparatorUnit(c) || c === 0x6f) bits |= MAY_SEPARATE; // or the "o" of "oOo"
  if (isTitleLead(c) || TYPE_WORD_STARTS.has(c)) bits |= MAY_TITLE;
  if ((c | 0x20) === 0x6e || isSpaceUnit(c)) bits |= MAY_NOI_NHAN; // n, N after spaces
  if (c === 0x54 || c === 0x4b || c === 0x51 || c === 0x2a || isSpaceUnit(c)) bits |= MAY_AUTHORITY; // T K Q *
  return bits;
});

/** False when no line starting like `text` can pass the test of `bit`; an empty text passes none. */
function mayStartWith(text: string, bit: number): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x80 || ((FIRST_ASCII[c] ?? 0) & bit) !== 0;
}

/** Whether all letters of a text are capitals (and there are at least three). */
export function isAllCaps(text: string): boolean {
  // Any ASCII lowercase letter settles it without building the letters string.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

/** A tên loại line: capitals, short, starting with a document type (after opening quotes). */
export function isTitleLine(text: string): boolean {
  if (!mayStartWith(text, MAY_TITLE)) return false;
  // What /^[“"«(\s]+/u would strip.
  let i = 0;
  while (i < text.length && isTitleLead(text.charCodeAt(i))) i++;
  if (text.length - i > 120 || !TYPE_WORD_STARTS.has(text.charCodeAt(i))) return false;
  // A lower-case ASCII second letter fails isAllCaps at once.
  const second = text.charCodeAt(i + 1);
  if (second >= 0x61 && second <= 0x7a) return false;
  const t = i === 0 ? text : text.slice(i);
  return isAllCaps(t) && TYPE_WORDS.test(t);
}

/** A unit of [“"«(\s]: what may open a tên loại line. */
function isTitleLead(c: number): boolean {
  return c === 0x201c || c === 0x22 || c === 0xab || c === 0x28 || isSpaceUnit(c);
}

/** A signature authority line: "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH" (after stars and spaces). */
export function isAuthorityLine(text: string): boolean {
  if (!mayStartWith(text, MAY_AUTHORITY)) return false;
  // What /^[*\s]+/u would strip.
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x2a || isSpaceUnit(text.charCodeAt(i)))) i++;
  const c = text.charCodeAt(i);
  // TM, TL, TUQ, KT, Q.
  if (c !== 0x54 && c !== 0x4b && c !== 0x51) return false;
  return AUTHORITY.test(i === 0 ? text : text.slice(i));
}

/** "Nơi nhận:" */
export function isNoiNhanLine(text: string): boolean {
  if (!mayStartWith(text, MAY_NOI_NHAN)) return false;
  // Only the start matters: fold a short prefix, not the whole paragraph. A first unit that folds
  // to one letter other than n ("Ủ", "Đ" …) settles it without folding.
  const t = text.trimStart();
  const c = t.charCodeAt(0);
  if (c < 0x80 && (c | 0x20) !== 0x6e) return false;
  if (c < FOLD_WORD.TABLE_END && c !== FOLD_WORD.SIGMA) {
    const folded = foldWordTable()[c] as number;
    if (folded >= 0 && folded !== 0x6e) return false;
  }
  return foldStart(t.slice(0, 24), 8) === 'noi nhan';
}

/** A separator between documents ("------oOo------"), at least five characters long. */
export function isSeparatorLine(text: string): boolean {
  if (text.length < 5 || !mayStartWith(text, MAY_SEPARATE)) return false;
  // Every unit of a match is of SEPARATOR's class or an "o"/"O" of "oOo": the first other unit
  // rules a line out (the third of a list item).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSeparatorUnit(c) && c !== 0x6f && c !== 0x4f) return false;
  }
  return SEPARATOR.test(text) && /[-–—_=*~]{3}/u.test(text);
}

/** A unit of SEPARATOR's class [-–—_=*~.\s]. */
function isSeparatorUnit(c: number): boolean {
  switch (c) {
    case 0x2d: // -
    case 0x2013: // –
    case 0x2014: // —
    case 0x5f: // _
    case 0x3d: // =
    case 0x2a: // *
    case 0x7e: // ~
    case 0x2e: // .
      return true;
    default:
      return isSpaceUnit(c);
  }
}

/** "V/v …", possibly in quotes: the trích yếu of a công văn. */
export function isVvLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 0x56 && c !== 0x201c && c !== 0x22) return false;
  return VV.test(text);
}

/** Whether a line can continue a trích yếu under a title. */
export function isSubjectLine(text: string): boolean {
  if (text.length > 200 || text.endsWith(':')) return false;
  return !OPENING.test(fold(text));
}
