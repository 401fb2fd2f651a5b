import { isLetterCode, previousWord, wordEnd } from './case-scan.ts';

/**
 * The second reading of case-consistency.ts: finding the lower-case occurrences of the words some
 * capitalised occurrence made a key of, and the cheap test that spares most of them keyAt.
 */

/**
 * Whether the lower-case word at `at` may fall under a key: its word before and itself, or the kind of
 * key ("*", "~", an enumeration's first letter) — a cheap test before keyAt.
 */
export function mayKey(text: string, at: number, triggers: Set<string>, kinds: Map<string, number>): boolean {
  const end = wordEnd(text, at);
  const w = text.slice(at, end);
  // Only the kinds of trigger some capitalised `w` made can match: the others' strings are not built.
  const kind = kinds.get(w) ?? 0;
  if (kind === 0) return false;
  if ((kind & TRIGGER.STAR) !== 0 && triggers.has(`*${w}`)) return true;
  if ((kind & TRIGGER.COMMA) !== 0 && text.charAt(end) === ',' && triggers.has(`,${w}`)) return true;
  if ((kind & TRIGGER.BEFORE) !== 0) {
    const prev = previousWord(text, at);
    if (prev && !prev.comma && triggers.has(`${text.slice(prev.start, at).toLowerCase()}${w}`)) return true;
  }
  return (kind & TRIGGER.TILDE) !== 0 && triggers.has(`~ ${w} ${tokenAfter(text, end)}`);
}

/**
 * The kinds of trigger by their first character ("*", ",", "~", or the word before: a letter). A
 * trigger ends with its word (after a space, a comma or nothing), so a word's kinds say which of
 * mayKey's lookups can succeed.
 */
const TRIGGER = { STAR: 1, COMMA: 2, BEFORE: 4, TILDE: 8 } as const;

/** The kind of a trigger (TRIGGER), by its first character. */
export function triggerKind(trigger: string): number {
  const c = trigger.charAt(0);
  return c === '*' ? TRIGGER.STAR : c === ',' ? TRIGGER.COMMA : c === '~' ? TRIGGER.TILDE : TRIGGER.BEFORE;
}

/** What follows a word, as a "~" key reads it: the next word in lower case, a punctuation mark, or "". */
function tokenAfter(text: string, end: number): string {
  let j = end;
  while (text.charAt(j) === ' ' || text.charAt(j) === '\u00a0') j++;
  const c = text.charAt(j);
  if (',;.-–'.includes(c) && c !== '') return c;
  return isLetterCode(text.charCodeAt(j)) ? text.slice(j, wordEnd(text, j)).toLowerCase() : '';
}

/**
 * Where the next word `find` matches starts, or -1. With `plain` words, test() and lastIndex: the word
 * is the run of the pattern's letters ending at lastIndex (the unit before it is not one of them).
 */
export function nextStart(text: string, find: RegExp, plain: boolean): number {
  if (!plain) {
    const m = find.exec(text);
    return m ? m.index + (isLetterCode(m[0].charCodeAt(0)) ? 0 : 1) : -1;
  }
  if (!find.test(text)) return -1;
  let i = find.lastIndex;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x1ef9))) break;
    i--;
  }
  return i;
}

/**
 * Whether every word of `alternatives` ("a|b|c") is of isLetterCode's units: then nextStart may go by
 * test() (the units are the pattern's letters, and the first is a letter, as the exec branch assumes).
 */
export function plainWords(alternatives: string): boolean {
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are letters here, one unit each
  return !/[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1EA0-\u1EF9|]/.test(alternatives);
}

/** Up to four words after a word, stopping after the first punctuation mark. */
const TAIL = /^(?:[ \u00a0]*(?:[\p{L}\p{M}]+|[,;.\-–])){0,4}/u;

/** The words and marks of the 60 units after `end` that keyAt compares (the definition). */
export function tailTokensByRegex(text: string, end: number): string[] {
  const tail = TAIL.exec(text.slice(end, end + 60))?.[0] ?? '';
  return tail.match(/[\p{L}\p{M}]+|[,;.\-–]/gu) ?? [];
}

/**
 * tailTokensByRegex read unit by unit, for the units whose class is known without Unicode tables
 * (isLetterCode's letters, ASCII, NBSP, "–"); any other unit hands the reading to the regex.
 */
export function tailTokens(text: string, end: number): string[] {
  const limit = Math.min(text.length, end + 60);
  const out: string[] = [];
  let j = end;
  while (out.length < 4) {
    let k = j;
    while (k < limit && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k++;
    if (k >= limit) break;
    const c = text.charCodeAt(k);
    if (c === 0x2c || c === 0x3b || c === 0x2e || c === 0x2d || c === 0x2013) {
      out.push(text.charAt(k));
      j = k + 1;
      continue;
    }
    if (!isLetterCode(c)) {
      if (c >= 0x80) return tailTokensByRegex(text, end);
      break;
    }
    let m = k + 1;
    for (; m < limit; m++) {
      const d = text.charCodeAt(m);
      if (isLetterCode(d)) continue;
      if (d >= 0x80 && d !== 0xa0 && d !== 0x2013) return tailTokensByRegex(text, end);
      break;
    }
    out.push(text.slice(k, m));
    j = m;
  }
  return out;
}
