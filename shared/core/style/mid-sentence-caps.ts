import { hashUnits, mix, slotOf, UNIT, unitClasses, wordBitmap } from '../text/word-units.ts';
import {
  hashedWords,
  isFreeStart,
  isUpperAt,
  listedHead,
  nextWord,
  type ProseBlock,
  previousWord,
  wordEnd,
} from './case-scan.ts';

/** A common word written with a capital in the middle of a sentence. */
export interface MidCapital {
  start: number;
  end: number;
  written: string;
  /** Why it is wrong, for the message. */
  why: string;
}

const set = (list: string) => new Set(list.split('|'));
/**
 * Verbs and adverbs that open a clause of a list ("…; tăng cường …, bảo đảm …"): never a name, so a
 * capital on them after ";" or "," is the sentence's mistake (Phụ lục II, mục I).
 */
const CLAUSE_WORDS = set(
  'chủ động|kịp thời|trước|trong|sau|từ|phát triển|điều chỉnh|nộp|đảm bảo|bảo đảm|tăng cường|đẩy mạnh|nâng cao|triển khai|thực hiện|phối hợp|hoàn thiện|rà soát|theo dõi|đôn đốc|tuyên truyền|tham mưu|đề xuất|tiếp tục|quản lý|hỗ trợ|cung cấp|sử dụng|ứng dụng|đào tạo|bồi dưỡng|cải thiện|khuyến khích|thúc đẩy|huy động|giám sát|góp phần|nghiên cứu|ưu tiên|bố trí|lồng ghép|phát huy|duy trì|đổi mới|khắc phục|tạo điều kiện|kiểm tra|xử lý|giải quyết|tổng hợp|chịu trách nhiệm|có|là|được|không|cần|phải|đồng thời|học sinh|sinh viên|giải pháp',
);
/** Common nouns that are capitalised after "các", "những" only by mistake. */
const PLURAL_NOUNS = set(
  'doanh nghiệp|cơ sở|đồng chí|cá nhân|tập thể|học sinh|sinh viên|hộ gia đình|đại biểu|cán bộ|công chức|viên chức|nhà đầu tư|đoàn thể|hội nghị|hội thảo|nghị định|nghị quyết|thông tư|văn bản|địa phương|đơn vị|cơ quan',
);
const PLURAL = set('các|những|mọi');
/** Words a name never is, whatever follows them: members and workers. */
const ALWAYS_COMMON = set('đảng viên|đoàn viên|hội viên|người lao động|thành viên');
/** Words that only join a sentence: a capital on them is the sentence's mistake wherever it stands. */
const FUNCTION_WORDS = set('các|những|và|của|theo|tại|về|với|cho|để|trên|nhằm|đối với');
/** Compounds of common words that title case writes with two capitals ("Hội Nghị", "Kế Hoạch"). */
const TITLE_CASE = set(
  'hội nghị|kế hoạch|báo cáo|quyết định|nghị quyết|nghị định|thông báo|công văn|chương trình|hướng dẫn|biên bản|tờ trình|đại hội|nhiệm kỳ|thành viên',
);
/** Verbs that follow the body or the subject that acts: "Chính phủ quy định", "về việc phê duyệt". */
const ACTS = set(
  'quy định|ban hành|phê duyệt|quyết định|phân cấp|thành lập|sửa đổi|bổ sung|bãi bỏ|công nhận|điều chỉnh|kiện toàn|triển khai|thực hiện|đề nghị|thông qua|cho phép|chấp thuận|giao|cử|bầu|xin|làm',
);
/** Before a verb: "về việc", a document's type ("Quyết định Phân cấp …" → "Quyết định phân cấp …"). */
const BEFORE_ACT = set('về việc|quyết định|kế hoạch|nghị quyết');
/** The paragraph lists campaigns or slogans by name ("các phong trào thi đua: …; Chung tay …"). */
const NAMED_LIST = /phong trào|cuộc vận động|khẩu hiệu|chủ đề/iu;
const ROMAN_OR_NUMBER = /(?:\d|^[IVX]+)$/u;
const NAMED_LIST_ALL = new RegExp(NAMED_LIST.source, 'giu');
let namedText = '';
let namedEnd = Number.POSITIVE_INFINITY; // of namedText

/**
 * NAMED_LIST.test(text.slice(0, start)), reading the paragraph once (kept for the next capital of
 * the same paragraph) where each capital re-read all the text before it: the prefix holds a match
 * when one of the text's matches ends by `start` (one alternative at most fits at any position).
 */
