/**
 * Diacritic folding for matching and search. Officers type "bao cao", "Báo cáo" or "BÁO CÁO" and
 * mean the same heading; "CNVCLĐ" and "CNVCLD" are the same abbreviation.
 */

const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
// Zero-width characters and the soft hyphen hide inside words pasted from Word and the web.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// đ Đ, and the look-alike Ð/ð (U+00D0/U+00F0) after lower-casing.
const D_WITH_STROKE = /[đð]/g;
const WHITESPACE = /\s+/g;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;

const decompositionCache = new Map<number, string>();

/**
 * Canonical decomposition one code point at a time. Unlike `normalize('NFD')` on the whole string
 * this never reorders marks, so it stays linear on adversarial input (a letter with 100 000 marks)
 * and is trivially idempotent; the Vietnamese marks it exposes are all removed anyway.
 */
function decomposeEach(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    // Nothing below U+00C0 has a canonical decomposition.
    if (cp < 0xc0) {
      out += ch;
      continue;
    }
    let decomposed = decompositionCache.get(cp);
    if (decomposed === undefined) {
      decomposed = ch.normalize('NFD');
      // Bounded: a document uses a few hundred distinct letters; the cap guards odd input.
      if (decompositionCache.size < 4096) decompositionCache.set(cp, decomposed);
    }
    out += decomposed;
  }
  return out;
}

/**
 * Folds text for matching: lower case, tones and marks removed, đ/Đ (and look-alike Ð) → d,
 * invisible characters dropped, whitespace collapsed and trimmed.
 * "Tình hình CNVCLĐ" → "tinh hinh cnvcld". fold(fold(x)) === fold(x).
 */
export function fold(s: string): string {
  // Lower-case first: "İ" lower-cases to "i" + U+0307, which the mark removal then drops.
  return decomposeEach(s.toLowerCase())
    .replace(COMBINING_DIACRITICS, '')
    .replace(INVISIBLE, '')
    .replace(D_WITH_STROKE, 'd')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** The folded words of a text, punctuation dropped: "thu- chi" → ["thu", "chi"], "CNVCLĐ" → ["cnvcld"]. */
export function foldWords(s: string): string[] {
  return fold(s)
    .split(NOT_WORD)
    .filter((w) => w.length > 0);
}
