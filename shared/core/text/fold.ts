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

/** The general path: any Unicode text (exported for the test of the table built from it). */
export function foldSlow(s: string): string {
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

/**
 * The table: for each unit below TABLE_END, " " for whitespace, else foldSlow of the unit alone.
 * Built from the units 31 at a time, each followed by a separator that no step changes, joins or
 * reorders around (U+E000: uncased, no decomposition, not a space), so the start of a check runs
 * each step a few hundred times instead of TABLE_END times; a test compares every entry with foldSlow.
 */
function foldTable(): string[] {
  if (table) return table;
  const SEPARATOR = '\ue000';
  let all = '';
  let chunk = '';
  let decomposed = '';
  for (let c = 0; c < TABLE_END; c++) {
    chunk += String.fromCharCode(c) + SEPARATOR;
    // 31 units at a time: normalize() never gets more than a short segment (see nfc-segments.ts).
    if (c % 31 === 30 || c === TABLE_END - 1) {
      decomposed += chunk.toLowerCase().normalize('NFD');
      all += chunk;
      chunk = '';
    }
  }
  const folded = decomposed
    .replace(COMBINING_DIACRITICS, '')
    .replace(INVISIBLE, '')
    .replace(D_WITH_STROKE, 'd')
    .replace(WHITESPACE, ' ')
    .split(SEPARATOR);
  const built = folded.slice(0, TABLE_END).map((f) => f.trim());
  for (const space of all.matchAll(/\s/g))
    if (!INVISIBLE_ONE.test(space[0])) built[(space.index ?? 0) / 2] = ' ';
  table = built;
  return table;
}
const INVISIBLE_ONE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/** fold() for text whose every unit is below U+2100 (nearly all real text); null otherwise. */
function foldFast(s: string): string | null {
  return foldPrefix(s, Number.POSITIVE_INFINITY);
}

/**
 * `fold(s).slice(0, length)` without folding the whole string: the start of a long paragraph is
 * enough to tell "Kính gửi" or "Nơi nhận". Exact: below U+2100 (Σ aside) each unit folds on its own,
 * so the folded start only depends on the units read so far; other text takes the general path.
 */
export function foldStart(s: string, length: number): string {
  const out = foldPrefix(s, length);
  if (out === null) return fold(s).slice(0, length);
  return out.length > length ? out.slice(0, length) : out;
}

/**
 * The table fold of `s`, read until at least `length` folded units are out (the last unit's fold may
 * go past it); null when a unit needs the general path (U+2100 and above, or Greek capital sigma,
 * which lower-cases by context).
 */
function foldPrefix(s: string, length: number): string | null {
  const t = foldTable();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length && out.length < length; i++) {
    const c = s.charCodeAt(i);
    if (c >= TABLE_END || c === 0x3a3) return null;
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
  return foldWordsFast(s) ?? foldWordsSlow(s);
}

/** What each unit below U+2100 adds to a word: its folded unit, or SKIP, BREAK or (several units) MANY. */
const SKIP = -1;
const BREAK = -2;
const MANY = -3;
let wordTable: Int32Array | null = null;

/**
 * For tokenisers that fold as they read (see foldWordsFast): for each UTF-16 unit below
 * FOLD_TABLE_END, the folded unit it adds to a word, or FOLD_SKIP (dropped, the word goes on),
 * FOLD_BREAK (ends a word) or FOLD_MANY (folds to several units). Other units, and Σ (U+03A3),
 * need fold() itself.
 */
export const FOLD_WORD = { TABLE_END, SKIP, BREAK, MANY, SIGMA: 0x3a3 } as const;

/** The table described at FOLD_WORD; built once, shared, never changed. */
export function foldWordTable(): Int32Array {
  if (wordTable) return wordTable;
  const t = foldTable();
  wordTable = new Int32Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) {
    const f = t[c] as string;
    if (f === '') wordTable[c] = SKIP;
    else if (f.length > 1) wordTable[c] = MANY;
    else wordTable[c] = isWordUnit(f, 0) ? f.charCodeAt(0) : BREAK;
  }
  return wordTable;
}

/**
 * foldWords() in one pass over the text, without building the folded string: below U+2100 (Σ aside)
 * each unit folds on its own (see foldFast), and spaces never belong to a word, so collapsing them
 * changes nothing. Null for other text (and the rare unit that folds to several).
 */
function foldWordsFast(s: string): string[] | null {
  const codes = foldWordTable();
  const table = foldTable();
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= TABLE_END || c === 0x3a3) return null;
    const k = codes[c] as number;
    if (k >= 0) word += table[c] as string;
    else if (k === BREAK) {
      if (word !== '') {
        words.push(word);
        word = '';
      }
    } else if (k === MANY) return null;
  }
  if (word !== '') words.push(word);
  return words;
}

/** The general path: fold, then cut the folded text into words. */
function foldWordsSlow(s: string): string[] {
  const f = fold(s);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= f.length; i++) {
    const inWord = i < f.length && isWordUnit(f, i);
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

/** Whether unit `i` of folded text belongs to a word: ASCII inline, beyond it the Unicode-aware test. */
function isWordUnit(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && WORD_UNIT.test(f.charAt(i)));
}