export function namedBefore(text: string, start: number): boolean {
  if (text !== namedText) {
    namedText = text;
    namedEnd = Number.POSITIVE_INFINITY;
    NAMED_LIST_ALL.lastIndex = 0;
    for (let m = NAMED_LIST_ALL.exec(text); m !== null; m = NAMED_LIST_ALL.exec(text))
      namedEnd = Math.min(namedEnd, m.index + m[0].length);
  }
  return namedEnd <= start;
}

/** The first words of every list: a capital word that is none of them is passed over at once. */
const FIRST_WORDS = new Set(
  [
    CLAUSE_WORDS,
    PLURAL_NOUNS,
    ALWAYS_COMMON,
    FUNCTION_WORDS,
    TITLE_CASE,
    ACTS,
    set('năm|người|bà|ông'),
  ].flatMap((s) => [...s].map((w) => w.split(' ')[0] ?? '')),
);

const FIRST_HASHED = hashedWords(FIRST_WORDS);
/**
 * What kindAt can match: a word alone (one of a list, or one its tests name), or a pair of words;
 * an entry of three words matches neither (kindAt compares the word and the pair only).
 */
export const LISTS = [CLAUSE_WORDS, PLURAL_NOUNS, ALWAYS_COMMON, FUNCTION_WORDS, TITLE_CASE, ACTS].flatMap(
  (s) => [...s],
);
export const ALONE = new Set([...LISTS.filter((w) => !w.includes(' ')), 'năm', 'người', 'bà', 'ông']);
const PAIR_BITS = wordBitmap(LISTS.filter((w) => w.split(' ').length === 2));

/**
 * False when kindAt surely finds nothing for the word `head` at [start, end): it is no word alone of
 * the lists, and the pair it makes with the next word (as words() makes it) is in none: that pair's
 * hash, read in place (lower case by the table; true for a letter the table cannot lower), is not in
 * PAIR_BITS.
 */
export function mayBeListed(text: string, head: string, end: number): boolean {
  if (ALONE.has(head)) return true;
  const next = nextWord(text, end);
  if (!next || next.comma) return false;
  const t = unitClasses();
  let h = mix(hashUnits(head), 0x20);
  for (let i = next.start; i < next.end; i++) {
    const x = t[text.charCodeAt(i)] as number;
    if ((x & UNIT.ODD) !== 0) return true;
    h = mix(h, x & UNIT.LOW);
  }
  return PAIR_BITS[slotOf(h)] === 1;
}

/** The word at [start, end) and the next one, in lower case, with where the pair ends. */
function words(text: string, start: number) {
  const end = wordEnd(text, start);
  const one = text.slice(start, end).toLowerCase();
  const next = nextWord(text, end);
  const two = next && !next.comma ? `${one} ${text.slice(next.start, next.end).toLowerCase()}` : '';
  return { one, two, end, twoEnd: next && !next.comma ? next.end : end };
}

/**
 * The capitals of common words in mid-sentence (Phụ lục II, mục I): clause words after ";" or ",",
 * common nouns after "các", members ("Đảng viên"), joining words ("Căn cứ Các"), title case ("Hội
 * Nghị"), a verb after its subject ("Chính phủ Quy định"), "Năm" after a number, "Bà"/"Ông" before a
 * name. Words where a name goes on ("các Doanh nghiệp Viễn thông Quân đội") are left alone.
 */
export function midSentenceCapitals(block: ProseBlock): MidCapital[] {
  const { text, lead, pass } = block;
  const out: MidCapital[] = [];
  for (let n = block.from; n < block.to; n++) {
    const start = pass.capAt[n] as number;
    // By hash, no string made: most capitals are none of the words.
    const head = start < lead ? undefined : listedHead(block, n, FIRST_HASHED);
    if (head === undefined) continue;
    // A word in capitals ("KẾ HOẠCH", "UBND") belongs to a title or an abbreviation.
    if (isUpperAt(text, start + 1)) continue;
    // At a sentence start only title case counts (kindAt's first test): most capitals end here,
    // before their words are cut.
    if (!TITLE_FIRST.has(head) && isFree(text, start, lead)) continue;
    if (!mayBeListed(text, head, wordEnd(text, start))) continue;
    const w = words(text, start);
    const found = kindAt(text, start, lead, w, w.two);
    if (!found) continue;
    const [from, to] =
      found.kind === 'title' ? [nextWord(text, w.end)?.start ?? start, w.twoEnd] : [start, found.end];
    out.push({
      start: from,
      end: to,
      written: text.slice(from, to),
      why: whyOf(found.kind, text.charAt(start - 2)),
    });
  }
  return out;
}

