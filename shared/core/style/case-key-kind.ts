import { FNV, hashUnits, isCapitalCode, mix, slotOf, UNIT, unitClasses } from '../text/word-units.ts';
import { otherLetters } from './case-find.ts';
import { insideName, MAY_BE_NAME_ALONE, MAY_BE_NAME_PHRASES, PLURAL } from './case-keys.ts';
import { isLetterCode, isUpperAt, wordEnd } from './case-scan.ts';

/**
 * What keyAt (case-keys.ts) makes of a capitalised word, told by unit codes, no string made: most
 * capitals get no key, and of the others most get a key of two kinds whose lower-case occurrences can
 * be found without reading every paragraph (case-consistency.ts). tests/shared/core/style/
 * case-variants.test.ts holds it to keyAt.
 */
export const KIND = {
  /** keyAt gives null. */
  NONE: 0,
  /** keyAt gives an enumeration's key, "w, next": the word is followed by a comma. */
  ENUMERATION: 1,
  /**
   * keyAt gives a name's key, "L w right" (L as written): the word before starts with a Vietnamese
   * capital (isCapitalCode), so it is a capitalised word of the shared word reading; `last.before`
   * tells where it starts.
   */
  NAMED: 2,
  /** Anything else: keyAt must say. */
  OTHER: 3,
} as const;

/** Where the word before the last NAMED word starts. */
export const last = { before: 0 };

/** The two-word phrases of MAY_BE_NAME by their first word: "w x" matches MAY_BE_NAME for these x. */
const SECONDS = new Map<string, string[]>();
for (const p of MAY_BE_NAME_PHRASES) {
  const [first = '', second, third] = p.split(' ');
  if (second !== undefined && third === undefined)
    SECONDS.set(first, [...(SECONDS.get(first) ?? []), second]);
}
/** Words by their hashes (hashUnits): the words keyKind asks about, and the plural words. */
const byHash = (words: Iterable<string>) => {
  const out = new Map<number, string[]>();
  for (const w of words) out.set(hashUnits(w), [...(out.get(hashUnits(w)) ?? []), w]);
  return out;
};
const HEADS = byHash(new Set(['nhân', 'nhà', 'đảng', ...MAY_BE_NAME_ALONE, ...SECONDS.keys()]));
const PLURALS = byHash(PLURAL);
/** The slots (slotOf) of HEADS's hashes: one read passes over most words. */
const HEAD_SLOTS = new Uint8Array(0x10000);
for (const h of HEADS.keys()) HEAD_SLOTS[slotOf(h)] = 1;

/** 1 for the first units of the plural words in lower case: a word starting otherwise is none of them. */
const PLURAL_FIRST = new Uint8Array(0x10000);
for (const w of PLURAL) PLURAL_FIRST[w.charCodeAt(0)] = 1;

/**
 * keyAt(text, i, lead) as a KIND (the word at `i` begins with a capital); `head`, when given, is the
 * hash (hashUnits) of the word in lower case (WordPass.capHash).
 */
export function keyKind(text: string, i: number, lead: number, head?: number): number {
  const t = unitClasses();
  // Each test alone gives NONE: the cheapest and the most telling first.
  // previousWord: one space, no comma, a word. Then isFreeStart is false unless the word starts
  // before `lead`: the unit before the space is a letter, neither skipped nor an opener.
  const s = text.charCodeAt(i - 1);
  if (s !== 0x20 && s !== 0xa0) return KIND.NONE;
  const before = i - 1;
  if (!isLetterCode(text.charCodeAt(before - 1))) return KIND.NONE;
  let from = before - 1;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
  if (from < lead) return KIND.NONE;
  const end = wordEnd(text, i);
  const c = text.charCodeAt(end);
  if (
    end === i ||
    c === 0x3a ||
    ((c === 0x20 || c === 0xa0) && isUpperAt(text, end + 1)) ||
    isUpperAt(text, i + 1)
  )
    return KIND.NONE;
  const comma = c === 0x2c;
  // nextWord (case-scan.ts): one space (after the comma), a letter.
  const j = comma ? end + 1 : end;
  const d = text.charCodeAt(j);
  const next = (d === 0x20 || d === 0xa0) && isLetterCode(text.charCodeAt(j + 1)) ? j + 1 : -1;
  if (next >= 0 && isUpperAt(text, next)) return KIND.NONE;
  const w =
    head === undefined
      ? lowerWord(text, i, end, HEADS)
      : HEAD_SLOTS[slotOf(head)] === 1
        ? lowerOf(text, i, end, HEADS.get(head))
        : undefined;
  if (w === 'nhân' || w === 'nhà') return KIND.OTHER;
  if (w === 'đảng') return KIND.NONE;
  if (comma && next >= 0) return KIND.ENUMERATION;
  if (isUpperAt(text, from)) {
    if (comma || next < 0) return KIND.NONE;
    for (let k = from + 1; k < before; k++) if (isCapitalLetter(text.charCodeAt(k))) return KIND.NONE;
    last.before = from;
    return isCapitalCode(text.charCodeAt(from)) ? KIND.NAMED : KIND.OTHER;
  }
  const first = t[text.charCodeAt(from)] as number;
  const maybePlural = (first & UNIT.ODD) !== 0 || PLURAL_FIRST[first & UNIT.LOW] === 1;
  if (maybePlural && lowerWord(text, from, before, PLURALS) !== undefined) return KIND.OTHER;
  if (w !== undefined && MAY_BE_NAME_ALONE.has(w)) return KIND.NONE;
  // MAY_BE_NAME on the word and the first token ("Công đoàn", "Nghị quyết"): a word's token, lower-cased.
  const seconds = w === undefined ? undefined : SECONDS.get(w);
  if (seconds) {
    const m = tailAt(text, end, 1);
    if (m < 0) return KIND.OTHER;
    const s0 = starts[0] as number;
    if (m > 0 && !isMarkCode(text.charCodeAt(s0)) && lowerOf(text, s0, ends[0] as number, seconds))
      return KIND.NONE;
  }
  if (insideName(text, i, lead, 1, 5)) return KIND.NONE;
  const n = tailAt(text, end);
  if (n < 0) return KIND.OTHER;
  // A capital before the first punctuation mark or right after it.
  let upto = n;
  for (let k = 0; k < n; k++)
    if (isMarkCode(text.charCodeAt(starts[k] as number))) {
      upto = Math.min(n, k + 2);
      break;
    }
  for (let k = 0; k < upto; k++) if (isUpperAt(text, starts[k] as number)) return KIND.NONE;
  return KIND.OTHER;
}

