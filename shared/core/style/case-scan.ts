import type { WordPass } from '../text/word-pass.ts';
import {
  capitalStartsByLoop,
  hashUnits,
  isLetterCode,
  slotOf,
  UNIT,
  unitClasses,
} from '../text/word-units.ts';
import type { ProseBlock } from './prose-index.ts';

export {
  leadAt,
  type ProseBlock,
  type ProseIndex,
  proseBlockAt,
  proseBlocks,
  proseIndex,
  proseInfo,
  skipMark,
} from './prose-index.ts';
export { capitalStartsByLoop, isLetterCode };

/** The n-th capitalised word of a block (from ≤ n < to) in lower case, as capitalStartsByLoop finds them. */
export function headOf(block: ProseBlock, n: number): string {
  const i = block.pass.capAt[n] as number;
  return block.text.slice(i, wordEnd(block.text, i)).toLowerCase();
}

/**
 * Words by the hash of each (hashUnits): what the capitalised words are looked up in. `bits` has the
 * slot (slotOf) of each hash set: one read of it passes over most words before the map is asked.
 */
export interface HashedWords {
  readonly lists: ReadonlyMap<number, readonly string[]>;
  readonly bits: Uint8Array;
}

/** The words of a list by their hashes. */
export function hashedWords(words: Iterable<string>): HashedWords {
  const lists = new Map<number, string[]>();
  for (const w of words) {
    const h = hashUnits(w);
    lists.set(h, [...(lists.get(h) ?? []), w]);
  }
  const bits = new Uint8Array(0x10000);
  for (const h of lists.keys()) bits[slotOf(h)] = 1;
  return { lists, bits };
}

/** False when the word of hash `h` is surely none of `words` (its slot is unset). */
export const mayBeHashed = (words: HashedWords, h: number): boolean => words.bits[slotOf(h)] === 1;

/**
 * headOf(block, n) when it is one of `words`, else undefined: the hash finds the candidates, and the
 * letters are compared in place, no string made (the definition, headOf, for a letter whose lower
 * case the table does not give: "İ").
 */
export function listedHead(block: ProseBlock, n: number, words: HashedWords): string | undefined {
  return listedHeadIn(block.text, block.pass, n, words);
}

/** listedHead of the n-th capitalised word of `pass`, in its paragraph's text. */
export function listedHeadIn(
  text: string,
  pass: WordPass,
  n: number,
  words: HashedWords,
): string | undefined {
  const h = pass.capHash[n] as number;
  if (words.bits[slotOf(h)] === 0) return undefined;
  const list = words.lists.get(h);
  if (list === undefined) return undefined;
  const i = pass.capAt[n] as number;
  const t = unitClasses();
  for (const w of list) {
    let same = true;
    for (let j = 0; j < w.length && same; j++) {
      const x = t[text.charCodeAt(i + j)] as number;
      if ((x & UNIT.ODD) !== 0) {
        const head = text.slice(i, wordEnd(text, i)).toLowerCase(); // headOf
        return list.includes(head) ? head : undefined;
      }
      same = (x & UNIT.LETTER) !== 0 && (x & UNIT.LOW) === w.charCodeAt(j);
    }
    if (same && !isLetterCode(text.charCodeAt(i + w.length))) return w;
  }
  return undefined;
}

// Regexes made once: a literal in a function is a new object at every call.
const CLAUSE_DASH = /(?:^|[\s:;.])\S?$/u;

/** Characters after which a capital opens a sentence, a clause of a list, or a quoted title. */
const OPENERS = '.:;!?…\t';
const SKIPPED = ' \u00a0“"‘\'«([';
/** A quoted title opens with a capital ("“Giỏi việc nước, đảm việc nhà”"); a bracket does not. */
const QUOTES = '“"‘\'«';
const units = (list: string) => new Set([...list].map((c) => c.charCodeAt(0)));
const [OPENER_UNITS, SKIPPED_UNITS, QUOTE_UNITS] = [units(OPENERS), units(SKIPPED), units(QUOTES)];

