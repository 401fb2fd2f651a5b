import { firstTailToken, tailTokens } from './case-find.ts';
import {
  isFreeStart,
  isLetterCode,
  isUpperAt,
  previousWord,
  nextWord as wordAfter,
  wordEnd,
} from './case-scan.ts';

/**
 * The key a capitalised word of case-consistency.ts is compared under: the same word after the same
 * word, in the same enumeration, or as the same special noun is written one way in a document.
 */

/** A key, which form of it is right, and the phrase the word was compared in. */
export interface Key {
  key: string;
  /**
   * Which form is right: lower case or a capital whatever the counts, lower case where the capital
   * is the minority ('rare-upper'), or the majority's (null).
   */
  prefer: 'lower' | 'upper' | 'rare-upper' | null;
  phrase: [number, number];
}

/** "các sở", "những doanh nghiệp": after a plural word the noun is a common noun (Phụ lục II names only names). */
export const PLURAL = new Set(['các', 'những', 'mọi', 'từng']);
/** "ngân sách nhà nước", "bí mật nhà nước": "nhà nước" qualifying a noun is in lower case. */
const STATE_ADJECTIVE = new Set(['sách', 'mật', 'vốn', 'sản', 'quan', 'nghiệp', 'chức', 'lý']);
/** "của Nhà nước", "Đảng và Nhà nước": the State itself, a special noun (Phụ lục II V.1). */
const STATE_NOUN = new Set(['của', 'giữa', 'và', 'với', 'cho', 'do', 'trước', 'bởi']);
/**
 * Words that may be capitalised as the name of one thing while also common nouns: documents ("Kế
 * hoạch này", "Quyết định số …"), the special nouns of Phụ lục II V.1 and V.4, a congress, a conference.
 */
export const MAY_BE_NAME =
  /^(?:kế hoạch|nghị quyết|nghị định|chỉ thị|báo cáo|quyết định|chương trình|đề án|dự án|thông tư|luật|bộ luật|kết luận|hướng dẫn|quy định|quy chế|công văn|văn bản|thông báo|tờ trình|điều lệ|hiến pháp|văn kiện|phụ lục|điều|khoản|mục|phần|chương|đảng|nhà nước|nhân dân|chính phủ|quốc hội|tổ quốc|trung ương|thành phố|tỉnh|bác|người|đại hội|hội nghị|kỳ họp|phiên họp|ban|hội đồng|ủy ban|uỷ ban|đoàn|công đoàn|đợt|phong trào|cuộc vận động|cuộc thi|giải|hệ thống|cổng|trung tâm|khu|cảng|phiếu|bước|mẫu|biểu|sổ|tiểu ban|tổ)(?![\p{L}\p{M}])/u;
/**
 * The words of MAY_BE_NAME that match alone, and the first words of all of its phrases: MAY_BE_NAME
 * matches "w …" (w a word, then a space) only when w is one of the first, and always when it is one
 * of the second.
 */
export const MAY_BE_NAME_PHRASES = (/\(\?:([^)]*)\)/u.exec(MAY_BE_NAME.source)?.[1] ?? '').split('|');
export const MAY_BE_NAME_ALONE = new Set(MAY_BE_NAME_PHRASES.filter((p) => !p.includes(' ')));
export const MAY_BE_NAME_FIRST = new Set(MAY_BE_NAME_PHRASES.map((p) => p.split(' ')[0] ?? ''));
/** "Hội đồng nhân dân", "Công an nhân dân": "nhân dân" inside a name is not the special noun. */
const IN_NAME = new Set([
  'đồng',
  'ban',
  'án',
  'sát',
  'an',
  'đội',
  'trang',
  'tra',
  'sĩ',
  'giáo',
  'thuốc',
  'lượng',
]);

// Regexes made once: a literal in a function is a new object at every call.
const CAPITAL = /\p{Lu}/u;
const MARK_TOKEN = /[,;.\-–]/u;

