import type { WordPass } from '../text/word-pass.ts';
import { FNV, mix, slotOf, UNIT, unitClasses } from '../text/word-units.ts';
import { type ProseIndex, proseInfo, wordEnd } from './case-scan.ts';

/**
 * Where case-consistency.ts looks for the lower-case occurrences of a word whose capitalised
 * occurrences all have keys of two kinds (case-key-kind.ts): after the same capitalised word ("Ban
 * Chỉ đạo"/"Ban chỉ đạo": the word before is one of the shared reading's capitals) and before a
 * comma ("Bộ, ngành"/"bộ, ngành": the word and the comma, by indexOf). No other occurrence can have
 * such a key, so no other paragraph is read; the places found are then tested as before (keyAt).
 */

/** The words (by their hash, hashUnits) whose capitals all have such keys, and what to look for. */
export interface FastWord {
  /** The word, made only when it has ENUMERATION keys (the text searched is `${word},`). */
  word: string | null;
  /** The hashes of the capitalised words before it in its NAMED keys. */
  anchors: number[];
  /** The places found: paragraph (ProseIndex order) and start, in the order of the text. */
  found: number[];
}

/** Whether a unit is one of lower-words.ts's run letters ([A-Za-z\u00C0-\u1EF9]). */
const isRunCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x1ef9);

/** Fills each word's `found`, paragraph by paragraph. */
export function findLower(prose: ProseIndex, words: ReadonlyMap<number, FastWord>): void {
  const { pass } = prose;
  const anchors = new Uint8Array(0x10000);
  let anchored = 0; // the bits (below) of the words found after anchors
  const searched: FastWord[] = [];
  const literals: string[] = [];
  const masks: number[] = [];
  const t = unitClasses();
  for (const [h, w] of words) {
    // A paragraph whose lower-case words' bits lack the word's holds it nowhere (WordPass.lowerBits),
    // when the word's units are their own lower case (else every paragraph is read).
    const word = w.word;
    const lowerOnly =
      word !== null && [...word].every((c) => ((t[c.charCodeAt(0)] as number) & UNIT.LOWER) !== 0);
    const bit = lowerOnly ? 1 << (h & 31) : -1;
    for (const a of w.anchors) anchors[slotOf(a)] = 1;
    if (w.anchors.length > 0) anchored |= bit;
    if (word === null) continue;
    searched.push(w);
    literals.push(`${word},`);
    masks.push(bit);
  }
  for (let k = 0; k < prose.count; k++) {
    const info = proseInfo(prose, k);
    const bits = pass.lowerBits[info.index] as number;
    if ((bits & anchored) !== 0) afterAnchors(info.text, pass, info.index, anchors, words, k);
    for (let j = 0; j < searched.length; j++) {
      if ((bits & (masks[j] as number)) === 0) continue;
      const text = info.text;
      const literal = literals[j] as string;
      for (let p = text.indexOf(literal); p >= 0; p = text.indexOf(literal, p + 1))
        if (p === 0 || !isRunCode(text.charCodeAt(p - 1))) (searched[j] as FastWord).found.push(k, p);
    }
  }
  // Found by both searches: put in the order of the text, each place once.
  for (const w of words.values()) if (w.anchors.length > 0 && w.word !== null) w.found = inOrder(w.found);
}

/** Pairs (paragraph, start) sorted, each once. */
export function inOrder(found: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let j = 0; j < found.length; j += 2) pairs.push([found[j] as number, found[j + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  for (const [k, p] of pairs) if (out.at(-2) !== k || out.at(-1) !== p) out.push(k, p);
  return out;
}

/** The words right after a capitalised anchor ("Ban" in "Ban chỉ đạo"), one space between. */
function afterAnchors(
  text: string,
  pass: WordPass,
  index: number,
  anchors: Uint8Array,
  words: ReadonlyMap<number, FastWord>,
  k: number,
): void {
  const to = pass.capFrom[index + 1] as number;
  for (let n = pass.capFrom[index] as number; n < to; n++) {
    const a = pass.capHash[n] as number;
    if (anchors[slotOf(a)] !== 1) continue;
    const e = wordEnd(text, pass.capAt[n] as number);
    const s = text.charCodeAt(e);
    if (s !== 0x20 && s !== 0xa0) continue;
    let h = FNV;
    let q = e + 1;
    for (; q < text.length && isRunCode(text.charCodeAt(q)); q++) h = mix(h, text.charCodeAt(q));
    const w = words.get(h);
    if (w?.anchors.includes(a) && q > e + 1) w.found.push(k, e + 1);
  }
}
