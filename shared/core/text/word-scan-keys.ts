import { foldWordTable } from './fold.ts';
import { GENRE_VERBS, GENRE_WORDS } from './genre-words.ts';
import { tonePlacement } from './tone-placement.ts';
import { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';
import { FNV, mix, TABLE_END, tables } from './word-units.ts';

/** Hashed keys of the listed words for word-scan.ts, built once on first use, and their lookups. */

export const pair = (a: number, b: number) => Math.imul(a, 0x9e3779b1) ^ b;
// Folded consonants: the leading run of them is the onset as the near-miss test reads it.
export const CONSONANT = new Uint8Array(128);
for (const ch of 'bcdghklmnpqrstvx') CONSONANT[ch.charCodeAt(0)] = 1;

export interface WordHashes {
  exact: number;
  fold: number;
  rhyme: number;
}

/** The three hashes of a lower-case word, as scanParagraph computes them. */
export function hashWord(word: string): WordHashes {
  const { lower: low } = tables();
  const codes = foldWordTable();
  let exact = FNV;
  let fold = FNV;
  let rhyme = FNV;
  let onset = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    exact = mix(exact, low[c] as number);
    const f = codes[c] as number;
    if (f < 0) continue;
    fold = mix(fold, f);
    if (onset && f < 128 && CONSONANT[f] === 1) continue;
    onset = false;
    rhyme = mix(rhyme, low[c] as number);
  }
  return { exact, fold, rhyme };
}

/**
 * Bits of Keys.info: FIRST, SECOND: some listed word starts or ends with a word of these hash bits;
 * SYLLABLE: a word of these bits was seen to be a syllable and no other was seen; SEEN_MIXED: words of
 * these bits were seen, look in Keys.validity; FIXED: "so", "nhân", "đề" or "đê" may have these bits
 * (fixedPhrase is false unless the word before, or the one before it, has them).
 */
export const WORD_INFO = { FIRST: 1, SECOND: 2, SYLLABLE: 4, SEEN_MIXED: 8, FIXED: 16 } as const;

/** The hashed keys scanParagraph looks up. */
export interface Keys {
  exactPairs: Set<number>;
  foldSecond: Set<number>;
  foldFirst: Set<number>;
  rhymeSecond: Set<number>;
  rhymeFirst: Set<number>;
  verbPairs: Set<number>;
  /**
   * Per low 16 bits of a word's hash, WORD_INFO bits: a listed first or second syllable may have
   * them, and whether the word was seen to be a syllable (one table: one memory read a word).
   */
  info: Uint8Array;
  /** A bit (hasPairBit) for every key in the five pair sets: most lookups end here, no hashing of a Set. */
  pairBits: Int32Array;
  /** "so", "đề", "đê", "nhân", "dân", "ban", "đồng". */
  word: Record<'so' | 'de' | 'dee' | 'nhan' | 'dan' | 'ban' | 'dong', number>;
  validity: Map<number, boolean>;
}
let keys: Keys | null = null;
/**
 * The low bits of a pair key that index Keys.pairBits, one bit a slot: 2^18 slots for a few thousand
 * keys, in 32 KB — a table that stays in the processor's cache, where a byte a slot (a megabyte for
 * the same answer) was read from memory at nearly every lookup.
 */
export const PAIR_MASK = 0x3ffff;

/** Whether Keys.pairBits has the slot of `key` (set.has(key) may be true only then). */
export function hasPairBit(k: Keys, key: number): boolean {
  const slot = key & PAIR_MASK;
  return (((k.pairBits[slot >>> 5] as number) >>> (slot & 31)) & 1) === 1;
}

function setPairBit(k: Keys, key: number): void {
  const slot = key & PAIR_MASK;
  k.pairBits[slot >>> 5] = (k.pairBits[slot >>> 5] as number) | (1 << (slot & 31));
}

