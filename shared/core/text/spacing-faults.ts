import { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';

/** The kinds of misplaced or missing spaces a paragraph can hold. */
export type SpacingKind =
  | 'double-space'
  | 'space-before'
  | 'no-space-after'
  | 'glued-unit'
  | 'glued-word'
  | 'percent-spaced'
  | 'inside-bracket'
  | 'split-syllable'
  | 'glued-capitals'
  | 'glued-quote';

/** One fault: [start, end) in the scanned text, what it covers, and the replacement when certain. */
export interface SpacingFault {
  kind: SpacingKind;
  start: number;
  end: number;
  replacement?: string;
}

/** What one paragraph holds: its faults, and how it writes percentages (for the document's habit). */
export interface SpacingScan {
  faults: SpacingFault[];
  percentGlued: number;
}

/**
 * Candidates only, one pass: a space followed by more spaces, by a mark, a closing bracket or "%",
 * or by a lone onset ("qu y định"); "( " and every “; a ” glued to a letter; a comma or semicolon
 * glued to a letter; a digit glued to a letter or "%". Every branch starts with a character (no
 * lookbehind) and the space branches share their space: irregexp skips the rest of the text fast.
 */
// Without the u flag (twice as fast): À-ỹ holds every Vietnamese letter; the code checks the rest.
const CANDIDATE =
  / (?: +|[,;:!?.)”%]|(?:qu|[bcdđghklmnprstvx]{1,3}) (?=[a-zà-ỹ]))|\( (?=[0-9A-Za-zÀ-ỹ])|“|”(?=[A-Za-zÀ-ỹ])|[,;](?=[A-Za-zÀ-ỹ])|\d(?=[A-Za-zÀ-ỹ%])/g;
const MARK_AFTER_SPACE = /^ [,;:!?.)”%]$/u;

/** Units of measurement (TCVN 7870-1 / ISO 80000-1: a space between the number and the unit). */
const UNITS = new Set([
  'km',
  'm',
  'cm',
  'mm',
  'ha',
  'kg',
  'tấn',
  'lít',
  'ml',
  'kw',
  'kwh',
  'mw',
  'm2',
  'm3',
  'km2',
]);
const LETTERS = /[\p{L}\d]*/uy;
const NON_ASCII = /[\u0080-\uffff]/u;
const WORD_CHAR = /[\p{L}\d]/u;
const CLOSER_OR_END = /^(?:$|[\s)”’"'.,;:!?…])/u;

const isWordChar = (ch: string): boolean => ch !== '' && WORD_CHAR.test(ch);

/** Scans one paragraph (TABs are cell separators and never spaces here). */
export function scanSpacing(text: string): SpacingScan {
  const faults: SpacingFault[] = [];
  let percentGlued = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const s = m[0];
    const at = m.index;
    const end = at + s.length;
    const before = text.charAt(at - 1);
    const next = text.charAt(end);
    const first = s.charCodeAt(0);
    if (first === 0x20) {
      if (MARK_AFTER_SPACE.test(s)) {
        if (isWordChar(before)) spaceBefore(text, at, at + 1, faults);
      } else if (s.trim() !== '') splitSyllable(text, at + 1, s.trim(), faults);
      else if (before !== '' && /[\p{L}\d“(]/u.test(next)) {
        if (!blankToFill(text, at, end))
          faults.push({ kind: 'double-space', start: at, end, replacement: ' ' });
      } else if (isWordChar(before)) spaceBefore(text, at, end, faults);
    } else if (first === 0x201c || first === 0x201d) {
      quoteSpacing(text, at, faults);
    } else if (first === 0x28) {
      if (before === '' || before === ' ' || before === '\t')
        faults.push({ kind: 'inside-bracket', start: at + 1, end, replacement: '' });
    } else if (first === 0x2c || first === 0x3b) {
      if (
        isWordChar(before) &&
        isWordChar(next) &&
        !/\d/u.test(before + next) &&
        !betweenAbbreviations(text, at)
      )
        faults.push({ kind: 'no-space-after', start: at, end: end + 1, replacement: `${s} ${next}` });
    } else if (next === '%') percentGlued++;
    else if (isWordChar(next)) gluedNumber(text, at, faults);
  }
  return { faults, percentGlued };
}

/** “ … ”: “ glued to the word before ("trình“Tấm"), ” to the word after, or “ followed by a space. */
function quoteSpacing(text: string, at: number, faults: SpacingFault[]): void {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + 1);
  if (text.charCodeAt(at) === 0x201d || WORD_CHAR.test(before)) {
    if (!WORD_CHAR.test(text.charAt(text.charCodeAt(at) === 0x201d ? at + 1 : at - 1))) return;
    const gap = text.charCodeAt(at) === 0x201c ? at : at + 1;
    const replacement = `${text.charAt(gap - 1)} ${text.charAt(gap)}`;
    faults.push({ kind: 'glued-quote', start: gap - 1, end: gap + 1, replacement });
  } else if (after === ' ' && WORD_CHAR.test(text.charAt(at + 2)) && (before === '' || /\s/u.test(before)))
    faults.push({ kind: 'inside-bracket', start: at + 1, end: at + 2, replacement: '' });
}

