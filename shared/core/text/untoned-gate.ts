/**
 * The word reading's (word-scan.ts) parts of syllable-grammar.ts's MAY_HOLD, so that untonedSlips
 * runs on the paragraphs that may hold one (SCAN.UNTONED) and not on every paragraph: a word of
 * MAY_HOLD's letters (the loop reads it whole) may end with an unmarked vowel and a stop, or hold f,
 * j, w, z or "qum", "quam". Case aside: a gate may let through more than MAY_HOLD, never less (a
 * test holds the loop's flag to MAY_HOLD itself).
 */

/** a e i o u y, after `| 0x20` (upper case too): bit (z - 0x61) of a mask of the six. */
const VOWELS = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24);
export const isPlainVowel = (z: number) => (z - 0x61) >>> 0 < 26 && ((VOWELS >>> (z - 0x61)) & 1) === 1;

/**
 * Whether text[start, end) ends with an unmarked ASCII vowel and c, ch, p or t, in either case (the
 * caller has seen the last unit be c, h, p or t).
 */
export function plainBeforeStop(text: string, start: number, end: number): boolean {
  let at = end - 2;
  if ((text.charCodeAt(end - 1) | 0x20) === 0x68) {
    if (at < start || (text.charCodeAt(at) | 0x20) !== 0x63) return false;
    at--;
  }
  return at >= start && isPlainVowel(text.charCodeAt(at) | 0x20);
}

/** Whether text[start, end) holds f, j, w, z (either case) or "qum", "quam". */
export function mayHoldOnset(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const z = text.charCodeAt(i) | 0x20;
    if (z === 0x66 || z === 0x6a || z === 0x77 || z === 0x7a) return true;
    if (text.charCodeAt(i) === 0x71 && text.charCodeAt(i + 1) === 0x75) {
      const m = text.charCodeAt(i + 2) === 0x61 ? i + 3 : i + 2;
      if (text.charCodeAt(m) === 0x6d) return true;
    }
  }
  return false;
}
