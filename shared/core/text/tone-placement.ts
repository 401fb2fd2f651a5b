import { FOLD_WORD, foldWordTable } from './fold.ts';

/**
 * The two accepted ways of placing the tone mark (Quy định chính tả 1980 against the older habit):
 * they differ only on syllables whose rhyme is exactly "oa", "oe" or "uy", with no final consonant
 * and no onset "qu" — "hoá/hóa", "khoẻ/khỏe", "thuỷ/thủy", "uỷ/ủy"; every other syllable ("hoàn",
 * "quý", "khuỷu", "thuở") is written one way. Either is right; one document should keep to one.
 */

/** 'second': the mark on a/e/y ("hoá", "uỷ"); 'first': on o/u ("hóa", "ủy"). */
export type TonePlacement = 'first' | 'second';

/**
 * A marked o/u before a/e/y, or o/u before a marked a/e/y: where a differing syllable ends. Literal
 * classes without the u and i flags, so irregexp scans a paragraph at the speed of a plain search.
 */
const GLIDE_VOWEL = /[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]|[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/g;
/** GLIDE_VOWEL at one place (sticky: set lastIndex): the word reading's test at a word's end. */
const GLIDE_VOWEL_HERE = new RegExp(GLIDE_VOWEL.source, 'y');

/**
 * Whether the two units before `end` are a pair of GLIDE_VOWEL. placedWords reads only pairs that
 * end a word (no unit of a word follows), so a paragraph none of whose words ends so holds none.
 */
export function endsWithGlidePair(text: string, end: number): boolean {
  if (end < 2) return false;
  GLIDE_VOWEL_HERE.lastIndex = end - 2;
  return GLIDE_VOWEL_HERE.test(text);
}
/** Whether unit `i` of `text` belongs to a word (letters, marks, digits), by fold.ts's table. */
function inWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= FOLD_WORD.TABLE_END || foldWordTable()[c] !== FOLD_WORD.BREAK;
}

/** A syllable of `text` that the two conventions write differently, and where it is. */
export interface PlacedWord extends Placed {
  word: string;
  start: number;
  end: number;
}

/** Every syllable of `text` that the two conventions write differently ("hoá", "Ủy", "KHOÁ"). */
export function placedWords(text: string): PlacedWord[] {
  const found: PlacedWord[] = [];
  GLIDE_VOWEL.lastIndex = 0;
  // test() and lastIndex, no match object: every match is two units long.
  while (GLIDE_VOWEL.test(text)) {
    const end = GLIDE_VOWEL.lastIndex;
    const index = end - 2;
    if (end < text.length && inWord(text, end)) continue; // "hoàn", "khuỷu"
    let start = index;
    while (start > 0 && index - start < 3 && inWord(text, start - 1)) start--;
    if (start > 0 && inWord(text, start - 1)) continue; // no onset is that long
    const word = text.slice(start, end);
    const placed = tonePlacement(word.toLowerCase());
    if (placed) found.push({ placement: placed.placement, other: placed.other, word, start, end });
  }
  return found;
}

// NFD: onset, then o/u with its mark or a/e/y with its mark. "qu" is an onset whose u carries no mark.
const SHAPE =
  /^([a-zđ]*)([ou])([\u0300\u0301\u0303\u0309\u0323]?)([aey])([\u0300\u0301\u0303\u0309\u0323]?)$/u;
// biome-ignore format: one row
const ONSETS = new Set(['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p', 'ph', 'r', 's', 't', 'th', 'tr', 'v', 'x']);
const PAIRS = new Set(['oa', 'oe', 'uy']);

export interface Placed {
  placement: TonePlacement;
  /** The same syllable, lower case, with the mark on the other vowel. */
  other: string;
}

const CACHE = new Map<string, Placed | null>();

/** How a lower-case syllable places its tone mark, or null when both conventions write it alike. */
export function tonePlacement(lower: string): Placed | null {
  const cached = CACHE.get(lower);
  if (cached !== undefined) return cached;
  const result = classify(lower);
  if (CACHE.size < 4096) CACHE.set(lower, result);
  return result;
}

function classify(lower: string): Placed | null {
  const m = SHAPE.exec(lower.normalize('NFD'));
  if (!m) return null;
  const [, onset = '', glide = '', firstMark = '', vowel = '', secondMark = ''] = m;
  if (!ONSETS.has(onset) || !PAIRS.has(glide + vowel)) return null;
  if ((firstMark === '') === (secondMark === '')) return null; // no tone, or two
  const mark = firstMark || secondMark;
  if (firstMark) return { placement: 'first', other: `${onset}${glide}${vowel}${mark}`.normalize('NFC') };
  return { placement: 'second', other: `${onset}${glide}${mark}${vowel}`.normalize('NFC') };
}
