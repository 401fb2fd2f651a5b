import * as spaceUnit from '../text/space-unit.ts';
import type { Numbering } from './numbering.ts';
import { fromRoman, letterValue, ordinalValue } from './vietnamese-letters.ts';

// Read once: an imported binding may be a getter (tsx, CommonJS), too slow to read a paragraph.
const { isSpaceUnit, skipSpaces } = spaceUnit;

/** "PHẦN THỨ NHẤT", "Phần thứ hai", "Phần I", "PHẦN 2" */
const PHAN =
  /^(PHẦN|Phần)[\s\u00A0]+(?:(THỨ|Thứ|thứ)[\s\u00A0]+(\p{L}+)|([IVXLC]+|\d{1,2})(?![\p{L}\d]))[.:]?/u;
/** "Chương I", "CHƯƠNG 2", "Mục 1", "Tiểu mục 2" */
const CHAPTER = /^(CHƯƠNG|Chương|TIỂU MỤC|Tiểu mục|MỤC|Mục)[\s\u00A0]+([IVXLC]+|\d{1,2})(?![\p{L}\d])[.:]?/u;
/** "Điều 1." */
const DIEU = /^(ĐIỀU|Điều)[\s\u00A0]+(\d{1,3})[.:]/u;
/** "1.2.3." / "1.2.3" / "1.2." / "1.2" then a space or the end */
const DECIMAL = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\.?(?=[\s\u00A0]|$)/u;
/** "1." "1)" "1/" then a space or the end ("1/5/2020" is a date, not a number) */
const ARABIC = /^(\d{1,2})[.)/](?=[\s\u00A0]|$)/u;
/** "I." "IV." "II)" */
const ROMAN = /^([IVXLC]+)[.)](?=[\s\u00A0]|$)/u;
/** "A." "Đ." (single capital letter) */
const UPPER = /^([A-ZĐ])\.(?=[\s\u00A0]|$)/u;
/** "a)" "đ)" and "a." "b." */
const LOWER = /^([a-zđ])([.)])(?=[\s\u00A0]|$)/u;
const DASH = /^[-–—‒](?=[\s\u00A0]*\S)/u;
const PLUS = /^\+(?=[\s\u00A0]*\S)/u;
/** Wingdings/Symbol bullets that lost their font (private use area) or became U+FFFD, as a class body. */
export const LOST_FONT_BULLETS = '\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uFFFD';
/** Bullet characters, drawn ones and lost-font ones. */
const BULLETS = `•·●○◦■□▪▫►➢✓✔*${LOST_FONT_BULLETS}`;
const BULLET = new RegExp(`^[${BULLETS}](?=[\\s\\u00A0])`, 'u');
const LIST_MARKERS = [
  ['dash', DASH],
  ['plus', PLUS],
  ['bullet', BULLET],
] as const;

/** The keywords PHAN, CHAPTER and DIEU start with, as written there. */
const NUMBER_KEYWORDS = [
  'PHẦN',
  'Phần',
  'CHƯƠNG',
  'Chương',
  'TIỂU MỤC',
  'Tiểu mục',
  'MỤC',
  'Mục',
  'ĐIỀU',
  'Điều',
];
/** 1 for each unit a keyword starts with (P, C, T, M, Đ). */
const KEYWORD_STARTS = Uint8Array.from(
  { length: 0x200 },
  (_, c) => +NUMBER_KEYWORDS.some((k) => k.charCodeAt(0) === c),
);
/** The units BULLET starts with; none is a letter or a digit. */
const BULLET_UNITS = new Set(Array.from(BULLETS, (ch) => ch.charCodeAt(0)));

/**
 * Reads the number at the start of a paragraph, if any. `previousUpperLetter` is the value of the
 * last "A."-style heading seen, so that "I." after "H." reads as a letter, not as Roman one.
 * Equal to parseNumberingDefinition; the first two units decide which regexes can match at all.
 */
export function parseNumbering(text: string, previousUpperLetter = 0): Numbering | null {
  // trimStart drops exactly what /^[\s\u00A0]*/u would (\s holds NBSP); nearly no text needs it.
  const s = isSpaceUnit(text.charCodeAt(0)) ? text.trimStart() : text;
  const lead = text.length - s.length;
  const c = s.charCodeAt(0);
  // List items are most paragraphs of a report: read their marker from char codes, no regex.
  const marker = markerScheme(c);
  if (marker !== null) return listMarkerAt(s, lead, marker);
  // Most other paragraphs are body text, ruled out by their first units.
  if (!mayStartNumber(s, c)) return null;
  return readNumber(s, lead, previousUpperLetter);
}

/** The readable definition of parseNumbering: every scheme's regex in turn, on any text. */
export function parseNumberingDefinition(text: string, previousUpperLetter = 0): Numbering | null {
  const s = text.trimStart();
  const lead = text.length - s.length;
  return readNumber(s, lead, previousUpperLetter) ?? listMarker(s, lead);
}

/** Which list marker a unit is, if any. */
function markerScheme(c: number): 'dash' | 'plus' | 'bullet' | null {
  switch (c) {
    case 0x2d: // -
    case 0x2013: // –
    case 0x2014: // —
    case 0x2012: // ‒
      return 'dash';
    case 0x2b:
      return 'plus';
    default:
      return BULLET_UNITS.has(c) ? 'bullet' : null;
  }
}

