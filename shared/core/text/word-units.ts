import { FOLD_WORD, foldWordTable } from './fold.ts';

/**
 * What each UTF-16 unit is to the readings of words (text/word-scan.ts and the letter-case rules),
 * as tables built once, and the hashes words are compared by.
 */

/** The units the fold tables cover (fold.ts). */
export const TABLE_END = FOLD_WORD.TABLE_END;
let lower: Uint16Array | null = null;
let toned: Uint8Array | null = null;
let both: { lower: Uint16Array; toned: Uint8Array } | null = null;
const TONED_LETTERS = 'àáãảạằắẵẳặầấẫẩậèéẽẻẹềếễểệìíĩỉịòóõỏọồốỗổộờớỡởợùúũủụừứữửựỳýỹỷỵ';

/** Lower case of each UTF-16 unit below TABLE_END, and 1 for the letters that carry a tone mark. */
export function tables(): { lower: Uint16Array; toned: Uint8Array } {
  // One object, made once: scanParagraph asks for the tables once a paragraph and once a near word.
  if (both) return both;
  lower = new Uint16Array(TABLE_END);
  toned = new Uint8Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) {
    const l = String.fromCharCode(c).toLowerCase();
    lower[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  for (const ch of TONED_LETTERS) toned[ch.charCodeAt(0)] = 1;
  both = { lower, toned };
  return both;
}

/** Whether a UTF-16 unit is an upper-case Vietnamese letter. */
export function isCapitalCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  if (c <= 0xdd) return c !== 0xd7;
  if (c >= 0x1ea0 && c <= 0x1ef8) return (c & 1) === 0;
  return c === 0x102 || c === 0x110 || c === 0x128 || c === 0x168 || c === 0x1a0 || c === 0x1af;
}

/** Whether a UTF-16 unit is a Vietnamese letter or a combining mark. */
export function isLetterCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

/**
 * Bits of unitClasses()[c]: the unit a word's hash mixes in (LOW: its lower case below TABLE_END,
 * else itself), and what the unit is to each reading of words — WORD: part of a word for the spelling
 * scan (fold.ts's table: not a break); LETTER, CAPITAL: isLetterCode, isCapitalCode; RUN: a unit of
 * style/lower-words.ts's runs ([A-Za-z\u00C0-\u1EF9]); TONE: a letter with a tone mark; WIDE: not
 * ASCII; LOWER: LOW is the unit itself; ODD: a letter whose lower case is not one RUN unit ("İ", "Ⱥ");
 * GLIDE_O, GLIDE_A, GLIDE_TONE: the units of tone-placement.ts's GLIDE_VOWEL — o/u, a/e/y, and
 * those of them with a tone mark (a word holds a pair of it only if it holds one of each);
 * SMALL: [a-z\u00E0-\u01B0\u1EA1-\u1EF9] (style/case-scan.ts's test for running text); ASCII_SMALL: a-z;
 * QUOTE: “ and " (where khau-hieu looks for a quoted slogan); ONSET: f j w z F J W Z q (where
 * syllable-grammar.ts's MAY_HOLD may find a foreign onset or "qum", "quam").
 */
export const UNIT = {
  LOW: 0xffff,
  WORD: 1 << 16,
  LETTER: 1 << 17,
  CAPITAL: 1 << 18,
  RUN: 1 << 19,
  TONE: 1 << 20,
  WIDE: 1 << 21,
  LOWER: 1 << 22,
  ODD: 1 << 23,
  GLIDE_O: 1 << 24,
  GLIDE_A: 1 << 25,
  GLIDE_TONE: 1 << 26,
  SMALL: 1 << 27,
  ASCII_SMALL: 1 << 28,
  QUOTE: 1 << 29,
  ONSET: 1 << 30,
} as const;
const GLIDE_O = 'oOuUòóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ';
const GLIDE_A = 'aeAEyYàáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ';
const GLIDE_TONE = 'òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤàáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ';
let classes: Int32Array | null = null;

