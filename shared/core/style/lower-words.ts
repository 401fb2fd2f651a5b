/**
 * Which words a document writes somewhere as they are spelled (in particular, in lower case): a
 * capitalised word of case-consistency.ts is compared with its lower-case occurrences, so one whose
 * lower case is written nowhere ("Covid", "Tết", "Việt Nam") can be passed over before keyAt reads it.
 *
 * The words are the maximal runs of WORD_UNIT, which is exactly what case-consistency's second
 * reading matches: its pattern is a word with a unit not of the class (or nothing) on each side.
 */

/** Units of a word as case-consistency's search pattern reads them: [A-Za-z\u00C0-\u1EF9]. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x1ef9);
}

/** The maximal runs of word units in the texts (the definition; a Set of strings). */
export function writtenWordsByRegex(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/[A-Za-z\u00C0-\u1EF9]+/g)) out.add(m[0]);
  return out;
}

const BITS = 1 << 16;
const FNV = 0x811c9dc5;

/** FNV-1a over UTF-16 units, one step. */
function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** The bitmap slot of a hash. */
function slot(h: number): number {
  return (h ^ (h >>> 16)) & (BITS - 1);
}

/**
 * writtenWordsByRegex as a bitmap of hashes, read in one loop without a string a word: a word of the
 * set always has its bit (a shared bit only lets a word through that the set would have stopped).
 */
export function writtenWordBits(texts: readonly string[]): Uint8Array {
  const bits = new Uint8Array(BITS);
  for (const text of texts) {
    let h = FNV;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isWordUnit(c)) {
        h = mix(inWord ? h : FNV, c);
        inWord = true;
      } else if (inWord) {
        bits[slot(h)] = 1;
        inWord = false;
      }
    }
    if (inWord) bits[slot(h)] = 1;
  }
  return bits;
}

/**
 * Whether `word` may be in the set writtenWordBits stands for (false: it surely is not); true for a
 * word with a unit that is no word unit ("ⱥ", the lower case of "Ⱥ"), which no run can equal.
 */
export function mayBeWritten(bits: Uint8Array, word: string): boolean {
  let h = FNV;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isWordUnit(c)) return true;
    h = mix(h, c);
  }
  return bits[slot(h)] === 1;
}