/**
 * Whether a capital at `i` may be there for the sentence's sake (Phụ lục II, mục I): at the start of
 * the paragraph's words, after a full stop, colon, semicolon, "!", "?", a tab (a table cell), or at the
 * start of a quoted part. Such a capital says nothing about the word itself.
 */
export function isFreeStart(text: string, i: number, lead: number): boolean {
  // Past the end, charAt gives "", which the lists' includes() took for a quote: free.
  if (i > text.length) return true;
  let j = i - 1;
  let opened = false;
  // By unit codes (the lists above, as sets): no one-character string a unit.
  while (j >= lead && SKIPPED_UNITS.has(text.charCodeAt(j))) {
    if (QUOTE_UNITS.has(text.charCodeAt(j))) opened = true;
    j--;
  }
  if (j < lead || opened) return true;
  if (OPENER_UNITS.has(text.charCodeAt(j))) return true;
  // By its code: charAt makes a string for a letter beyond Latin-1, as the unit here mostly is.
  const c = text.charCodeAt(j);
  // A dash that opens a clause: " - Nội dung", "1) Nội dung" inside a paragraph.
  // The pattern reads the last code point and the unit before it, or the start: on the last four
  // units of a longer text its "^" cannot match (two code points at least), so they answer alike.
  return (
    (c === 0x2d || c === 0x2013 || c === 0x2b || c === 0x29) && // - – + )
    CLAUSE_DASH.test(text.slice(Math.max(lead, j - 4), j))
  );
}

/** isUpperAt's answer for each UTF-16 unit met so far: 0 not asked yet, 1 upper case, 2 not. */
let upperSeen: Uint8Array | null = null;

/** Whether the character at `i` is an upper-case letter: it differs from its lower case. */
export function isUpperAt(text: string, i: number): boolean {
  // ASCII by its code; any other unit's answer is worked out once (a one-letter string and its lower
  // case a call made most of a check's short-lived strings) and remembered.
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 65 && code <= 90;
  if (Number.isNaN(code)) return false; // past the end: charAt gives "", its own lower case
  upperSeen ??= new Uint8Array(0x10000);
  let seen = upperSeen[code] as number;
  if (seen === 0) {
    const c = String.fromCharCode(code);
    seen = c !== c.toLowerCase() ? 1 : 2;
    upperSeen[code] = seen;
  }
  return seen === 1;
}

/** The text with the letter at `i` in the case `upper` asks for. */
export function withCaseAt(text: string, i: number, upper: boolean): string {
  const c = text.charAt(i);
  return text.slice(0, i) + (upper ? c.toUpperCase() : c.toLowerCase()) + text.slice(i + 1);
}

/** The end of the word that starts at `i`. */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetterCode(text.charCodeAt(j))) j++;
  return j;
}

/** The word after the one ending at `end`, when one space (or a comma and a space) parts them. */
export function nextWord(text: string, end: number): { start: number; end: number; comma: boolean } | null {
  let j = end;
  const comma = text.charAt(j) === ',';
  if (comma) j++;
  const c = text.charCodeAt(j);
  if (c !== 0x20 && c !== 0xa0) return null;
  if (!isLetterCode(text.charCodeAt(j + 1))) return null;
  return { start: j + 1, end: wordEnd(text, j + 1), comma };
}

/** The word before the one starting at `i`, when one space (or a comma and a space) parts them. */
export function previousWord(text: string, i: number): { start: number; end: number; comma: boolean } | null {
  const c = text.charCodeAt(i - 1);
  if (c !== 0x20 && c !== 0xa0) return null;
  let end = i - 1;
  const comma = text.charCodeAt(end - 1) === 0x2c; // ",", by its code: no string of the letter before
  if (comma) end--;
  let start = end;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return start < end ? { start, end, comma } : null;
}
