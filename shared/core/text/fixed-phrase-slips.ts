import { inCaseOf, type WordToken } from './word-tokens.ts';

/** A slip in a fixed phrase of the genre: token `at` should read `text`. */
export interface FixedPhraseSlip {
  kind: 'so' | 'nhan-dan';
  from: number;
  to: number;
  meant: string;
  at: number;
  text: string;
}

// "Ủy ban nhân dân", "Hội đồng nhân dân" (NĐ 30/2020, Phụ lục II, mục II): before a unit or "các",
// the missing "dân" is certain; not before "quyền" ("Ủy ban Nhân quyền") or anything else.
// biome-ignore format: one row
const UNIT_AFTER = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường', 'đặc', 'các', 'cấp']);
const DIGIT_START = /^\p{N}/u;

/**
 * "Chỉ thị so 41-CT/TW" (số, typed without its marks: "so" before a number is never "so sánh") and
 * "Ủy ban nhân tỉnh" (the "dân" of "nhân dân" left out). Null when token `i` starts neither.
 */
export function fixedPhraseSlip(tokens: readonly WordToken[], i: number): FixedPhraseSlip | null {
  const t = tokens[i] as WordToken;
  const next = tokens[i + 1];
  if (!next?.joined) return null;
  if (t.lower === 'so' && DIGIT_START.test(next.text))
    return { kind: 'so', from: i, to: i + 1, meant: 'số', at: i, text: inCaseOf(t.text, 'số') };
  if (t.lower !== 'nhân' || !UNIT_AFTER.has(next.lower) || !t.joined) return null;
  const b = tokens[i - 1];
  const a = tokens[i - 2];
  if (!a || !b?.joined || b.lower !== (a.lower === 'hội' ? 'đồng' : 'ban')) return null;
  if (!['ủy', 'uỷ', 'hội'].includes(a.lower)) return null;
  return {
    kind: 'nhan-dan',
    from: i - 2,
    to: i + 1,
    meant: 'nhân dân',
    at: i,
    text: inCaseOf(t.text, 'nhân dân'),
  };
}
