import { isGenreWord } from './near-miss.ts';
import { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';
import { inCaseOf } from './word-tokens.ts';

/**
 * Words written without a tone mark that break a rule of Vietnamese syllable structure, among
 * Vietnamese words: a closed syllable (-c, -ch, -p, -t) without sắc or nặng ("CHỦ TICH"), an onset no
 * native word has ("cà fe"), "qu" before a rhyme that never follows it ("mối quam hệ"). The toned words
 * are read by spelling-slips.ts.
 *
 * Only a word one repair away from a syllable counts (onset f→ph, j→gi, z→d, w→qu; k↔c, gh↔g, ngh↔ng;
 * the tone sắc or nặng; "qu" before a rhyme of the language): foreign words and abbreviations
 * ("web", "UBND", "VEC") are no such near-miss. The word must stand beside a Vietnamese word written
 * in the same case, a space apart ("bảo hiểm YT" is an abbreviation, "thanh-toan-truc" a web address).
 * Hand-written: no npm library checks Vietnamese syllable structure; dictionary-vi lacks real words
 * ("nòng cốt", "băng rôn") and would flag them (measured in tests/shared/syllable-grammar.test.ts).
 */

export interface UntonedSlip {
  start: number;
  end: number;
  /** The one spelling that makes a word of the genre with a neighbour ("TICH" → "TỊCH"), if any. */
  fix?: string;
}

// One regex a paragraph tells the few to read (measured on the bench's 767 000 characters: about
// 1 ms; two regexes cost 1.9 ms, a scan of every word several more): an unmarked ASCII vowel right
// before a final stop, a letter no native onset has (f j w z), or "quam"/"qum". Two regexes then find
// the places in those few. "đât", "chưc" (a marked vowel letter before the stop) and "ngi" are not
// looked for: the near-miss list and the toned-word check of spelling-slips.ts cover the common ones.
// The shared word reading marks the paragraphs where MAY_HOLD may match (SCAN.UNTONED, untoned-gate.ts):
// chinh-ta runs untonedSlips on those alone.
export const MAY_HOLD = /[fjwzFJWZ]|qua?m|[aeiouyAEIOUY](?:ch?|[pt]|CH?|[PT])(?![A-Za-z\u00C0-\u1EF9])/;
const AT_STOP = /[aeiouyAEIOUY](?:ch?|[pt]|CH?|[PT])(?![A-Za-z\u00C0-\u1EF9])/g;
const AT_ONSET = /[fjwzFJWZ]|qua?m/g;
const PLAIN = new Set([...'đăâêôơưĐĂÂÊÔƠƯ'].map((c) => c.charCodeAt(0)));
const isAscii = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isLetter = (c: number) =>
  isAscii(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The word around `at`, when it is 2 to 7 letters without tone marks and no digit beside it. */
function plainWordAt(text: string, at: number): [number, number] | null {
  let start = at;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  if (end - start < 2 || end - start > 7) return null;
  if (isDigit(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(end))) return null;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isAscii(c) && !PLAIN.has(c)) return null;
  }
  return [start, end];
}

/** Start and end of each word the two regexes point at, once each, in order. */
function candidates(text: string): [number, number][] {
  if (!MAY_HOLD.test(text)) return [];
  const found = new Map<number, number>();
  for (const re of [AT_STOP, AT_ONSET]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const word = plainWordAt(text, m.index);
      if (word) found.set(word[0], word[1]);
    }
  }
  return [...found].sort((x, y) => x[0] - y[0]);
}

const VIET_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơư\u1EA0-\u1EF9]/iu;
const WORD_BEFORE = /(\p{L}+) +$/u;
const WORD_AFTER = /^ +(\p{L}+)/u;
const LAST_VOWEL = /([aăâeêioôơuưy])([^aăâeêioôơuưy]*)$/u;
const STOP = /(?:c|ch|p|t)$/u;
const SAC = '\u0301';
const NANG = '\u0323';
// Foreign words of Vietnamese prose that have a native shape once a tone or onset is changed.
// biome-ignore format: one row
const FOREIGN = new Set('chat hot top set net pet bit fan fit jet kit tip cup cat pop job mac sec tic tac ok gap kit cap chip click'.split(' '));

const VERDICT = new Map<string, string[] | null>();

/** The repairs that make `lower` a syllable, or null when it is one already or is no near-miss. */
function repairs(lower: string): string[] | null {
  let found = VERDICT.get(lower);
  if (found !== undefined) return found;
  found = null;
  if (!looksLikeVietnameseSyllable(lower) && !FOREIGN.has(lower)) {
    const tries: string[] = [];
    if (STOP.test(lower))
      for (const tone of [SAC, NANG]) tries.push(lower.replace(LAST_VOWEL, `$1${tone}$2`).normalize('NFC'));
    const onset = /^(ngh|ng|gh|qu|[fjwzkcg])/u.exec(lower)?.[1];
    const swap: Record<string, string[]> = {
      f: ['ph'],
      j: ['gi'],
      z: ['d'],
      w: ['qu'],
      k: ['c'],
      c: ['k'],
      g: ['gh'],
      gh: ['g'],
      ng: ['ngh'],
      ngh: ['ng'],
      qu: ['qu'],
    };
    for (const to of onset ? (swap[onset] ?? []) : []) {
      const rest = lower.slice((onset ?? '').length);
      // "qu" + a rhyme of the language ("quam"): the rhyme is fine, its pairing with "qu" is not.
      if (onset === 'qu') {
        if (looksLikeVietnameseSyllable(`t${rest}`)) tries.push('');
        continue;
      }
      tries.push(`${to}${rest}`);
    }
    const ok = tries.filter((t) => t === '' || looksLikeVietnameseSyllable(t));
    if (ok.length > 0) found = ok.filter((t) => t !== '');
  }
  if (VERDICT.size < 4096) VERDICT.set(lower, found);
  return found;
}

function caseOf(word: string): 'lower' | 'upper' | 'other' {
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return 'upper';
  return 'other';
}

/** The untoned near-syllables of one paragraph (see the file comment), in order. */
export function untonedSlips(text: string): UntonedSlip[] {
  const out: UntonedSlip[] = [];
  for (const [start, end] of candidates(text)) {
    const word = text.slice(start, end);
    const kind = caseOf(word);
    if (kind === 'other' || (kind === 'upper' && word.length < 3)) continue;
    const lower = word.toLowerCase();
    const fixes = repairs(lower);
    if (!fixes) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
    const after = WORD_AFTER.exec(text.slice(end, end + 12))?.[1];
    const beside = (w: string | undefined) => !!w && VIET_LETTER.test(w) && caseOf(w) === kind;
    if (!beside(before) && !beside(after)) continue;
    // A fix only where one repair makes a word of the genre with a neighbour ("chủ tịch").
    const fitting = fixes.filter(
      (f) =>
        (before && isGenreWord(before.toLowerCase(), f)) || (after && isGenreWord(f, after.toLowerCase())),
    );
    // In capitals abbreviations abound ("VEC", "PET"): only a word the genre list confirms is read.
    if (kind === 'upper' && fitting.length !== 1) continue;
    const slip: UntonedSlip = { start, end };
    if (fitting.length === 1) slip.fix = inCaseOf(word, fitting[0] as string);
    out.push(slip);
  }
  return out;
}
