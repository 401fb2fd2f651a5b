/**
 * What the four punctuation rules (khoang-trang, gach-noi, dau-ngoac, dau-cau) look for in a
 * paragraph, as four bits: the definition. paragraph-marks.ts reads them for every paragraph in the
 * one reading the rules share (with a few more bits), and is tested against candidateFlags.
 */

/** A space out of place ("  ", " ,", "( ", "trình“", "giỏi,thực", "65ha", "qu y"). */
export const SPACING = 1;
/** A hyphen or dash after the paragraph's first character. */
export const DASH = 2;
/** A quotation mark or a bracket. */
export const PAIR = 4;
/** "..", ",....", ". vận hành", "V/v:". */
export const STOP = 8;
const ALL = SPACING | DASH | PAIR | STOP;

/**
 * Every branch starts with its own character and none looks behind, without the u flag: irregexp
 * skips the text between candidates fast. À-ỹ holds every Vietnamese letter; the rules check the rest.
 */
const CANDIDATE =
  /^[“"]?V\/v\s*:| (?: +|[,;:!?.)”%]|(?:qu|[bcdđghklmnprstvx]{1,3}) [a-zà-ỹ])|[(“”)"‘’']|[,;](?:[A-Za-zÀ-ỹ]|\.{4})|\d[A-Za-zÀ-ỹ%]|[-–]|\.(?:\.|[ ][a-zà-ỹ])/g;

/** A digit or a letter, or any unit above U+00BF (a superset: the rules check the rest). */
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
}

/** The flags of one match, by its first character. */
export function flagsOf(text: string, s: string, at: number): number {
  if (at === 0 && s.endsWith(':') && s.includes('V/v')) return STOP | PAIR;
  switch (s.charCodeAt(0)) {
    case 0x20:
      return SPACING;
    case 0x28: // "( abc": a space inside
      return text.charCodeAt(at + 1) === 0x20 ? PAIR | SPACING : PAIR;
    case 0x201c: // "“ abc", "trình“Tấm": a space inside, or none before
      return text.charCodeAt(at + 1) === 0x20 || isWordUnit(text.charCodeAt(at - 1)) ? PAIR | SPACING : PAIR;
    case 0x201d: // "”là": no space after
      return isWordUnit(text.charCodeAt(at + 1)) ? PAIR | SPACING : PAIR;
    case 0x2c:
    case 0x3b:
      return s.charCodeAt(1) === 0x2e ? STOP : SPACING;
    case 0x2d:
    case 0x2013:
      return at > 0 ? DASH : 0;
    case 0x2e:
      return STOP;
    default:
      return s.charCodeAt(0) <= 0x39 && s.charCodeAt(0) >= 0x30 ? SPACING : PAIR;
  }
}

/** The flags of one paragraph, reading its candidates from `from` on (the definition: from 0). */
export function candidateFlags(text: string, from = 0): number {
  let f = 0;
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m !== null && f !== ALL; m = CANDIDATE.exec(text))
    f |= flagsOf(text, m[0], m.index);
  return f;
}
