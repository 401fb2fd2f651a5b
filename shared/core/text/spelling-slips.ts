import { fixedPhraseSlip } from './fixed-phrase-slips.ts';
import { GENRE_VERBS, PROPER_NAMES } from './genre-words.ts';
import { isGenreWord, nearMiss } from './near-miss.ts';
import { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';
import { inCaseOf, isAllCaps, isCapitalised, type WordToken } from './word-tokens.ts';

/** A spelling slip over tokens [from, to] (inclusive); `replace` rewrites token `at` when it is certain enough. */
export interface Slip {
  kind: 'syllable' | 'near-miss' | 'de' | 'so' | 'nhan-dan';
  from: number;
  to: number;
  /** The word the pair should be ("kinh phí"), for near-misses and "để". */
  meant?: string;
  replace?: { at: number; text: string };
}

const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơư\u1EA0-\u1EF9]/u;
const HAS_DIGIT = /\p{N}/u;
const NON_ASCII = /[^\x20-\x7e]/u;
const DIGIT_INSIDE = /\p{L}\p{N}+\p{L}/u;
// A tone mark (sắc, huyền, hỏi, ngã, nặng): loanwords written without one ("vectơ") are left alone.
const TONED = /[àáãảạằắẵẳặầấẫẩậèéẽẻẹềếễểệìíĩỉịòóõỏọồốỗổộờớỡởợùúũủụừứữửựỳýỹỷỵ]/u;
const SHAPE_CACHE = new Map<string, boolean>();

function isSyllable(lower: string): boolean {
  let ok = SHAPE_CACHE.get(lower);
  if (ok === undefined) {
    ok = looksLikeVietnameseSyllable(lower);
    if (SHAPE_CACHE.size < 8192) SHAPE_CACHE.set(lower, ok);
  }
  return ok;
}

/**
 * A word with Vietnamese letters that no Vietnamese syllable is shaped like ("ngiệp", "thựcc", "tổ4").
 * Capitalised words are left alone (names: "Đắk Lắk", "M'Drắk"), and so are abbreviations (CNVCLĐ).
 * Measured against dictionary-vi (6 609 syllables): the grammar rejects none of them but loanwords
 * (gen, ping, web, palăng) and "têt", "gỵa" (entries of no standard word).
 */
function impossible(token: WordToken): boolean {
  const w = token.lower;
  if (w.length < 2 || !VIETNAMESE_LETTER.test(w) || !TONED.test(w) || isCapitalised(token.text)) return false;
  if (HAS_DIGIT.test(w)) return DIGIT_INSIDE.test(w); // "tổ4chức"; not a footnote mark ("1Hướng", "quyết2")
  return !isSyllable(w);
}

// Grammar words stand next to almost anything: a pair holding one is two words, not a slip of one.
// biome-ignore format: a word list reads better in rows
const FUNCTION_WORDS = new Set(
  'của các cả có cho là và với về để đã đó ra vào tại từ trên dưới theo thì mà này nào những được bị đều sẽ rồi còn chỉ cũng không chưa đang nên nếu khi vì do bởi như sau trước trong ngoài hay hoặc một hai ba năm mỗi mọi'.split(' '),
);
// After these "đề" is a noun: "vấn đề", "chủ đề", "ra đề", "các đề kiểm tra"; "đê" a dike: "tuyến đê".
// biome-ignore format: one row
const NOUN_BEFORE_DE = new Set('chuyên vấn chủ tiêu luận mệnh nhan đầu ra câu các những một bộ tuyến bờ con chân mặt kè thống đắp'.split(' '));

function word(token: WordToken | undefined): boolean {
  return !!token && !HAS_DIGIT.test(token.lower) && token.lower.length <= 7;
}

/**
 * Lower case, or a capital only where a sentence starts: names ("Phó Thủ tướng", "Gia Bình",
 * "Tổng công ty") and headings in capitals are not read for near-misses.
 */
function plainCase(text: string, tokens: readonly WordToken[], i: number): boolean {
  const a = tokens[i] as WordToken;
  const b = tokens[i + 1] as WordToken;
  if (isCapitalised(b.text)) return false;
  if (!isCapitalised(a.text)) return true;
  if (isAllCaps(a.text)) return false;
  const before = tokens[i - 1];
  return !before || SENTENCE_END.test(text.slice(before.end, a.start));
}
/** "Hà Nôi": two words, each with a capital and the rest lower case. */
function titlePair(a: WordToken, b: WordToken): boolean {
  return isCapitalised(a.text) && isCapitalised(b.text) && !isAllCaps(a.text) && !isAllCaps(b.text);
}
const SENTENCE_END = /[.!?:;)]\s*$/u;

/**
 * 1 for each word that a listed word joins to the word before, read left to right: in "huy động vật
 * tư" "động" goes with "huy", so "vật" is free to go with "tư" although "động vật" is a word too.
 */
function pairedWithPrevious(tokens: readonly WordToken[]): Uint8Array {
  const taken = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    if (t.joined && taken[i - 1] === 0 && isGenreWord((tokens[i - 1] as WordToken).lower, t.lower))
      taken[i] = 1;
  }
  return taken;
}

/** The spelling slips of one paragraph's words, in order. */
export function spellingSlips(text: string, tokens: readonly WordToken[]): Slip[] {
  const slips: Slip[] = [];
  let covered = -1; // the last token a near-miss already reports (its fix spells it right)
  const taken = pairedWithPrevious(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as WordToken;
    if (i > covered && impossible(a)) {
      slips.push({ kind: 'syllable', from: i, to: i });
      continue;
    }
    const fixed = fixedPhraseSlip(tokens, i);
    if (fixed) {
      const { at, text: fixedText, ...rest } = fixed;
      slips.push({ ...rest, replace: { at, text: fixedText } });
      continue;
    }
    const b = tokens[i + 1];
    if (!b?.joined || !word(a) || !word(b)) continue;
    // A name in capitals ("Hà Nôi") is read only for the names the list holds.
    const nameOnly = !plainCase(text, tokens, i);
    if (nameOnly && !titlePair(a, b)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 2];
    const c = after?.joined ? after : undefined;
    if (
      !nameOnly &&
      (a.lower === 'đề' || a.lower === 'đê') &&
      c &&
      GENRE_VERBS.has(`${b.lower} ${c.lower}`)
    ) {
      const noun = a.joined && before !== undefined && NOUN_BEFORE_DE.has(before.lower);
      if (!noun && !isGenreWord(a.lower, b.lower)) {
        slips.push({
          kind: 'de',
          from: i,
          to: i + 2,
          meant: 'để',
          replace: { at: i, text: inCaseOf(a.text, 'để') },
        });
        continue;
      }
    }
    // "tình hình thực tế" holds "hình thực": a pair straddling two listed words is two words.
    if (taken[i] === 1 || (c && isGenreWord(b.lower, c.lower))) continue;
    // A pair typed without any mark ("thi dua", search terms, file names) is a style, not a slip.
    if (!NON_ASCII.test(a.lower) && !NON_ASCII.test(b.lower)) continue;
    const miss = nearMiss(a.lower, b.lower);
    if (!miss || (nameOnly && !PROPER_NAMES.has(miss.word))) continue;
    const changed = miss.which === 0 ? a : b;
    if (FUNCTION_WORDS.has(changed.lower)) continue;
    const at = i + miss.which;
    covered = i + 1;
    slips.push({
      kind: 'near-miss',
      from: i,
      to: i + 1,
      meant: miss.word,
      replace: { at, text: inCaseOf(changed.text, miss.meant) },
    });
  }
  return slips;
}
