import { FOLD_WORD, foldWordTable } from './fold.ts';
import { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';
import {
  CONSONANT,
  FNV,
  type Keys,
  keysOf,
  mix,
  PAIR_MASK,
  pair,
  TABLE_END,
  tables,
} from './word-scan-keys.ts';

/**
 * One pass over a paragraph's UTF-16 units, no regex and no word objects, that tells whether the
 * spelling rules must read it at all: lap-tu and chinh-ta cut words (word-tokens.ts) only where this
 * scan sees a candidate, so the cost over a long report is one loop per paragraph. Words are hashed
 * as they are read (lower case; folded; lower case without the leading consonants, tone kept: an onset
 * slip keeps the rest of the syllable); a hash collision only
 * sends a paragraph to the precise reading, or at worst skips a pair that is a listed word.
 */

/** Bits of scanParagraph's answer. */
export const SCAN = { REPEAT: 1, SPELLING: 2 } as const;

/**
 * Which precise readings a paragraph needs: SCAN.REPEAT when a word or a two-word phrase follows
 * itself, SCAN.SPELLING when a pair is near a listed word without being one, a lower-case word with a
 * tone mark is no syllable, or "so", "nhân", "đề", "đê" may start a fixed-phrase slip. 0 for most.
 */
export function scanParagraph(text: string): number {
  const { lower: low, toned: tone } = tables();
  const codes = foldWordTable();
  const k = keysOf();
  let flags = 0;
  // The last three words: exact, fold and rhyme hashes, and whether only spaces came before each.
  let e1 = 0;
  let e2 = 0;
  let e3 = 0;
  let s1 = 0; // where the last word starts and ends: its folded hashes are read only when needed
  let t1 = 0;
  let j1 = false;
  let j2 = false;
  let taken1 = false; // the last word makes a listed word with the one before it (spelling-slips.ts)
  let pending = false; // the last pair is near a listed word, unless the next word makes one with it
  let gapSpaces = false;
  let start = -1;
  let exact = FNV;
  let nonAscii = false;
  let hasTone = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const f = c < TABLE_END ? (codes[c] as number) : FOLD_WORD.MANY;
    if (f >= 0 || f === FOLD_WORD.SKIP || f === FOLD_WORD.MANY) {
      if (start < 0) {
        start = i;
        exact = FNV;
        nonAscii = hasTone = false;
      }
      if (c < 0x80) exact = mix(exact, low[c] as number);
      else {
        nonAscii = true;
        if (c < TABLE_END) {
          exact = mix(exact, low[c] as number);
          if (tone[c] === 1) hasTone = true;
        } else exact = mix(exact, c);
      }
      continue;
    }
    if (start >= 0) {
      const joined = gapSpaces && e1 !== 0;
      // Bitmaps of the listed first and second syllables spare most words every set lookup.
      const asFirst = joined && k.firstBits[e1 & 0xffff] === 1;
      const asSecond = joined && k.secondBits[exact & 0xffff] === 1;
      const listed = asFirst && asSecond && inPairs(k, k.exactPairs, pair(e1, exact));
      // A near-miss pair followed by a listed word starting at its second syllable is two words.
      if (pending && !listed) flags |= SCAN.SPELLING;
      pending = false;
      let taken = false;
      if (joined) {
        if (exact === e1 || (j1 && j2 && exact === e2 && e1 === e3)) flags |= SCAN.REPEAT;
        taken = listed && !taken1;
        // Near a listed word without being one, and its first syllable not taken by the word before.
        pending =
          !listed &&
          !taken1 &&
          ((asFirst && nearSecond(k, e1, text, start, i)) || (asSecond && nearFirst(k, exact, text, s1, t1)));
        if (fixedPhrase(k, e1, e2, exact, j1, text.charCodeAt(start))) flags |= SCAN.SPELLING;
      }
      if (
        nonAscii &&
        hasTone &&
        low[text.charCodeAt(start)] === text.charCodeAt(start) &&
        !valid(text, start, i, exact, k)
      )
        flags |= SCAN.SPELLING;
      if (flags === (SCAN.REPEAT | SCAN.SPELLING)) return flags;
      e3 = e2;
      e2 = e1;
      e1 = exact;
      s1 = start;
      t1 = i;
      j2 = j1;
      j1 = joined;
      taken1 = taken;
      start = -1;
      gapSpaces = true;
    }
    if (c !== 0x20 && c !== 0xa0) gapSpaces = false;
  }
  return pending ? flags | SCAN.SPELLING : flags;
}

