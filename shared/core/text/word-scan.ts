import { nameHeads } from './name-heads.ts';
import { endsWithGlidePair } from './tone-placement.ts';
import { readOddly, SCAN, Sink, type WordPass } from './word-pass.ts';

export { mayBeWrittenHash, SCAN, type WordPass } from './word-pass.ts';

import { isPlainVowel, mayHoldOnset, plainBeforeStop } from './untoned-gate.ts';
import { cachedPairReading, PAIR } from './word-pairs.ts';
import { fixedPhrase, keysOf, valid, WORD_INFO } from './word-scan-keys.ts';
import { FNV, mix, slotOf, TABLE_END, UNIT, unitClasses } from './word-units.ts';

/**
 * The one reading of every paragraph's words that the word rules share, computed once per check
 * (wordPass): a loop over the UTF-16 units, no regex, no string a word. It tells which paragraphs
 * the spelling rules must read at all (lap-tu and chinh-ta cut words, word-tokens.ts, only where it
 * sees a candidate), where the words that begin with a capital start and the hash of each in lower
 * case (the letter-case rules read only these), and which words the document writes in lower case.
 * Words are hashed as they are read (lower case; folded; lower case without the leading consonants,
 * tone kept: an onset slip keeps the rest of the syllable); a hash collision only sends a paragraph
 * to the precise reading, or at worst skips a pair that is a listed word.
 */

const SPELLING_READINGS = SCAN.REPEAT | SCAN.SPELLING;

/**
 * Which precise readings a paragraph needs: SCAN.REPEAT when a word or a two-word phrase follows
 * itself, SCAN.SPELLING when a pair is near a listed word without being one, a lower-case word with a
 * tone mark is no syllable, or "so", "nhân", "đề", "đê" may start a fixed-phrase slip. 0 for most.
 */
export function scanParagraph(text: string): number {
  return readParagraph(text, new Sink()) & SPELLING_READINGS;
}

