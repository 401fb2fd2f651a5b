import { FOLD_WORD, foldWords, foldWordTable } from '../text/fold.ts';

/** A paragraph is compared with a prompt only when it begins with the prompt's first words. */
export const START_WORDS = 3;

/**
 * The definition: whether the words of a paragraph after its list mark or number (`rest`, from the
 * analysis' numbering) begin with `start`, the first START_WORDS folded words of a prompt — compared
 * without case, diacritics or punctuation. A prompt left in a report keeps its beginning; a paragraph
 * that only shares the prompt's topic words does not.
 */
export function beginsWithPrompt(rest: string, start: readonly string[]): boolean {
  const words = foldWords(rest);
  return start.length <= words.length && start.every((w, i) => words[i] === w);
}

/**
 * A native prefilter for beginsWithPrompt, sticky (set lastIndex to where the words start): it matches
 * every text that begins with one of `starts` (and some that do not — the caller then applies the
 * definition), so the paragraphs that begin otherwise — nearly all of a report — cost one short
 * anchored regex test. A letter is spelled as the class of every Latin and Vietnamese character that
 * folds to it; the text is NFC, as the analysis makes it.
 */
export function promptStartFilter(starts: readonly (readonly string[])[]): PromptStartFilter {
  const { letter, letterUnits, separator, wordChar } = classes();
  const spell = (word: string) => [...word].map((ch) => letter(ch.charCodeAt(0))).join('');
  const alternatives = [...new Set(starts.map((s) => s.map(spell).join(`${separator}+`)))];
  // The units a match can begin with: a separator (some may come first), or a letter that folds to
  // the first letter of a prompt's first word. Testing one unit rules out most paragraphs.
  const firstUnits = new Uint8Array(0x10000).fill(1);
  for (const [first, last] of WORD_UNIT_RANGES) firstUnits.fill(0, first, last + 1);
  for (const start of starts) {
    for (const u of letterUnits(start[0]?.charCodeAt(0) ?? -1)) firstUnits[u] = 1;
  }
  // The last word must end there: what follows is not a word character.
  const regex = new RegExp(`${separator}*(?:${alternatives.join('|')})(?!${wordChar})`, 'y');
  const words = [...new Set(starts.map((s) => s[0] ?? ''))].map((w) =>
    Array.from(w, (ch) => ch.charCodeAt(0)),
  );
  return { regex, firstUnits, firstWord: (text, from) => firstWordAt(text, from, words) };
}

/** A sticky regex (set lastIndex), the units a match of it can begin with, and a test of its first word. */
export interface PromptStartFilter {
  regex: RegExp;
  firstUnits: Uint8Array;
  /**
   * A cheaper test in front of `regex`: whether, from `from`, the text holds what a match must begin
   * with as far as the first word goes — some of the separators the regex may skip, each unit of the
   * first word in the class of its letter, then no word character. Every text the regex matches
   * passes (tests check); a paragraph sharing only a prompt's first letter fails within a few units.
   */
  firstWord: (text: string, from: number) => boolean;
}

/** PromptStartFilter.firstWord: `words` are the distinct first words, as the regex spells them (units). */
function firstWordAt(text: string, from: number, words: readonly (readonly number[])[]): boolean {
  const { classOf, hasClass, wordUnits } = classes();
  // `separator*` may stop before any unit of the leading run of separators (and backtracks so).
  for (let p = from; ; p++) {
    for (const letters of words) {
      if (p + letters.length > text.length) continue;
      let k = 0;
      for (; k < letters.length; k++) {
        const u = text.charCodeAt(p + k);
        const letter = letters[k] as number;
        if (classOf[u] !== letter && (hasClass[letter] === 1 || u !== letter)) break;
      }
      const next = p + letters.length;
      if (k === letters.length && (next >= text.length || wordUnits[text.charCodeAt(next)] === 0))
        return true;
    }
    if (p >= text.length || wordUnits[text.charCodeAt(p)] === 1) return false;
  }
}

/** Word characters of Latin and Vietnamese text (letters, digits, combining marks); all else separates. */
const WORD_RANGES =
  '0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';

/** WORD_RANGES as [first, last] units: filling a table from them costs nothing next to 65 536 regex tests. */
const WORD_UNIT_RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb5, 0xb5],
  [0xba, 0xba],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
];

/** For each UTF-16 unit, 1 when it is a word character (in WORD_RANGES), else 0. */
export function wordUnitTable(): Uint8Array {
  const units = new Uint8Array(0x10000);
  for (const [first, last] of WORD_UNIT_RANGES) units.fill(1, first, last + 1);
  return units;
}

/** The definition wordUnitTable() shortcuts: the regex class itself, tested on every unit. */
export function wordUnitTableByRegex(): Uint8Array {
  const wordChar = new RegExp(`[${WORD_RANGES}]`);
  return Uint8Array.from({ length: 0x10000 }, (_, u) => (wordChar.test(String.fromCharCode(u)) ? 1 : 0));
}

let cached: ReturnType<typeof buildClasses> | null = null;
function classes(): ReturnType<typeof buildClasses> {
  cached ??= buildClasses();
  return cached;
}

const hexUnit = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

function buildClasses() {
  const codes = foldWordTable();
  const byUnit = new Map<number, number[]>();
  for (let c = 0; c < FOLD_WORD.TABLE_END; c++) {
    const k = codes[c] as number;
    if (k < 0 || !(c < 0x250 || (c >= 0x1e00 && c <= 0x1eff))) continue;
    const list = byUnit.get(k);
    if (list) list.push(c);
    else byUnit.set(k, [c]);
  }
  // The same classes as tables, for firstWordAt: the letter each unit spells (-1: none), the letters
  // spelled by a class of their own (others by themselves only), and the word units.
  const classOf = new Int32Array(0x10000).fill(-1);
  const hasClass = new Uint8Array(0x10000);
  for (const [k, units] of byUnit) {
    hasClass[k] = 1;
    for (const u of units) classOf[u] = k;
  }
  const wordUnits = wordUnitTable();
  return {
    letter: (unit: number) => `[${(byUnit.get(unit) ?? [unit]).map(hexUnit).join('')}]`,
    letterUnits: (unit: number): readonly number[] => byUnit.get(unit) ?? (unit >= 0 ? [unit] : []),
    separator: `[^${WORD_RANGES}]`,
    wordChar: `[${WORD_RANGES}]`,
    classOf,
    hasClass,
    wordUnits,
  };
}