/** The key the word at `i` is compared under, or null (a sentence start, a name that goes on). */
export function keyAt(text: string, i: number, lead: number): Key | null {
  const end = wordEnd(text, i);
  // Cheap tests first: a name goes on with a capital, or the word is an abbreviation ("UBND").
  const c = text.charCodeAt(end);
  if (c === 0x3a || ((c === 0x20 || c === 0xa0) && isUpperAt(text, end + 1)) || isUpperAt(text, i + 1))
    return null;
  const prev = previousWord(text, i);
  // No word right before (a sentence start) or a comma before it: nothing to compare with.
  if (end === i || !prev || prev.comma || prev.start < lead || isFreeStart(text, i, lead)) return null;
  const comma = text.charCodeAt(end) === 0x2c;
  const after = wordAfter(text, end);
  // A name goes on ("các Sở Tài chính", "các Bộ: Tài chính") or the word is an abbreviation.
  if (after && isUpperAt(text, after.start)) return null;
  const nextWord = after ? text.slice(after.start, after.end) : '';
  const l = text.slice(prev.start, prev.end);
  const left = l.toLowerCase();
  const w = text.slice(i, end).toLowerCase();
  const from = prev.start;
  if (w === 'nhân' && nextWord === 'dân' && !comma && !IN_NAME.has(left))
    return { key: '*nhân dân', prefer: 'upper', phrase: [i, end + 4] };
  if (w === 'nhà' && nextWord === 'nước' && !comma) {
    if (STATE_NOUN.has(left)) return { key: '*nhà nước', prefer: 'upper', phrase: [from, end + 5] };
    if (STATE_ADJECTIVE.has(left)) return { key: `${left} nhà`, prefer: 'lower', phrase: [from, end + 5] };
    return null;
  }
  if (w === 'đảng') return null; // "Đảng" is the Party's name; "tổ chức đảng" is another word.
  // An enumeration of common nouns: "Bộ, ngành", "sở, ban, ngành", "hội, đoàn thể".
  if (comma && nextWord)
    return {
      key: `${w}, ${nextWord}`,
      prefer: 'lower',
      phrase: [i, end + 2 + nextWord.length],
    };
  const right = comma ? '' : nextWord;
  const phrase: [number, number] = [from, right ? end + 1 + right.length : end];
  // Inside a name that begins with a capital ("Ban Chỉ đạo"/"Ban chỉ đạo"): the majority's form.
  if (isUpperAt(l, 0))
    return !CAPITAL.test(l.slice(1)) && right ? { key: `${l} ${w} ${right}`, prefer: null, phrase } : null;
  // A common word capitalised mid-sentence, compared with what follows it: "các Doanh nghiệp" /
  // "các doanh nghiệp", "vốn Ngân sách nhà nước" / "ngân sách nhà nước". A capital further on
  // ("các Khu công nghiệp Nghệ An") makes it a name; "Kế hoạch", "Đảng" may be names alone.
  const plural = PLURAL.has(left);
  // A word that may be a name alone ("Kế hoạch", "Đảng") gives no key, whatever follows it.
  if (!plural && MAY_BE_NAME_ALONE.has(w)) return null;
  // The same test as below on the one word it reads, before the tail is cut (null either way).
  if (!plural && MAY_BE_NAME_FIRST.has(w)) {
    if (MAY_BE_NAME.test(`${w} ${(firstTailToken(text, end) ?? '').toLowerCase()}`)) return null;
  }
  const words = tailTokens(text, end);
  // A capital before the first punctuation mark or right after it ("các ngành Giáo dục, Nội vụ").
  const stop = words.findIndex((t) => MARK_TOKEN.test(t));
  if (words.slice(0, stop < 0 ? undefined : stop + (plural ? 0 : 2)).some((t) => isUpperAt(t, 0)))
    return null;
  const rest = words
    .slice(0, plural ? 2 : 1)
    .join(' ')
    .toLowerCase();
  if (plural)
    return insideName(text, from, lead) ? null : { key: `${left} ${w} ${rest}`, prefer: 'lower', phrase };
  if ((MAY_BE_NAME_FIRST.has(w) && MAY_BE_NAME.test(`${w} ${rest}`)) || insideName(text, i, lead, 1, 5))
    return null;
  return {
    key: `~ ${w} ${rest}`,
    prefer: 'rare-upper',
    phrase: [i, phrase[1]],
  };
}

/** "Ban Chỉ đạo các Chương trình mục tiêu quốc gia": a plural inside a body's name. */
export function insideName(text: string, from: number, lead: number, capitals = 2, span = 3): boolean {
  const stop = Math.max(lead, from - 10 * span);
  let found = 0;
  let j = from - 1;
  for (let n = 0; n < span; n++) {
    while (j >= stop && !isLetterCode(text.charCodeAt(j))) j--;
    let start = j;
    while (start - 1 >= stop && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (j < stop) break;
    if (isUpperAt(text, start) && ++found >= capitals) return true;
    j = start - 1;
  }
  return found >= capitals;
}
