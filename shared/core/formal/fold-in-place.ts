/**
 * The fold of one UTF-16 unit, as defined: lower case, the first unit of its canonical decomposition
 * (marks removed), đ/ð → d; a unit whose lower case is longer than itself ("İ") stays as it is.
 * Surrogates stay as they are: a pair is one code point whose fold would not keep the length, and a
 * lone half has no case nor decomposition.
 */
export function foldUnitByDefinition(ch: string): string {
  const lower = ch.toLowerCase();
  const base = lower.length === ch.length ? (lower.normalize('NFD')[0] ?? lower) : ch;
  return base === 'đ' || base === 'ð' ? 'd' : base.length === ch.length ? base : ch;
}

/** Each unit's fold, filled on first sight (0: not yet known; only U+0000 folds to 0, to itself). */
const FOLDED = new Uint16Array(0x10000);

function foldUnit(c: number): number {
  let f = FOLDED[c] as number;
  if (f === 0 && c !== 0) {
    f = c >= 0xd800 && c <= 0xdfff ? c : foldUnitByDefinition(String.fromCharCode(c)).charCodeAt(0);
    FOLDED[c] = f;
  }
  return f;
}

/** Units turned back into a string at a time: few enough for String.fromCharCode's arguments. */
const CHUNK = 4096;

/** Texts this long are remembered once folded (shorter ones fold faster than they compare). */
const REMEMBER = 1024;
let lastText = '';
let lastFolded = '';

/**
 * Folds text one UTF-16 unit at a time, keeping its length, so a match in the folded text is a
 * range in the original: lower case, marks removed, đ → d. "CỘNG HÒA" → "cong hoa".
 * Linear in the text and without a string per unit (a 20 MB paragraph folds in one pass); the last
 * long text folded is remembered, since the header reader asks several questions of one paragraph.
 */
export function foldInPlace(s: string): string {
  if (s.length >= REMEMBER && s === lastText) return lastFolded;
  const units = new Uint16Array(Math.min(s.length, CHUNK));
  let out = '';
  for (let from = 0; from < s.length; from += CHUNK) {
    const end = Math.min(s.length, from + CHUNK);
    for (let i = from; i < end; i++) units[i - from] = foldUnit(s.charCodeAt(i));
    const part = end - from === units.length ? units : units.subarray(0, end - from);
    out += String.fromCharCode(...part);
  }
  if (s.length >= REMEMBER) {
    lastText = s;
    lastFolded = out;
  }
  return out;
}
