import { isGenreWord } from './near-miss.ts';
import { isAllCaps, isCapitalised, type WordToken } from './word-tokens.ts';

/**
 * Words that Vietnamese repeats on purpose (từ láy toàn bộ): "người người", "nhà nhà", "ngày ngày",
 * "đời đời", "dần dần", "chung chung", colours ("xanh xanh"), sounds ("ầm ầm"), animals ("ba ba",
 * "chuồn chuồn"), and quantities that read as a number + noun ("năm năm" = five years). Not "trong
 * trong" (clear-ish): in administrative prose a doubled "trong" is a typing slip far more often.
 */
// biome-ignore format: a word list reads better in rows
const REDUPLICATIVES = new Set(
  [
    'người nhà ngày đêm tháng năm tuần giờ đời kiếp mãi đâu ai gì nơi chốn chiều sáng tối ngành',
    'xanh đỏ vàng trắng đen tím hồng mờ hàng lớp tầng từ đều chung luôn dần thường lâu xa gần cao',
    'to sơ qua tạm khá vừa hơi hay vui buồn ngang mau nhanh ầm ào rầm đùng oang rì chằm bừng lù',
    'ba chuồn cào chôm ve thôi vâng cứ song',
  ]
    .join(' ')
    .split(' '),
);

/** A word (size 1) or a two-word phrase (size 2) written twice in a row: "các các", "quy trình quy trình". */
export interface Repeat {
  /** Index of the first token of the first copy. */
  index: number;
  size: 1 | 2;
}

const HAS_DIGIT = /\p{N}/u;

function same(a: WordToken | undefined, b: WordToken | undefined): boolean {
  return !!a && !!b && b.joined && a.lower === b.lower && !HAS_DIGIT.test(a.lower);
}

/** A pair of names ("Lê Lê", "Hà Hà") is a person's name, not a slip; "Các các" and "CÁC CÁC" are slips. */
function looksLikeName(a: WordToken, b: WordToken): boolean {
  return isCapitalised(b.text) && !isAllCaps(b.text) && isCapitalised(a.text);
}

/**
 * "hành vi vi phạm", "giao thông thông minh": the end of one listed word and the start of the next.
 * One side alone is not enough: in "cơ quan quan tham mưu" the second "quan" starts no word.
 */
function straddles(tokens: readonly WordToken[], i: number): boolean {
  const before = tokens[i - 1];
  const a = tokens[i] as WordToken;
  const b = tokens[i + 1] as WordToken;
  const after = tokens[i + 2];
  if (!a.joined || !before || !isGenreWord(before.lower, a.lower)) return false;
  if (!after?.joined) return false;
  return isGenreWord(b.lower, after.lower);
}

/**
 * "mã số số 001", "chỉ số số 3": a word ending in "số" (mã số, chỉ số, hệ số, ký số, chữ số) and then
 * "số" before a number — two words, each with its own "số".
 */
// biome-ignore format: one row
const SO_COMPOUNDS = new Set('mã chỉ hệ ký chữ tổng'.split(' '));
function compoundThenNumber(tokens: readonly WordToken[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 2];
  return (
    tokens[i]?.lower === 'số' &&
    !!before &&
    SO_COMPOUNDS.has(before.lower) &&
    !!after &&
    /^\d/u.test(after.text)
  );
}

/**
 * Bodies named by their function end with a verb-like word: "Ủy ban kiểm tra kiểm tra tài chính",
 * "Ban tổ chức tổ chức hội nghị", "Đoàn giám sát giám sát …" — the name, then the same word as a verb.
 */
// biome-ignore format: one row
const BODY_NOUNS = new Set('ban tổ đoàn đồng phòng nhóm hội'.split(' '));
function nameThenVerb(tokens: readonly WordToken[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && BODY_NOUNS.has(before.lower);
}

/** Every slip of a word or a two-word phrase typed twice, reduplicatives and "đi đi lại lại" left alone. */
export function findRepeats(tokens: readonly WordToken[]): Repeat[] {
  const repeats: Repeat[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as WordToken;
    const b = tokens[i + 1] as WordToken;
    if (same(a, b)) {
      // "đi đi lại lại", "tầng tầng lớp lớp": two doubled words in a row are a figure of speech.
      const figure = same(tokens[i + 2], tokens[i + 3]) || same(tokens[i - 2], tokens[i - 1]);
      if (
        !figure &&
        !REDUPLICATIVES.has(a.lower) &&
        !looksLikeName(a, b) &&
        !straddles(tokens, i) &&
        !compoundThenNumber(tokens, i)
      )
        repeats.push({ index: i, size: 1 });
      continue;
    }
    const c = tokens[i + 2];
    const d = tokens[i + 3];
    if (c && d && b.joined && same(a, c) && same(b, d) && !looksLikeName(a, c) && !nameThenVerb(tokens, i)) {
      repeats.push({ index: i, size: 2 });
      i += 3;
    }
  }
  return repeats;
}
