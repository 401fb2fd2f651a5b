import { FOLD_WORD, foldWordTable } from './fold.ts';
import { GENRE_VERBS, GENRE_WORDS } from './genre-words.ts';
import { tonePlacement } from './tone-placement.ts';

/** Tables and hashed keys of the listed words for word-scan.ts, built once on first use. */

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

/**
 * FNV-1a: start, one unit, and two hashes into one. Signed 32-bit (the same bits as unsigned): a
 * hash in a variable of the scan loop stays a small integer more often than an unsigned one, which
 * V8 boxes as a heap number whenever it is 2^31 or more.
 */
export const FNV = 0x811c9dc5 | 0;
export const mix = (h: number, c: number) => Math.imul(h ^ c, 16777619);
export const pair = (a: number, b: number) => Math.imul(a, 0x9e3779b1) ^ b;
// Folded consonants: the leading run of them is the onset as the near-miss test reads it.
export const CONSONANT = new Uint8Array(128);
for (const ch of 'bcdghklmnpqrstvx') CONSONANT[ch.charCodeAt(0)] = 1;

interface WordHashes {
  exact: number;
  fold: number;
  rhyme: number;
}

/** The three hashes of a lower-case word, as scanParagraph computes them. */
function hashWord(word: string): WordHashes {
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

/** The hashed keys scanParagraph looks up. */
export interface Keys {
  exactPairs: Set<number>;
  foldSecond: Set<number>;
  foldFirst: Set<number>;
  rhymeSecond: Set<number>;
  rhymeFirst: Set<number>;
  verbPairs: Set<number>;
  firstBits: Uint8Array;
  secondBits: Uint8Array;
  /** 1 at the low PAIR_BITS bits of every key in the five pair sets: most lookups end here, no hashing of a Set. */
  pairBits: Uint8Array;
  /** Per low 16 bits of a word's hash: 0 not seen, 1 a syllable, 2 look in `validity`. */
  validBits: Uint8Array;
  /** "so", "đề", "đê", "nhân", "dân", "ban", "đồng". */
  word: Record<'so' | 'de' | 'dee' | 'nhan' | 'dan' | 'ban' | 'dong', number>;
  validity: Map<number, boolean>;
}
let keys: Keys | null = null;
/** The low bits of a pair key that index Keys.pairBits (a million slots for a few thousand keys). */
export const PAIR_MASK = 0xfffff;

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
    firstBits: new Uint8Array(0x10000),
    secondBits: new Uint8Array(0x10000),
    pairBits: new Uint8Array(PAIR_MASK + 1),
    validBits: new Uint8Array(0x10000),
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
  for (const verb of GENRE_VERBS) {
    const [first = '', second = ''] = verb.split(' ');
    k.verbPairs.add(pair(hashWord(first).exact, hashWord(second).exact));
  }
  const both = (s: string) => [s, tonePlacement(s)?.other ?? s];
  for (const listed of GENRE_WORDS) {
    const [first = '', second = ''] = listed.split(' ');
    // A slip changes one syllable; the other is written as listed (in either tone placement).
    for (const f of both(first))
      for (const s of both(second)) {
        const a = hashWord(f);
        const b = hashWord(s);
        k.exactPairs.add(pair(a.exact, b.exact));
        k.firstBits[a.exact & 0xffff] = 1;
        k.secondBits[b.exact & 0xffff] = 1;
        k.foldSecond.add(pair(a.exact, b.fold));
        k.foldFirst.add(pair(a.fold, b.exact));
        k.rhymeSecond.add(pair(a.exact, b.rhyme));
        k.rhymeFirst.add(pair(a.rhyme, b.exact));
        for (const key of [
          pair(a.exact, b.exact),
          pair(a.exact, b.fold),
          pair(a.fold, b.exact),
          pair(a.exact, b.rhyme),
          pair(a.rhyme, b.exact),
        ])
          k.pairBits[key & PAIR_MASK] = 1;
      }
  }
  keys = k;
  return k;
}
