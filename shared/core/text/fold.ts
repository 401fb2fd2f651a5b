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
  return foldFast(s) ?? foldSlow(s);
}

/** The general path: any Unicode text. */
function foldSlow(s: string): string {
  // Lower-case first: "İ" lower-cases to "i" + U+0307, which the mark removal then drops.
  return decomposeEach(s.toLowerCase())
    .replace(COMBINING_DIACRITICS, '')
    .replace(INVISIBLE, '')
    .replace(D_WITH_STROKE, 'd')
    .replace(WHITESPACE, ' ')
    .trim();
}

// Below U+2100 (Latin, Vietnamese, Greek, Cyrillic, general punctuation) each UTF-16 unit folds on
// its own, so a table built once from foldSlow gives the same answer in one pass without regexes.
const TABLE_END = 0x2100;
let table: string[] | null = null;

function foldTable(): string[] {
  if (table) return table;
  table = [];
  for (let c = 0; c < TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    table.push(/\s/.test(ch) && !INVISIBLE_ONE.test(ch) ? ' ' : foldSlow(ch));
  }
  return table;
}
const INVISIBLE_ONE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/** fold() for text whose every unit is below U+2100 (nearly all real text); null otherwise. */
function foldFast(s: string): string | null {
  const t = foldTable();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= TABLE_END) return null;
    // Greek capital sigma lower-cases by context (final ς); leave such text to the general path.
    if (c === 0x3a3) return null;
    const f = t[c] as string;
    if (f === ' ') {
      pendingSpace = out.length > 0;
      continue;
    }
    if (f === '') continue;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += f;
  }
  return out;
}

/** The folded words of a text, punctuation dropped: "thu- chi" → ["thu", "chi"], "CNVCLĐ" → ["cnvcld"]. */
export function foldWords(s: string): string[] {
  const f = fold(s);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= f.length; i++) {
    const c = i < f.length ? f.charCodeAt(i) : 0x20;
    // ASCII letters and digits inline; anything beyond ASCII asks the Unicode-aware test.
    const inWord =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x80 && i < f.length && WORD_UNIT.test(f.charAt(i)));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(f.slice(start, i));
      start = -1;
    }
  }
  return words;
}
const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