/** Whether text[from, to) in lower case is `word`, unit by unit (by toLowerCase for an ODD unit). */
export function lowerIs(text: string, from: number, to: number, word: string): boolean {
  const t = unitClasses();
  if (to - from !== word.length) {
    for (let k = from; k < to; k++)
      if (((t[text.charCodeAt(k)] as number) & UNIT.ODD) !== 0)
        return text.slice(from, to).toLowerCase() === word;
    return false;
  }
  for (let k = from; k < to; k++) {
    const x = t[text.charCodeAt(k)] as number;
    if ((x & UNIT.ODD) !== 0) return text.slice(from, to).toLowerCase() === word;
    if ((x & UNIT.LOW) !== word.charCodeAt(k - from)) return false;
  }
  return true;
}

/** The one of `words` (by hash) that text[from, to) is in lower case, if any. */
function lowerWord(
  text: string,
  from: number,
  to: number,
  words: ReadonlyMap<number, string[]>,
): string | undefined {
  const t = unitClasses();
  let h = FNV;
  for (let k = from; k < to; k++) {
    const x = t[text.charCodeAt(k)] as number;
    if ((x & UNIT.ODD) !== 0) {
      const lower = text.slice(from, to).toLowerCase();
      return words.get(hashUnits(lower))?.find((w) => w === lower);
    }
    h = mix(h, x & UNIT.LOW);
  }
  return lowerOf(text, from, to, words.get(h));
}

/** The one of `words` that text[from, to) is in lower case, if any (a loop: no closure a call). */
function lowerOf(
  text: string,
  from: number,
  to: number,
  words: readonly string[] | undefined,
): string | undefined {
  if (words === undefined) return undefined;
  for (let k = 0; k < words.length; k++) if (lowerIs(text, from, to, words[k] as string)) return words[k];
  return undefined;
}

const isMarkCode = (c: number) => c === 0x2c || c === 0x3b || c === 0x2e || c === 0x2d || c === 0x2013;

let others: Uint8Array | null = null;
/** Where each token of the last tailAt starts and ends. */
const starts = new Int32Array(4);
const ends = new Int32Array(4);

/**
 * tailTokens (case-find.ts) as places, its first `most` tokens: how many (into starts/ends), or -1
 * where tailTokens hands the reading to its regex (a letter isLetterCode does not know) before the
 * `most`-th token ends (the tokens before are the regex's too: firstTailToken).
 */
export function tailAt(text: string, end: number, most = 4): number {
  const limit = Math.min(text.length, end + 60);
  others ??= otherLetters();
  const other = others;
  let n = 0;
  let j = end;
  while (n < most) {
    let k = j;
    while (k < limit && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k++;
    if (k >= limit) break;
    const c = text.charCodeAt(k);
    let m = k + 1;
    if (!isMarkCode(c)) {
      if (!isLetterCode(c)) {
        if (other[c] === 1) return -1;
        break;
      }
      for (; m < limit; m++) {
        const e = text.charCodeAt(m);
        if (isLetterCode(e)) continue;
        if (other[e] === 1) return -1;
        break;
      }
    }
    starts[n] = k;
    ends[n] = m;
    n++;
    j = m;
  }
  return n;
}

/** The tokens of the last tailAt, as strings (for the tests). */
export const tailStrings = (text: string, n: number): string[] =>
  Array.from({ length: n }, (_, k) => text.slice(starts[k], ends[k]));

let capitals: Uint8Array | null = null;
/** /\p{Lu}/u on one letter unit (keyAt's CAPITAL), from a table of the letters' answers. */
function isCapitalLetter(c: number): boolean {
  if (capitals === null) {
    const t = new Uint8Array(0x1f00);
    for (let u = 0; u < t.length; u++)
      if (isLetterCode(u) && /\p{Lu}/u.test(String.fromCharCode(u))) t[u] = 1;
    capitals = t;
  }
  return capitals[c] === 1;
}
