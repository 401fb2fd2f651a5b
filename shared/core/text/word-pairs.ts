import { inPairs, type Keys, nearFirst, nearSecond, pair } from './word-scan-keys.ts';

/**
 * What word-scan.ts's reading asks of two joined words (the word before, hash e1, and the word,
 * hash exact): whether they are a listed word, and whether they are one slip from one. Both follow
 * from the two words alone, so the answer is kept for the next time the pair is written: a report
 * writes the same few thousand pairs again and again, and each first asking costs a fold of both
 * words and up to five set lookups.
 */

/** Bits of pairReading's answer: LISTED, NEAR (see pairReading); KNOWN is always set. */
export const PAIR = { LISTED: 1, NEAR: 2, KNOWN: 4 } as const;

/**
 * The definition: LISTED when the pair is a listed word (both words must be listed syllables,
 * asFirst and asSecond); NEAR when the word is one slip from the second syllable of a listed word
 * starting with the word before (asFirst), or the word before is one slip from the first syllable of
 * a listed word ending with the word (asSecond). The word is text[start, end), the one before
 * text[before, beforeEnd); asFirst, asSecond: Keys.info of e1 has FIRST, of exact has SECOND.
 */
export function pairReading(
  k: Keys,
  e1: number,
  exact: number,
  asFirst: boolean,
  asSecond: boolean,
  text: string,
  start: number,
  end: number,
  before: number,
  beforeEnd: number,
): number {
  let bits: number = PAIR.KNOWN;
  if (asFirst && asSecond && inPairs(k, k.exactPairs, pair(e1, exact))) bits |= PAIR.LISTED;
  if (
    (asFirst && nearSecond(k, e1, text, start, end)) ||
    (asSecond && nearFirst(k, exact, text, before, beforeEnd))
  )
    bits |= PAIR.NEAR;
  return bits;
}

/**
 * The answers seen, one slot per low bits of pair(e1, exact), four numbers a slot side by side (one
 * read of memory): the two hashes it was for, the answer (0: none yet) and a spare (a slot holds the
 * last pair that fell there). Two words with one hash are one word here, as they are everywhere in
 * the reading; no other answer differs from pairReading's.
 */
export const PAIR_CACHE_MASK = 0xfff;
export const pairCache = new Int32Array((PAIR_CACHE_MASK + 1) * 4);

/** pairReading, from the cache when the pair was read before. */
export function cachedPairReading(
  k: Keys,
  e1: number,
  exact: number,
  asFirst: boolean,
  asSecond: boolean,
  text: string,
  start: number,
  end: number,
  before: number,
  beforeEnd: number,
): number {
  const c = pairCache;
  const at = (pair(e1, exact) & PAIR_CACHE_MASK) << 2;
  const known = c[at + 2] as number;
  if (known !== 0 && c[at] === e1 && c[at + 1] === exact) return known;
  const bits = pairReading(k, e1, exact, asFirst, asSecond, text, start, end, before, beforeEnd);
  c[at] = e1;
  c[at + 1] = exact;
  c[at + 2] = bits;
  return bits;
}
