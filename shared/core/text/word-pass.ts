import { capitalStartsByLoop, FNV, hashUnits, isLetterCode, mix, slotOf } from './word-units.ts';

/** What the shared word reading (word-scan.ts) gives for a list of paragraphs, and where it puts it. */

/**
 * Bits of word-scan.ts's scanParagraph's answer: the precise readings a paragraph needs (REPEAT, SPELLING: see
 * scanParagraph), and of the reading's: PLACED when a word ends with a pair of GLIDE_VOWEL
 * (tone-placement.ts: placedWords finds nothing in the other paragraphs); SMALL, ASCII_SMALL,
 * QUOTE when the paragraph holds a unit of UNIT.SMALL, UNIT.ASCII_SMALL, UNIT.QUOTE; NAY when a word
 * starts with "này" (every " này" does: ten-loai-tu-dan's self-references); NAME_HEAD when a word of
 * lower-case letters may be one of name-heads.ts's words (by its hash), or the paragraph is odd;
 * UNTONED when syllable-grammar.ts's MAY_HOLD may match (untoned-gate.ts), or the paragraph is odd.
 */
export const SCAN = {
  REPEAT: 1,
  SPELLING: 2,
  PLACED: 4,
  SMALL: 8,
  ASCII_SMALL: 16,
  QUOTE: 32,
  NAY: 64,
  NAME_HEAD: 128,
  UNTONED: 256,
} as const;
/** What the reading gives for a list of paragraphs. */
export interface WordPass {
  /** SCAN bits of each paragraph (scanParagraph's, and PLACED). */
  flags: Uint16Array;
  /**
   * Paragraph b's words that begin with a capital (style/case-scan.ts's capitalStartsByLoop): where
   * each starts, capAt[n], and the hash (hashUnits) of the word in lower case, capHash[n], for n from
   * capFrom[b] to capFrom[b + 1] - 1.
   */
  capFrom: Int32Array;
  capAt: Int32Array;
  capHash: Int32Array;
  /**
   * A bitmap (one bit a slot, slotOf) with the slot of every word written in lower case
   * (style/lower-words.ts's runs) set: see mayBeWrittenHash.
   */
  written: Int32Array;
  /**
   * For each paragraph, bit (h & 31) set for the hash h (hashUnits) of each of its words of
   * lower-case letters only (style/lower-words.ts's runs); every bit for an odd paragraph. A paragraph
   * without a word's bit does not hold the word.
   */
  lowerBits: Int32Array;
  /**
   * 1 for a paragraph the loop could not read as the capital and lower-case readings do (a word with
   * a digit and a capital, "İ", "×"): its capitals and written words came from their definitions.
   */
  odd: Uint8Array;
}

/**
 * Whether the lower-case word of this hash may be written in lower case somewhere (false: surely
 * not), as style/lower-words.ts's mayBeWritten tells for the word itself.
 */
export function mayBeWrittenHash(pass: WordPass, hash: number): boolean {
  const slot = slotOf(hash);
  return ((pass.written[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
}

/** Where the reading puts capitals and written words; the arrays grow as needed. */
export class Sink {
  at = new Int32Array(256);
  hash = new Int32Array(256);
  count = 0;
  written = new Int32Array(0x800);
  write(hash: number): void {
    const slot = slotOf(hash);
    this.written[slot >>> 5] = (this.written[slot >>> 5] as number) | (1 << (slot & 31));
  }
  capital(at: number, hash: number): void {
    if (this.count === this.at.length) {
      const at2 = new Int32Array(this.count * 2);
      const hash2 = new Int32Array(this.count * 2);
      at2.set(this.at);
      hash2.set(this.hash);
      this.at = at2;
      this.hash = hash2;
    }
    this.at[this.count] = at;
    this.hash[this.count] = hash;
    this.count++;
  }
  /** Whether the last paragraph read was odd (WordPass.odd), and its WordPass.lowerBits. */
  odd = false;
  lowerBits = 0;
  /** Room for the capitals of `units` UTF-16 units (one in 32 units at first). */
  expect(units: number): void {
    this.at = new Int32Array(Math.max(256, units >> 5));
    this.hash = new Int32Array(this.at.length);
  }
}

/** The capitals and lower-case words of a paragraph the loop cannot read, by their definitions. */
export function readOddly(text: string, sink: Sink, from: number): void {
  sink.count = from;
  for (const i of capitalStartsByLoop(text)) {
    let end = i;
    while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
    const head = text.slice(i, end).toLowerCase();
    const hash = hashUnits(head);
    sink.capital(i, hash);
    // A word with a unit outside lower-words' runs may always be written (as mayBeWritten said).
    if (/[^A-Za-z\u00C0-\u1EF9]/u.test(head)) sink.write(hash);
  }
  // Every run of lower-words' units (style/lower-words.ts), hashed as written.
  let h = FNV;
  let run = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x1ef9)) {
      h = mix(run ? h : FNV, c);
      run = true;
    } else if (run) {
      sink.write(h);
      run = false;
    }
  }
}