/** scanParagraph, also writing the paragraph's capitals and lower-case words into `sink`. */
function readParagraph(text: string, sink: Sink): number {
  const t = unitClasses();
  const k = keysOf();
  const { mask: headMask, slots: headSlots } = nameHeads();
  const from = sink.count;
  let lowerBits = 0; // see WordPass.lowerBits
  let units = 0; // the UNIT bits of every unit of the paragraph, or-ed
  let flags = 0;
  // The last three words: exact hashes, and whether only spaces came before each.
  let e1 = 0;
  let e2 = 0;
  let e3 = 0;
  let i1 = 0; // the Keys.info of the last word, and of the one before it
  let i2 = 0;
  let s1 = 0; // where the last word starts and ends: its folded hashes are read only when needed
  let t1 = 0;
  let j1 = false;
  let j2 = false;
  let taken1 = false; // the last word makes a listed word with the one before it (spelling-slips.ts)
  let pending = false; // the last pair is near a listed word, unless the next word makes one with it
  let gapSpaces = false;
  let odd = false; // a word this loop does not read as the capital and lower-case readings do
  const length = text.length;
  const n = t[0x6e] as number; // "n" (no other unit has its bits)
  const written = sink.written;
  let i = 0;
  while (i < length) {
    let x = t[text.charCodeAt(i)] as number;
    if ((x & UNIT.WORD) === 0) {
      if ((x & UNIT.RUN) !== 0) odd = true; // "×", "÷": in lower-words' runs, not in words
      units |= x;
      const c = x & UNIT.LOW;
      if (c !== 0x20 && c !== 0xa0) gapSpaces = false;
      i++;
      continue;
    }
    const start = i;
    const first = x;
    let all = x;
    let any = x;
    let exact = mix(FNV, x & UNIT.LOW);
    let last = x; // the classes of the last unit and the one before
    let prev = 0;
    for (i++; i < length; i++) {
      x = t[text.charCodeAt(i)] as number;
      if ((x & UNIT.WORD) === 0) break;
      prev = last;
      last = x;
      exact = mix(exact, x & UNIT.LOW);
      all &= x;
      any |= x;
    }
    // A word of letters only (no digit, no "İ") is one run for every reading: the unit before it is
    // no letter, so only its first unit may open a capitalised word, and it ends where the letters do.
    if ((any & UNIT.CAPITAL) !== 0) {
      if ((all & UNIT.LETTER) === 0 || (any & UNIT.ODD) !== 0) odd = true;
      else if ((first & UNIT.CAPITAL) !== 0) sink.capital(start, exact);
    }
    if ((any & UNIT.RUN) !== 0) {
      if ((all & UNIT.RUN) === 0) odd = true;
      else {
        // Only a word's end can hold MAY_HOLD's vowel and stop here: the unit after it is no letter.
        // The last two units (in lower case) first: after a vowel with a mark, a stop ends most words.
        const z = last & UNIT.LOW;
        const y = prev & UNIT.LOW;
        if (
          (z === 0x68 ? y === 0x63 : (z === 0x74 || z === 0x63 || z === 0x70) && isPlainVowel(y)) &&
          plainBeforeStop(text, start, i)
        )
          flags |= SCAN.UNTONED;
        if ((all & UNIT.LOWER) !== 0) {
          const w = slotOf(exact); // sink.write(exact)
          written[w >>> 5] = (written[w >>> 5] as number) | (1 << (w & 31));
          lowerBits |= 1 << (exact & 31);
          // The heads' low hash bits first: most words end there, before the bitmap is read.
          const slot = (headMask >>> (exact & 31)) & 1 ? slotOf(exact) : -1;
          if (slot >= 0 && ((headSlots[slot >>> 5] as number) & (1 << (slot & 31))) !== 0)
            flags |= SCAN.NAME_HEAD;
        }
      }
    }
    units |= any;
    if ((any & UNIT.ONSET) !== 0 && mayHoldOnset(text, start, i)) flags |= SCAN.UNTONED;
    if (first === n && text.charCodeAt(start + 1) === 0xe0 && text.charCodeAt(start + 2) === 0x79)
      flags |= SCAN.NAY;
    const glide = any & (UNIT.GLIDE_O | UNIT.GLIDE_A | UNIT.GLIDE_TONE);
    // Only a word ending with the pair: "hoạt", "hoàn" hold one of each and no pair placedWords reads.
    if (
      glide === (UNIT.GLIDE_O | UNIT.GLIDE_A | UNIT.GLIDE_TONE) &&
      ((t[text.charCodeAt(i - 1)] as number) & UNIT.GLIDE_A) !== 0 && // a pair ends with a/e/y: "đoàn" ends here
      endsWithGlidePair(text, i)
    )
      flags |= SCAN.PLACED;
    if ((flags & SPELLING_READINGS) !== SPELLING_READINGS) {
      const joined = gapSpaces && e1 !== 0;
      // Bitmaps of the listed first and second syllables spare most words every set lookup.
      const info = k.info[exact & 0xffff] as number;
      const asFirst = joined && (i1 & WORD_INFO.FIRST) !== 0;
      const asSecond = joined && (info & WORD_INFO.SECOND) !== 0;
      const read =
        asFirst || asSecond ? cachedPairReading(k, e1, exact, asFirst, asSecond, text, start, i, s1, t1) : 0;
      const listed = (read & PAIR.LISTED) !== 0;
      // A near-miss pair followed by a listed word starting at its second syllable is two words.
      if (pending && !listed) flags |= SCAN.SPELLING;
      pending = false;
      let taken = false;
      if (joined) {
        if (exact === e1 || (j1 && j2 && exact === e2 && e1 === e3)) flags |= SCAN.REPEAT;
        taken = listed && !taken1;
        // Near a listed word without being one, and its first syllable not taken by the word before.
        pending = !listed && !taken1 && (read & PAIR.NEAR) !== 0;
        if (((i1 | i2) & WORD_INFO.FIXED) !== 0 && fixedPhrase(k, e1, e2, exact, j1, text.charCodeAt(start)))
          flags |= SCAN.SPELLING;
      }
      // A lower-case word with a tone mark (tables().lower covers the units below TABLE_END only).
      // (A LOWER unit is its own LOW.)
      const toned =
        (any & UNIT.WIDE) !== 0 &&
        (any & UNIT.TONE) !== 0 &&
        (first & UNIT.LOWER) !== 0 &&
        (first & UNIT.LOW) < TABLE_END;
      if (toned && (info & WORD_INFO.SYLLABLE) === 0 && !valid(text, start, i, exact, k))
        flags |= SCAN.SPELLING;
      i2 = i1;
      i1 = info;
      taken1 = taken;
      j2 = j1;
      j1 = joined;
    }
    e3 = e2;
    e2 = e1;
    e1 = exact;
    s1 = start;
    t1 = i;
    gapSpaces = true;
  }
  if (odd) {
    readOddly(text, sink, from);
    flags |= SCAN.NAME_HEAD | SCAN.UNTONED; // its words may not be read as the loop reads them
  }
  if ((units & UNIT.SMALL) !== 0) flags |= SCAN.SMALL;
  if ((units & UNIT.ASCII_SMALL) !== 0) flags |= SCAN.ASCII_SMALL;
  if ((units & UNIT.QUOTE) !== 0) flags |= SCAN.QUOTE;
  sink.odd = odd;
  sink.lowerBits = odd ? -1 : lowerBits;
  return pending ? flags | SCAN.SPELLING : flags;
}

// Keyed by the list of paragraphs (an analysis's blocks): one reading a check.
const CACHE = new WeakMap<readonly unknown[], WordPass>();

/** The reading of every paragraph of a list (an analysis's blocks), once per list. */
export function wordPass(blocks: readonly { readonly text: string }[]): WordPass {
  let pass = CACHE.get(blocks);
  if (pass) return pass;
  const sink = new Sink();
  let units = 0;
  for (const block of blocks) units += block.text.length;
  sink.expect(units);
  const flags = new Uint16Array(blocks.length);
  const capFrom = new Int32Array(blocks.length + 1);
  const lowerBits = new Int32Array(blocks.length);
  const odd = new Uint8Array(blocks.length);
  for (let b = 0; b < blocks.length; b++) {
    capFrom[b] = sink.count;
    flags[b] = readParagraph((blocks[b] as { readonly text: string }).text, sink);
    if (sink.odd) odd[b] = 1;
    lowerBits[b] = sink.lowerBits;
  }
  capFrom[blocks.length] = sink.count;
  const { at: capAt, hash: capHash, written } = sink;
  pass = { flags, capFrom, capAt, capHash, written, lowerBits, odd };
  CACHE.set(blocks, pass);
  return pass;
}

/** scanParagraph(blocks[index].text), from the list's reading. */
export function cachedScan(blocks: readonly { readonly text: string }[], index: number): number {
  return (wordPass(blocks).flags[index] as number) & SPELLING_READINGS;
}