/** The UNIT bits of every UTF-16 unit, built once. */
export function unitClasses(): Int32Array {
  if (classes) return classes;
  const { lower: low, toned: tone } = tables();
  const codes = foldWordTable();
  const t = new Int32Array(0x10000);
  const isRun = (u: number) => (u >= 65 && u <= 90) || (u >= 97 && u <= 122) || (u >= 0xc0 && u <= 0x1ef9);
  // From TABLE_END on, a unit is part of a word, not ASCII, its own LOW, and nothing else here
  // (every letter, capital, run unit and tone lies below): no lower case to compute for 57 000 units.
  for (let c = TABLE_END; c < 0x10000; c++) t[c] = c | UNIT.WORD | UNIT.WIDE | UNIT.LOWER;
  for (let c = 0; c < TABLE_END; c++) {
    const unit = low[c] as number;
    let bits = unit;
    if (codes[c] !== FOLD_WORD.BREAK) bits |= UNIT.WORD;
    if (isLetterCode(c)) {
      const lower = String.fromCharCode(c).toLowerCase();
      const lowerRun = lower.length === 1 && isRun(lower.charCodeAt(0));
      bits |= UNIT.LETTER | (lowerRun && lower.charCodeAt(0) === unit ? 0 : UNIT.ODD);
    }
    const run = isRun(c);
    if (isCapitalCode(c)) bits |= UNIT.CAPITAL;
    if (run) bits |= UNIT.RUN;
    if (tone[c] === 1) bits |= UNIT.TONE;
    if (c >= 0x80) bits |= UNIT.WIDE;
    if (unit === c) bits |= UNIT.LOWER;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x1b0) || (c >= 0x1ea1 && c <= 0x1ef9))
      bits |= UNIT.SMALL;
    if (c >= 0x61 && c <= 0x7a) bits |= UNIT.ASCII_SMALL;
    if (c === 0x201c || c === 0x22) bits |= UNIT.QUOTE;
    t[c] = bits;
  }
  for (const [list, bit] of [
    [GLIDE_O, UNIT.GLIDE_O],
    [GLIDE_A, UNIT.GLIDE_A],
    [GLIDE_TONE, UNIT.GLIDE_TONE],
    ['fjwzFJWZq', UNIT.ONSET],
  ] as const)
    for (const ch of list) t[ch.charCodeAt(0)] = (t[ch.charCodeAt(0)] as number) | bit;
  classes = t;
  return t;
}

/** The slot of a word's hash in a 2^16 bitmap (style/lower-words.ts's). */
export const slotOf = (h: number) => (h ^ (h >>> 16)) & 0xffff;

/** The FNV-1a hash of a string's units as they are (hashWord lower-cases first). */
export function hashUnits(s: string): number {
  let h = FNV;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/** A bitmap with the slot of each word's hash set: one lookup tells a word that surely is not listed. */
export function wordBitmap(words: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(0x10000);
  for (const w of words) bits[slotOf(hashUnits(w))] = 1;
  return bits;
}

/**
 * FNV-1a: start, one unit, and two hashes into one. Signed 32-bit (the same bits as unsigned): a
 * hash in a variable of the scan loop stays a small integer more often than an unsigned one, which
 * V8 boxes as a heap number whenever it is 2^31 or more.
 */
export const FNV = 0x811c9dc5 | 0;
export const mix = (h: number, c: number) => Math.imul(h ^ c, 16777619);

/**
 * Where the words that begin with a capital start, in one pass over the characters: the definition
 * the shared word reading (text/word-scan.ts) is tested against, and its reading of odd paragraphs.
 */
export function capitalStartsByLoop(text: string): number[] {
  const out: number[] = [];
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!letter && isCapitalCode(c)) out.push(i);
    letter = isLetterCode(c);
  }
  return out;
}
