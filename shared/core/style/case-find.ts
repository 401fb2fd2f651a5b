import { FNV, hashUnits, mix, slotOf, UNIT, unitClasses } from '../text/word-units.ts';
import { isLetterCode, type ProseBlock, previousWord, wordEnd } from './case-scan.ts';

/**
 * The second reading of case-consistency.ts: finding the lower-case occurrences of the words some
 * capitalised occurrence made a key of, and the cheap test that spares most of them keyAt.
 */

/**
 * What a lower-case occurrence must meet to fall under a key: the keys' triggers ("*w", ",w", "~ w
 * rest", or the word before and w: "các w"), the kinds of trigger each w made, and a bitmap of the
 * hashes of the last (one lookup spares most occurrences their string).
 */
export class Triggers {
  all = new Set<string>();
  kinds = new Map<string, number>();
  before = new Uint8Array(0x10000);
  add(w: string, trigger: string): void {
    this.all.add(trigger);
    const kind = triggerKind(trigger);
    this.kinds.set(w, (this.kinds.get(w) ?? 0) | kind);
    if (kind === TRIGGER.BEFORE) this.before[slotOf(hashUnits(trigger))] = 1;
  }
}

/**
 * Whether the lower-case word at `at` may fall under a key: its word before and itself, or the kind of
 * key ("*", "~", an enumeration's first letter) — a cheap test before keyAt. A "*w" or ",w" trigger
 * is made with its w only, so the kind alone answers for those.
 */
export function mayKey(text: string, at: number, triggers: Triggers): boolean {
  const end = wordEnd(text, at);
  const w = text.slice(at, end);
  // Only the kinds of trigger some capitalised `w` made can match: the others' strings are not built.
  const kind = triggers.kinds.get(w) ?? 0;
  if (kind === 0) return false;
  if ((kind & TRIGGER.STAR) !== 0) return true;
  if ((kind & TRIGGER.COMMA) !== 0 && text.charCodeAt(end) === 0x2c) return true;
  if ((kind & TRIGGER.BEFORE) !== 0) {
    const prev = previousWord(text, at);
    if (prev && !prev.comma && mayBeBefore(triggers, text, prev.start, at, end)) {
      if (triggers.all.has(`${text.slice(prev.start, at).toLowerCase()}${w}`)) return true;
    }
  }
  return (kind & TRIGGER.TILDE) !== 0 && triggers.all.has(`~ ${w} ${tokenAfter(text, end)}`);
}

/**
 * False when `${text.slice(from, at).toLowerCase()}${text.slice(at, end)}` is surely no "before"
 * trigger: its hash, read unit by unit (lower case by the table: true for a unit whose lower case
 * is not one unit, which the table does not give), is not in the bitmap.
 */
function mayBeBefore(triggers: Triggers, text: string, from: number, at: number, end: number): boolean {
  const t = unitClasses();
  let h = FNV;
  for (let i = from; i < end; i++) {
    const x = t[text.charCodeAt(i)] as number;
    if ((x & UNIT.ODD) !== 0) return true;
    h = mix(h, i < at ? x & UNIT.LOW : text.charCodeAt(i));
  }
  return triggers.before[slotOf(h)] === 1;
}

/**
 * The kinds of trigger by their first character ("*", ",", "~", or the word before: a letter). A
 * trigger ends with its word (after a space, a comma or nothing), so a word's kinds say which of
 * mayKey's lookups can succeed.
 */
const TRIGGER = { STAR: 1, COMMA: 2, BEFORE: 4, TILDE: 8 } as const;

/** The kind of a trigger (TRIGGER), by its first character. */
function triggerKind(trigger: string): number {
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
  const other = otherLetters();
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
      if (other[c] === 1) return tailTokensByRegex(text, end);
      break;
    }
    let m = k + 1;
    for (; m < limit; m++) {
      const d = text.charCodeAt(m);
      if (isLetterCode(d)) continue;
      if (other[d] === 1) return tailTokensByRegex(text, end);
      break;
    }
    out.push(text.slice(k, m));
    j = m;
  }
  return out;
}

let others: Uint8Array | null = null;
/**
 * 1 for the units the regex reads as letters or marks ([\p{L}\p{M}], a surrogate: maybe) and
 * isLetterCode does not: only these send tailTokens to the regex; any other unit ends the tail
 * for both ("“", ")", a digit).
 */
export function otherLetters(): Uint8Array {
  if (others) return others;
  const t = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++)
    if (!isLetterCode(c) && ((c >= 0xd800 && c <= 0xdfff) || /[\p{L}\p{M}]/u.test(String.fromCharCode(c))))
      t[c] = 1;
  others = t;
  return t;
}

/**
 * tailTokens(text, end)[0], without the other tokens: the first word or mark after `end`. A later
 * token that sends tailTokens to the regex does not change the first (it ends at a unit that is no
 * letter or mark to the regex either); one in the first token sends this to the regex too.
 */
export function firstTailToken(text: string, end: number): string | undefined {
  const limit = Math.min(text.length, end + 60);
  let k = end;
  while (k < limit && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k++;
  if (k >= limit) return undefined;
  const c = text.charCodeAt(k);
  if (c === 0x2c || c === 0x3b || c === 0x2e || c === 0x2d || c === 0x2013) return text.charAt(k);
  const other = otherLetters();
  if (!isLetterCode(c)) return other[c] === 1 ? tailTokensByRegex(text, end)[0] : undefined;
  let m = k + 1;
  for (; m < limit; m++) {
    const d = text.charCodeAt(m);
    if (isLetterCode(d)) continue;
    if (other[d] === 1) return tailTokensByRegex(text, end)[0];
    break;
  }
  return text.slice(k, m);
}

/**
 * Where the second reading of case-consistency.ts finds the lower-case occurrences of `words`: what
 * its pattern — a word of [A-Za-z\u00C0-\u1EF9] bounded by other units — matches. A paragraph whose
 * words of lower-case letters (the shared word reading's WordPass.lowerBits) hold none of the words'
 * bits holds none of the words, and the pattern is not run on it.
 */
export function lowerOccurrences(
  words: Set<string>,
): (block: ProseBlock, found: (at: number) => void) => void {
  const alternatives = [...words].sort((a, b) => b.length - a.length).join('|');
  const find = new RegExp(
    `(?:^|[^A-Za-z\\u00C0-\\u1EF9])(?:${alternatives})(?![A-Za-z\\u00C0-\\u1EF9])`,
    'g',
  );
  // Words of the pattern's letters only (all but the rarest): found by test(), no match object a hit.
  const plain = plainWords(alternatives);
  // A word whose units are not all their own lower case is in no paragraph's bits: all are read.
  const t = unitClasses();
  const lowerOnly = [...alternatives].every(
    (c) => c === '|' || ((t[c.charCodeAt(0)] as number) & UNIT.LOWER) !== 0,
  );
  let mask = lowerOnly ? 0 : -1;
  for (const w of words) mask |= 1 << (hashUnits(w) & 31);
  return (b, found) => {
    if (((b.pass.lowerBits[b.info.index] as number) & mask) === 0) return;
    const text = b.text;
    find.lastIndex = 0;
    for (let at = nextStart(text, find, plain); at >= 0; at = nextStart(text, find, plain)) found(at);
  };
}