/** The listed words' pair keys, in both tone placements, built on first use. */
export function keysOf(): Keys {
  if (keys) return keys;
  const k: Keys = {
    exactPairs: new Set(),
    foldSecond: new Set(),
    foldFirst: new Set(),
    rhymeSecond: new Set(),
    rhymeFirst: new Set(),
    verbPairs: new Set(),
    info: new Uint8Array(0x10000),
    pairBits: new Int32Array((PAIR_MASK + 1) >>> 5),
    word: {
      so: hashWord('so').exact,
      de: hashWord('đề').exact,
      dee: hashWord('đê').exact,
      nhan: hashWord('nhân').exact,
      dan: hashWord('dân').exact,
      ban: hashWord('ban').exact,
      dong: hashWord('đồng').exact,
    },
    validity: new Map(),
  };
  for (const w of [k.word.so, k.word.nhan, k.word.de, k.word.dee])
    k.info[w & 0xffff] = (k.info[w & 0xffff] as number) | WORD_INFO.FIXED;
  for (const verb of GENRE_VERBS) {
    const [first = '', second = ''] = verb.split(' ');
    k.verbPairs.add(pair(hashWord(first).exact, hashWord(second).exact));
  }
  // Each syllable hashed once, and a placement that writes it the same way read once (it was four
  // times: the keys are the same).
  const hashes = new Map<string, WordHashes[]>();
  const both = (s: string): WordHashes[] => {
    let got = hashes.get(s);
    if (got) return got;
    const other = tonePlacement(s)?.other;
    got = other && other !== s ? [hashWord(s), hashWord(other)] : [hashWord(s)];
    hashes.set(s, got);
    return got;
  };
  for (const listed of GENRE_WORDS) {
    const [first = '', second = ''] = listed.split(' ');
    // A slip changes one syllable; the other is written as listed (in either tone placement).
    for (const a of both(first))
      for (const b of both(second)) {
        k.exactPairs.add(pair(a.exact, b.exact));
        k.info[a.exact & 0xffff] = (k.info[a.exact & 0xffff] as number) | WORD_INFO.FIRST;
        k.info[b.exact & 0xffff] = (k.info[b.exact & 0xffff] as number) | WORD_INFO.SECOND;
        k.foldSecond.add(pair(a.exact, b.fold));
        k.foldFirst.add(pair(a.fold, b.exact));
        k.rhymeSecond.add(pair(a.exact, b.rhyme));
        k.rhymeFirst.add(pair(a.rhyme, b.exact));
        setPairBit(k, pair(a.exact, b.exact));
        setPairBit(k, pair(a.exact, b.fold));
        setPairBit(k, pair(a.fold, b.exact));
        setPairBit(k, pair(a.exact, b.rhyme));
        setPairBit(k, pair(a.rhyme, b.exact));
      }
  }
  keys = k;
  return k;
}

/** set.has(key), after the bitmap of all pair keys has said it may be there (the same answer, sooner). */
export function inPairs(k: Keys, set: Set<number>, key: number): boolean {
  return hasPairBit(k, key) && set.has(key);
}

let foldHash = 0;
let rhymeHash = 0;
// The word they were read from: a word is read as the second of a pair, then as the first of the next.
let foldText = '';
let foldStart = -1;
let foldEnd = -1;

/** The folded hash of text[start, end) and its hash without the leading consonants (see hashWord). */
function foldAndRhyme(text: string, start: number, end: number): void {
  if (start === foldStart && end === foldEnd && text === foldText) return;
  foldText = text;
  foldStart = start;
  foldEnd = end;
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
export function nearSecond(k: Keys, first: number, text: string, start: number, end: number): boolean {
  foldAndRhyme(text, start, end);
  return inPairs(k, k.foldSecond, pair(first, foldHash)) || inPairs(k, k.rhymeSecond, pair(first, rhymeHash));
}

/** Whether the word at [start, end) is one slip from the first syllable of a word ending `second`. */
export function nearFirst(k: Keys, second: number, text: string, start: number, end: number): boolean {
  foldAndRhyme(text, start, end);
  return inPairs(k, k.foldFirst, pair(foldHash, second)) || inPairs(k, k.rhymeFirst, pair(rhymeHash, second));
}

/** "so" before a number, "ban/đồng nhân" not before "dân", "đề/đê" before a work verb (see fixed-phrase-slips.ts). */
export function fixedPhrase(
  k: Keys,
  e1: number,
  e2: number,
  exact: number,
  j1: boolean,
  first: number,
): boolean {
  const w = k.word;
  if (e1 === w.so) return first >= 0x30 && first <= 0x39;
  if (e1 === w.nhan) return j1 && (e2 === w.ban || e2 === w.dong) && exact !== w.dan;
  return j1 && (e2 === w.de || e2 === w.dee) && k.verbPairs.has(pair(e1, exact));
}

/**
 * Whether a lower-case toned word is a syllable with no digit inside; cached by its hash. The caller
 * has seen WORD_INFO.SYLLABLE unset: a word sharing those bits may hide a slip (a miss, never a false
 * finding).
 */
export function valid(text: string, start: number, end: number, hash: number, k: Keys): boolean {
  const slot = hash & 0xffff;
  const info = k.info[slot] as number;
  let ok = (info & WORD_INFO.SEEN_MIXED) !== 0 ? k.validity.get(hash) : undefined;
  if (ok === undefined) {
    ok = looksLikeVietnameseSyllable(text.slice(start, end).toLowerCase());
    if (k.validity.size < 16384) k.validity.set(hash, ok);
    const seen = (info & WORD_INFO.SEEN_MIXED) !== 0;
    k.info[slot] = info | (ok && !seen ? WORD_INFO.SYLLABLE : WORD_INFO.SEEN_MIXED);
  }
  return ok;
}