const CAPS_BEFORE = /(?:^|[^\p{L}\d])\p{Lu}{2,}$/u;
const CAPS_AFTER = /^\p{Lu}{2,}(?![\p{Ll}\d])/u;

/** "Sở VH,TT&DL": a comma inside an abbreviation in capitals. */
function betweenAbbreviations(text: string, at: number): boolean {
  return CAPS_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && CAPS_AFTER.test(text.slice(at + 1, at + 9));
}

const BLANK_BEFORE = /(?:ngày|tháng)$/u;
const BLANK_AFTER = /^(?:tháng|năm)\b/u;

/** "ngày   tháng 9 năm 2025": a blank left for the day or month, filled in when signed. */
function blankToFill(text: string, at: number, end: number): boolean {
  return BLANK_BEFORE.test(text.slice(Math.max(0, at - 5), at)) && BLANK_AFTER.test(text.slice(end, end + 5));
}

/** "thực tiễn ." "Tây Ninh ;" "1 %" "( abc )": spaces before a mark, a closing bracket or "%". */
function spaceBefore(text: string, at: number, end: number, faults: SpacingFault[]): void {
  const mark = text.charAt(end);
  const after = text.charAt(end + 1);
  if (!',;:!?.)”%'.includes(mark) || mark === '') return; // "175  /CĐN": the so-ky-hieu rule's
  if (mark === '%') {
    if (/\d/u.test(text.charAt(at - 1)))
      faults.push({ kind: 'percent-spaced', start: at, end, replacement: '' });
    return;
  }
  if (mark === ')' || mark === '”') {
    if (CLOSER_OR_END.test(text.slice(end + 1, end + 2)))
      faults.push({ kind: 'inside-bracket', start: at, end, replacement: '' });
    return;
  }
  // "....." blanks, "./.", numbers (" .5", "8 :30") and file names (" .docx") are not sentence marks.
  if (mark === '.' && (after === '.' || after === '/')) return;
  if (/\d/u.test(after)) return;
  if (/\p{L}/u.test(after) && mark !== '.') {
    // "nhận thức ,trình độ": the mark went over the space.
    faults.push({ kind: 'space-before', start: at, end: end + 1, replacement: `${mark} ` });
    return;
  }
  if (/\p{L}/u.test(after)) {
    LETTERS.lastIndex = end + 1;
    const word = LETTERS.exec(text)?.[0] ?? '';
    if (mark === '.' && looksLikeVietnameseSyllable(word) && word === word.toLowerCase())
      faults.push({ kind: 'space-before', start: at, end: end + 1 });
    return;
  }
  faults.push({ kind: 'space-before', start: at, end, replacement: '' });
}

