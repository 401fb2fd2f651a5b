import { wordBitmap } from '../text/word-units.ts';
import { hashedWords } from './case-scan.ts';

/**
 * The word lists of mid-sentence-caps.ts (NĐ 30/2020, Phụ lục II, mục I), their first words, and the
 * test of a paragraph that lists names (namedBefore).
 */

const set = (list: string) => new Set(list.split('|'));
/**
 * Verbs and adverbs that open a clause of a list ("…; tăng cường …, bảo đảm …"): never a name, so a
 * capital on them after ";" or "," is the sentence's mistake (Phụ lục II, mục I).
 */
export const CLAUSE_WORDS = set(
  'chủ động|kịp thời|trước|trong|sau|từ|phát triển|điều chỉnh|nộp|đảm bảo|bảo đảm|tăng cường|đẩy mạnh|nâng cao|triển khai|thực hiện|phối hợp|hoàn thiện|rà soát|theo dõi|đôn đốc|tuyên truyền|tham mưu|đề xuất|tiếp tục|quản lý|hỗ trợ|cung cấp|sử dụng|ứng dụng|đào tạo|bồi dưỡng|cải thiện|khuyến khích|thúc đẩy|huy động|giám sát|góp phần|nghiên cứu|ưu tiên|bố trí|lồng ghép|phát huy|duy trì|đổi mới|khắc phục|tạo điều kiện|kiểm tra|xử lý|giải quyết|tổng hợp|chịu trách nhiệm|có|là|được|không|cần|phải|đồng thời|học sinh|sinh viên|giải pháp',
);
/** Common nouns that are capitalised after "các", "những" only by mistake. */
export const PLURAL_NOUNS = set(
  'doanh nghiệp|cơ sở|đồng chí|cá nhân|tập thể|học sinh|sinh viên|hộ gia đình|đại biểu|cán bộ|công chức|viên chức|nhà đầu tư|đoàn thể|hội nghị|hội thảo|nghị định|nghị quyết|thông tư|văn bản|địa phương|đơn vị|cơ quan',
);
export const PLURAL = set('các|những|mọi');
/** Words a name never is, whatever follows them: members and workers. */
export const ALWAYS_COMMON = set('đảng viên|đoàn viên|hội viên|người lao động|thành viên');
/**
 * The types of bodies written as two words ("Tổng công ty" ends with one) ("Trung tâm Giao lưu Văn hóa …", "Công ty Giao nhận …"): a
 * capital right after one opens the body's name, whose words of function and field take a capital
 * (NĐ 30/2020, Phụ lục II, mục II.3) — never a verb the body acts by.
 */
export const BODY_TYPES = set(
  'trung tâm|công ty|bệnh viện|học viện|thư viện|bảo tàng|nhà hát|nhà máy|ngân hàng|xí nghiệp',
);
/** Words that only join a sentence: a capital on them is the sentence's mistake wherever it stands. */
export const FUNCTION_WORDS = set('các|những|và|của|theo|tại|về|với|cho|để|trên|nhằm|đối với');
/** Compounds of common words that title case writes with two capitals ("Hội Nghị", "Kế Hoạch"). */
export const TITLE_CASE = set(
  'hội nghị|kế hoạch|báo cáo|quyết định|nghị quyết|nghị định|thông báo|công văn|chương trình|hướng dẫn|biên bản|tờ trình|đại hội|nhiệm kỳ|thành viên',
);
/** Verbs that follow the body or the subject that acts: "Chính phủ quy định", "về việc phê duyệt". */
export const ACTS = set(
  'quy định|ban hành|phê duyệt|quyết định|phân cấp|thành lập|sửa đổi|bổ sung|bãi bỏ|công nhận|điều chỉnh|kiện toàn|triển khai|thực hiện|đề nghị|thông qua|cho phép|chấp thuận|giao|cử|bầu|xin|làm',
);
/** Before a verb: "về việc", a document's type ("Quyết định Phân cấp …" → "Quyết định phân cấp …"). */
export const BEFORE_ACT = set('về việc|quyết định|kế hoạch|nghị quyết');

/** The first words of every list: a capital word that is none of them is passed over at once. */
export const FIRST_WORDS = new Set(
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

export const FIRST_HASHED = hashedWords(FIRST_WORDS);
/**
 * What kindAt can match: a word alone (one of a list, or one its tests name), or a pair of words;
 * an entry of three words matches neither (kindAt compares the word and the pair only).
 */
export const LISTS = [CLAUSE_WORDS, PLURAL_NOUNS, ALWAYS_COMMON, FUNCTION_WORDS, TITLE_CASE, ACTS].flatMap(
  (s) => [...s],
);
export const ALONE = new Set([...LISTS.filter((w) => !w.includes(' ')), 'năm', 'người', 'bà', 'ông']);
export const PAIR_BITS = wordBitmap(LISTS.filter((w) => w.split(' ').length === 2));

/** The first words of TITLE_CASE: any other capital at a sentence start is passed over. */
export const TITLE_FIRST = new Set([...TITLE_CASE].map((w) => w.split(' ')[0] ?? ''));
/** TITLE_FIRST by hash, for a capital at a sentence start to be passed over before its word is read. */
export const TITLE_FIRST_HASHED = hashedWords(TITLE_FIRST);

/** The paragraph lists campaigns or slogans by name ("các phong trào thi đua: …; Chung tay …"). */
const NAMED_LIST = /phong trào|cuộc vận động|khẩu hiệu|chủ đề/iu;
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