function kindAt(
  text: string,
  start: number,
  lead: number,
  w: ReturnType<typeof words>,
  two: string,
): { kind: string; end: number } | null {
  const prev = previousWord(text, start);
  // Units by their codes (charAt makes a string of a letter beyond Latin-1): ";" 0x3b, "," 0x2c.
  const sep = text.charCodeAt(start - 2);
  const afterPunct = text.charCodeAt(start - 1) === 0x20 && (sep === 0x3b || sep === 0x2c);
  const free = isFree(text, start, lead);
  const upperNext = (end: number) => {
    const n = nextWord(text, end);
    return n !== null && isUpperAt(text, n.start);
  };
  const nameGoesOn = (end: number) =>
    upperNext(end) || (nextWord(text, end)?.comma === false && upperNext(nextWord(text, end)?.end ?? end));
  const second = nextWord(text, w.end)?.start ?? start;
  if (TITLE_CASE.has(two) && isUpperAt(text, second) && !isUpperAt(text, second + 1))
    return { kind: 'title', end: w.twoEnd };
  if (free) return null;
  const pick = (s: Set<string>) => (s.has(two) ? w.twoEnd : s.has(w.one) ? w.end : -1);
  let end = pick(CLAUSE_WORDS);
  if (afterPunct && end > 0 && !nameGoesOn(end) && !namedBefore(text, start)) return { kind: 'clause', end };
  const before = prev ? text.slice(prev.start, prev.end) : '';
  end = pick(PLURAL_NOUNS);
  if (prev && !prev.comma && PLURAL.has(before.toLowerCase()) && end > 0 && !nameGoesOn(end))
    return { kind: 'plural', end };
  end = pick(ALWAYS_COMMON);
  if (prev && end > 0) return { kind: 'member', end };
  if ((prev || sep === 0x3b) && FUNCTION_WORDS.has(w.one) && nextWord(text, w.end))
    return { kind: 'joiner', end: w.end };
  end = pick(ACTS);
  if (end > 0 && prev && actsHere(text, prev, end)) return { kind: 'act', end };
  if ((w.one === 'năm' || w.one === 'người') && ROMAN_OR_NUMBER.test(tokenBefore(text, start)))
    return { kind: 'number', end: w.end };
  if ((w.one === 'bà' || w.one === 'ông') && prev && upperNext(w.end))
    return { kind: 'courtesy', end: w.end };
  return null;
}

/** Whether the capital at `start` may be there for the sentence's sake, and not after "; " or ", ". */
function isFree(text: string, start: number, lead: number): boolean {
  const sep = text.charCodeAt(start - 2); // by codes, as in kindAt: ";" ",", then " " and "("
  const afterPunct = text.charCodeAt(start - 1) === 0x20 && (sep === 0x3b || sep === 0x2c);
  return !afterPunct && (isFreeStart(text, start, lead) || text.charCodeAt(start - 1) === 0x28);
}

/** The first words of TITLE_CASE: any other capital at a sentence start is passed over. */
const TITLE_FIRST = new Set([...TITLE_CASE].map((w) => w.split(' ')[0] ?? ''));

/** A verb after its subject ("Chính phủ Quy định"), after "về việc" or a document's type; not a law's name. */
function actsHere(text: string, prev: { start: number; end: number; comma: boolean }, end: number): boolean {
  const after = text.slice(end, end + 4);
  if (!/^ (?:[\p{Ll}“"])/u.test(after) || /^ số(?![\p{L}\p{M}])/u.test(text.slice(end, end + 5)))
    return false;
  const p1 = text.slice(prev.start, prev.end);
  const back = previousWord(text, prev.start);
  const p2 = back ? text.slice(back.start, back.end) : '';
  if (/^luật$/iu.test(p1)) return false; // "Luật Ban hành văn bản …" is the law's name
  if (BEFORE_ACT.has(`${p2} ${p1}`.toLowerCase())) return true;
  const named = (w: string) => w.length > 1 && isUpperAt(w, 0) && !/\p{Lu}/u.test(w.slice(1));
  return !prev.comma && (named(p1) || (named(p2) && !isUpperAt(p1, 0) && !back?.comma));
}

/** The token right before a space before `start` ("90" in "90 Năm"). */
function tokenBefore(text: string, start: number): string {
  if (text.charAt(start - 1) !== ' ') return '';
  let i = start - 1;
  while (i > 0 && text.charAt(i - 1) !== ' ') i--;
  return text.slice(i, start - 1);
}

function whyOf(kind: string, before: string): string {
  if (kind === 'number') return 'danh từ chung sau số không viết hoa';
  if (kind === 'courtesy') return 'từ xưng hô giữa câu không viết hoa';
  if (kind === 'title') return 'chỉ viết hoa chữ đầu của cụm từ';
  if (kind === 'act') return 'động từ giữa câu không viết hoa';
  if (before === ';' || before === ',') return `không viết hoa sau dấu “${before}”`;
  return 'từ chung giữa câu không viết hoa';
}
