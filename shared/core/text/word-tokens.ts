/**
 * The words of a paragraph, cut once and shared by the spelling rules (lap-tu, chinh-ta,
 * dau-thanh-nhat-quan read every paragraph; each would otherwise cut it again).
 */

/** One word: a run of letters, marks and digits, with where it sits in the text. */
export interface WordToken {
  /** The word as written. */
  text: string;
  /** Lower case, for lookups. */
  lower: string;
  start: number;
  end: number;
  /** Only spaces separate it from the word before (no punctuation, no line break): the two may form one word. */
  joined: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Cuts `text` into words; "thu- chi" gives "thu" and "chi", the second not joined to the first. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const joined = previousEnd >= 0 && spacesOnly(text, previousEnd, start);
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end, joined });
    previousEnd = end;
  }
  return tokens;
}

function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

// Keyed by the object that owns the text (a BlockInfo): one cut per paragraph per check.
const CACHE = new WeakMap<object, WordToken[]>();

/** wordTokens(owner.text), cut once per owner object and shared between rules. */
export function cachedWordTokens(owner: { readonly text: string }): WordToken[] {
  let tokens = CACHE.get(owner);
  if (!tokens) {
    tokens = wordTokens(owner.text);
    CACHE.set(owner, tokens);
  }
  return tokens;
}

/** Whether a word is written in capitals throughout (an abbreviation: UBND, CNVCLĐ, HĐND). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Whether a word starts with a capital (a name, or the first word of a sentence). */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Writes `lower` in the case pattern of `model`: all caps, first capital, or lower case. */
export function inCaseOf(model: string, lower: string): string {
  if (isAllCaps(model)) return lower.toUpperCase();
  if (isCapitalised(model)) return lower.charAt(0).toUpperCase() + lower.slice(1);
  return lower;
}
