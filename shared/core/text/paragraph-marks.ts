import { DASH, flagsOf, PAIR, SPACING, STOP } from './punctuation-candidates.ts';

/**
 * One reading of every paragraph, shared by the rules that look for marks: which of them has
 * something to read in which paragraph. Each rule then runs its own scan on the flagged paragraphs
 * only, so the document is read once for all of them — one native regex a paragraph — not once a rule.
 * Every bit is a superset of what its rule's own first test finds (tests/…/paragraph-marks.test.ts
 * compares each with that test on random text); a paragraph without the bit holds nothing for it.
 */
export const MARK = {
  /** punctuation-candidates.ts's bits as candidateFlags gives them, of the document's own text. */
  SPACING,
  DASH,
  /**
   * candidateFlags' PAIR, less the paragraphs whose quotation marks and brackets are only “ ” in turn
   * (“ first, ” last): scanPairs finds nothing there (a bracket or a mark hidden in another match, as
   * the ")" of " )", keeps the bit).
   */
  PAIR,
  STOP,
  /** A "/" (the dates with a spaced "/", the số ký hiệu cited in the text). */
  SLASH: 16,
  /** A digit, then "/", "." or "-", then four digits: every date numericDates can read ("5/3/2020"). */
  DATE: 32,
  /** Four digits in a row: a year ("nhiệm kỳ 2020-2025": term-mentions.ts's MAY_NAME_TERM). */
  YEAR: 64,
  /** A TAB (a table row: dau-cau leaves it out of list endings). Exact, not a superset. */
  TAB: 128,
} as const;
const ALL = 0xff;

/**
 * punctuation-candidates.ts's CANDIDATE, its branches unchanged and first, then three branches of one
 * unit each, so that they never hide a match of the others: a "/", the first of four digits (no
 * other branch holds a digit but as its first unit, and none starts at a digit followed by a digit), a TAB.
 * Measured: a branch for "ỳ" (one unit of U+1Exx, as most Vietnamese letters) made the scan a quarter
 * slower; "nhiệm kỳ" is asked for by its year instead.
 */
const CANDIDATE =
  /^[“"]?V\/v\s*:| (?: +|[,;:!?.)”%]|(?:qu|[bcdđghklmnprstvx]{1,3}) [a-zà-ỹ])|[(“”)"‘’']|[,;](?:[A-Za-zÀ-ỹ]|\.{4})|\d[A-Za-zÀ-ỹ%]|[-–]|\.(?:\.|[ ][a-zà-ỹ])|\/|\d(?=\d{3})|\t/g;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The bits of one match of CANDIDATE. */
function bitsOf(text: string, s: string, at: number): number {
  const first = s.charCodeAt(0);
  if (first === 0x2f) return MARK.SLASH;
  if (first === 0x09) return MARK.TAB;
  if (s.length === 1 && isDigit(first)) {
    // The first of four digits; after "/", "." or "-" and a digit, the year of a date.
    const sep = text.charCodeAt(at - 1);
    const date = (sep === 0x2f || sep === 0x2e || sep === 0x2d) && isDigit(text.charCodeAt(at - 2));
    return date ? MARK.YEAR | MARK.DATE : MARK.YEAR;
  }
  // "V/v:" (its \s* may hold a TAB: the only branch that reads one inside its match).
  if (at === 0 && s.endsWith(':') && s.includes('V/v'))
    return MARK.SLASH | STOP | PAIR | (s.includes('\t') ? MARK.TAB : 0);
  return flagsOf(text, s, at);
}

/** The marks of one paragraph, reading from `from` on. */
export function marksOf(text: string, from = 0): number {
  let f = 0;
  let quotes = 0; // 1 while a “ is open; -1 once the marks are anything but “ ” in turn
  CANDIDATE.lastIndex = from;
  let m = CANDIDATE.exec(text);
  for (; m !== null && f !== ALL; m = CANDIDATE.exec(text)) {
    const s = m[0];
    const bits = bitsOf(text, s, m.index);
    f |= bits;
    if (quotes < 0) continue;
    const c = s.charCodeAt(0);
    if (c === 0x201c && s.length === 1) quotes = quotes === 0 ? 1 : -1;
    else if (c === 0x201d && s.length === 1) quotes = quotes === 1 ? 0 : -1;
    else if (bits & PAIR || (c === 0x20 && (s.charCodeAt(1) === 0x29 || s.charCodeAt(1) === 0x201d)))
      quotes = -1;
  }
  return m === null && quotes === 0 ? f & ~PAIR : f;
}

const CACHE = new WeakMap<readonly { text: string }[], { originals: unknown; marks: Uint8Array }>();

/** Bits that rules read on the analysed text. */
const ANALYSED = MARK.SLASH | MARK.DATE | MARK.YEAR;

/**
 * The marks of every paragraph of `originals` (the document's blocks: the punctuation rules read
 * those), computed once per analysis (`blocks`, its analysed paragraphs) and kept. Where a paragraph's
 * analysed text differs from its own (normalised), the bits read on the analysed text are all set.
 */
export function paragraphMarks(
  blocks: readonly { text: string }[],
  originals: readonly { text: string }[],
): Uint8Array {
  const cached = CACHE.get(blocks);
  if (cached && cached.originals === originals) return cached.marks;
  const marks = new Uint8Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const text = originals[i]?.text ?? '';
    // A list item's leading dash flags nothing (punctuation-candidates.ts): read from the next unit.
    const first = text.charCodeAt(0);
    const own = marksOf(text, first === 0x2d || first === 0x2013 ? 1 : 0);
    marks[i] = text === blocks[i]?.text ? own : own | ANALYSED;
  }
  CACHE.set(blocks, { originals, marks });
  return marks;
}