/** set.has(key), after the bitmap of all pair keys has said it may be there (the same answer, sooner). */
function inPairs(k: Keys, set: Set<number>, key: number): boolean {
  return k.pairBits[key & PAIR_MASK] === 1 && set.has(key);
}

let foldHash = 0;
let rhymeHash = 0;

/** The folded hash of text[start, end) and its hash without the leading consonants (see hashWord). */
function foldAndRhyme(text: string, start: number, end: number): void {
  const codes = foldWordTable();
  const { lower: low } = tables();
  let fold = FNV;
  let rhyme = FNV;
  let onset = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_END ? (codes[c] as number) : -1;
    if (f < 0) continue;
    fold = mix(fold, f);
    if (onset && f < 128 && CONSONANT[f] === 1) continue;
    onset = false;
    rhyme = mix(rhyme, low[c] as number);
  }
  foldHash = fold;
  rhymeHash = rhyme;
}

/** Whether the word at [start, end) is one slip from the second syllable of a word starting `first`. */
function nearSecond(k: Keys, first: number, text: string, start: number, end: number): boolean {
  foldAndRhyme(text, start, end);
  return inPairs(k, k.foldSecond, pair(first, foldHash)) || inPairs(k, k.rhymeSecond, pair(first, rhymeHash));
}

/** Whether the word at [start, end) is one slip from the first syllable of a word ending `second`. */
function nearFirst(k: Keys, second: number, text: string, start: number, end: number): boolean {
  foldAndRhyme(text, start, end);
  return inPairs(k, k.foldFirst, pair(foldHash, second)) || inPairs(k, k.rhymeFirst, pair(rhymeHash, second));
}

/** "so" before a number, "ban/đồng nhân" not before "dân", "đề/đê" before a work verb (see fixed-phrase-slips.ts). */
function fixedPhrase(k: Keys, e1: number, e2: number, exact: number, j1: boolean, first: number): boolean {
  const w = k.word;
  if (e1 === w.so) return first >= 0x30 && first <= 0x39;
  if (e1 === w.nhan) return j1 && (e2 === w.ban || e2 === w.dong) && exact !== w.dan;
  return j1 && (e2 === w.de || e2 === w.dee) && k.verbPairs.has(pair(e1, exact));
}

/** Whether a lower-case toned word is a syllable with no digit inside; cached by its hash. */
function valid(text: string, start: number, end: number, hash: number, k: Keys): boolean {
  const bit = k.validBits[hash & 0xffff];
  if (bit === 1) return true; // a word sharing these bits may hide a slip: a miss, never a false finding
  let ok = bit === 2 ? k.validity.get(hash) : undefined;
  if (ok === undefined) {
    ok = looksLikeVietnameseSyllable(text.slice(start, end).toLowerCase());
    if (k.validity.size < 16384) k.validity.set(hash, ok);
    k.validBits[hash & 0xffff] = ok && bit === 0 ? 1 : 2;
  }
  return ok;
}

// Keyed by the list of paragraphs (an analysis's blocks): one typed array a check, where a WeakMap
// entry a paragraph cost more than the scan's own set lookups (and garbage for the collector).
const CACHE = new WeakMap<readonly unknown[], Int8Array>();

/** scanParagraph(blocks[index].text), once per list of paragraphs and index. */
export function cachedScan(blocks: readonly { readonly text: string }[], index: number): number {
  let flags = CACHE.get(blocks);
  if (!flags) {
    flags = new Int8Array(blocks.length).fill(-1);
    CACHE.set(blocks, flags);
  }
  let f = flags[index] as number;
  if (f < 0) {
    f = scanParagraph((blocks[index] as { readonly text: string }).text);
    flags[index] = f;
  }
  return f;
}