/** "65ha", "1.700km" (a unit glued to its number) and "2021của" (a Vietnamese word glued to a number). */
function gluedNumber(text: string, digit: number, faults: SpacingFault[]): void {
  let start = digit;
  while (start > 0 && /[\d.,/]/u.test(text.charAt(start - 1))) start--;
  if (start > 0 && /[\p{L}-]/u.test(text.charAt(start - 1))) return; // "H5N1", "Covid-19"
  LETTERS.lastIndex = digit + 1;
  const word = LETTERS.exec(text)?.[0] ?? '';
  const after = text.charAt(digit + 1 + word.length);
  if (after === '/' || after === '-') return; // "50.000đ/người", "3G-4G"
  const lower = word.toLowerCase();
  const unit = UNITS.has(lower) && word !== 'M'; // "5M" is not metres
  const vietnamese =
    !unit &&
    word.length >= 2 &&
    word === word.toLowerCase() && // "1Hướng dẫn": a footnote mark copied from a web page
    (NON_ASCII.test(word) || word.length >= 3) && // "5G", "10am" are codes and English
    !/\d/u.test(word) &&
    looksLikeVietnameseSyllable(word);
  if (!unit && !vietnamese) return;
  faults.push({
    kind: unit ? 'glued-unit' : 'glued-word',
    start,
    end: digit + 1 + word.length,
    replacement: `${text.slice(start, digit + 1)} ${word}`,
  });
}

/** "qu y định", "ng ười": an onset alone, the rest of its syllable after a space. */
function splitSyllable(text: string, at: number, onset: string, faults: SpacingFault[]): void {
  const rest = at + onset.length + 1;
  LETTERS.lastIndex = rest;
  const tail = LETTERS.exec(text)?.[0] ?? '';
  // A lone letter may be a point's label ("điểm d ít nhất"): then only a tail that is no word itself.
  if (tail === '' || !looksLikeVietnameseSyllable(onset + tail)) return;
  if (onset.length === 1 && looksLikeVietnameseSyllable(tail)) return;
  faults.push({ kind: 'split-syllable', start: at, end: rest + tail.length, replacement: onset + tail });
}

const CAPITAL_RUN = /\p{Lu}{5,}/gu;

/** "THỰC HIỆNKHÔNG": two syllables in capitals run together (titles and headings are in capitals). */
export function gluedCapitals(text: string): SpacingFault[] {
  const faults: SpacingFault[] = [];
  CAPITAL_RUN.lastIndex = 0;
  for (let m = CAPITAL_RUN.exec(text); m !== null; m = CAPITAL_RUN.exec(text)) {
    const word = m[0];
    const end = m.index + word.length;
    if (/[\p{L}\d]/u.test(text.charAt(end)) || !NON_ASCII.test(word) || looksLikeVietnameseSyllable(word))
      continue;
    for (let cut = 1; cut < word.length; cut++) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (!looksLikeVietnameseSyllable(head) || !looksLikeVietnameseSyllable(tail)) continue;
      faults.push({ kind: 'glued-capitals', start: m.index, end, replacement: `${head} ${tail}` });
      break;
    }
  }
  return faults;
}

const small = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x1ef9);
const capital = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x1ef8);
/**
 * Three capitals among the first letters, /^[^a-zà-ỹ]{0,12}[A-ZĐÀ-Ỹ]{3}/ read unit by unit (no regex
 * call a paragraph): a line that may be all in capitals, where "HIỆNKHÔNG" can hide.
 */
export function capitalsStart(text: string): boolean {
  for (let s = 0; s <= 12 && !(s > 0 && small(text.charCodeAt(s - 1))); s++)
    if (capital(text.charCodeAt(s)) && capital(text.charCodeAt(s + 1)) && capital(text.charCodeAt(s + 2)))
      return true;
  return false;
}