/** listMarker for a text that starts with a marker unit, from char codes. */
function listMarkerAt(s: string, lead: number, scheme: 'dash' | 'plus' | 'bullet'): Numbering | null {
  const titleStart = skipSpaces(s, 1);
  // A bullet needs a space right after it; a dash or a plus needs some text after its spaces.
  if (scheme === 'bullet' ? titleStart === 1 : titleStart === s.length) return null;
  // Most list items of a document start alike ("- " at the left margin): one frozen result each.
  const unit = s.charCodeAt(0);
  const shareable = lead < 0x400 && titleStart < 0x400;
  const key = unit * 0x100000 + lead * 0x400 + titleStart;
  const shared = shareable ? MARKERS.get(key) : undefined;
  if (shared) return shared;
  const made: Numbering = {
    scheme,
    values: NO_VALUES,
    label: s.charAt(0),
    range: Object.freeze([lead, lead + 1]) as [number, number],
    titleStart: lead + titleStart,
  };
  if (shareable && MARKERS.size < 4096) MARKERS.set(key, Object.freeze(made));
  return made;
}

/** List-marker results by marker unit, lead and title start; frozen, so no caller can change one. */
const MARKERS = new Map<number, Numbering>();
const NO_VALUES = Object.freeze([]) as unknown as number[];

/**
 * Whether any scheme of readNumber can match a text starting with unit `c` (not a list marker): a
 * digit, a letter before "." or ")", two Roman digits, or a keyword ("Phần", "Chương", "Điều" …).
 */
function mayStartNumber(s: string, c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  const next = s.charCodeAt(1);
  if (next === 0x2e || next === 0x29) return true;
  if (isRomanDigit(c) && isRomanDigit(next)) return true;
  if (!(c < KEYWORD_STARTS.length && KEYWORD_STARTS[c] === 1)) return false;
  for (const keyword of NUMBER_KEYWORDS) {
    if (keyword.charCodeAt(0) === c && s.startsWith(keyword)) return true;
  }
  return false;
}

/** I, V, X, L, C: the Roman digits ROMAN reads. */
function isRomanDigit(c: number): boolean {
  return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43;
}

/** Every numbering scheme's regex in turn on `s` (the text without its `lead` leading spaces). */
function readNumber(s: string, lead: number, previousUpperLetter: number): Numbering | null {
  let m = PHAN.exec(s);
  if (m) {
    const word = m[3];
    const value = word !== undefined ? ordinalValue(word) : numberOrRoman(m[4] ?? '');
    if (value > 0)
      return numbering(
        s,
        lead,
        'phan',
        [value],
        word !== undefined ? `${m[2]} ${word}` : (m[4] ?? ''),
        m[0].length,
      );
  }
  m = CHAPTER.exec(s);
  if (m) {
    const keyword = (m[1] ?? '').toLocaleLowerCase('vi');
    const scheme = keyword === 'chương' ? 'chuong' : keyword === 'mục' ? 'muc' : 'tieu-muc';
    const value = numberOrRoman(m[2] ?? '');
    if (value > 0) return numbering(s, lead, scheme, [value], m[2] ?? '', m[0].length);
  }
  m = DIEU.exec(s);
  if (m) return numbering(s, lead, 'dieu', [Number(m[2])], m[2] ?? '', m[0].length);
  m = DECIMAL.exec(s);
  if (m) {
    const values = [Number(m[1]), Number(m[2])];
    if (m[3] !== undefined) values.push(Number(m[3]));
    // "1.5 lần" is a quantity: a two-level number must end with a dot or be followed by a capital.
    const next = s.slice(m[0].length).trimStart();
    if (m[0].endsWith('.') || /^\p{Lu}/u.test(next)) {
      return numbering(
        s,
        lead,
        values.length === 3 ? 'decimal3' : 'decimal2',
        values,
        values.join('.'),
        m[0].length,
      );
    }
  }
  m = ARABIC.exec(s);
  if (m) return numbering(s, lead, 'arabic', [Number(m[1])], m[1] ?? '', m[0].length);
  m = ROMAN.exec(s);
  if (m) {
    const label = m[1] ?? '';
    const letter = label.length === 1 ? letterValue(label) : 0;
    const roman = fromRoman(label);
    // "C." and "D." are letters unless a Roman sequence could reach them; "I." after "H." is a letter.
    const asLetter =
      label.length === 1 &&
      (roman === 0 || label === 'C' || label === 'D' || letter === previousUpperLetter + 1);
    if (asLetter && letter > 0) return numbering(s, lead, 'upper-letter', [letter], label, m[0].length);
    if (roman > 0) return numbering(s, lead, 'roman', [roman], label, m[0].length);
  }
  m = UPPER.exec(s);
  if (m) {
    const value = letterValue(m[1] ?? '');
    if (value > 0) return numbering(s, lead, 'upper-letter', [value], m[1] ?? '', m[0].length);
  }
  m = LOWER.exec(s);
  if (m) {
    const value = letterValue(m[1] ?? '');
    if (value > 0)
      return numbering(
        s,
        lead,
        m[2] === ')' ? 'letter-paren' : 'letter-dot',
        [value],
        m[1] ?? '',
        m[0].length,
      );
  }
  return null;
}

/** A list marker ("-", "+", "•") at the start of `s`, or null. */
function listMarker(s: string, lead: number): Numbering | null {
  for (const [scheme, pattern] of LIST_MARKERS) {
    const m = pattern.exec(s);
    if (m) return numbering(s, lead, scheme, [], m[0], m[0].length);
  }
  return null;
}

/** The Numbering of a label `length` units long at the start of `s` (which starts `lead` units in). */
function numbering(
  s: string,
  lead: number,
  scheme: Numbering['scheme'],
  values: number[],
  label: string,
  length: number,
): Numbering {
  return { scheme, values, label, range: [lead, lead + length], titleStart: lead + skipSpaces(s, length) };
}

function numberOrRoman(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : fromRoman(s);
}
