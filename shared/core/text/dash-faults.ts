import { fold } from './fold.ts';

/** One hyphen or dash between two words or numbers, with what surrounds it. */
export interface DashUse {
  /** [start, end) of the dash and the spaces around it. */
  start: number;
  end: number;
  dash: string;
  /** 'both' = "A - B", 'none' = "A-B", 'left'/'right' = spaced on that side only. */
  spaced: 'both' | 'none' | 'left' | 'right';
  /** Two years ("2020 - 2025"), two words, or anything else (a number, a word and a number). */
  between: 'years' | 'words' | 'other';
  /** The words on each side, folded ("tri|xa"), for words only. */
  pair: string;
  /** For an unspaced dash between words: both sides are names of several capitalised words. */
  names: boolean;
}

/** A dash with at most one space on each side. */
const DASH = /[-–]/g;
const LEFT_OK = /[\p{L}\d)”’"]/u;
const RIGHT_OK = /[\p{L}\d(“"]/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const WORD_AFTER = /^\p{L}+/u;
const YEAR_BEFORE = /^[(“"]?(?:19|20)\d\d$/u;
const YEAR_AFTER = /^(?:19|20)\d\d(?![\d/])/u;
/** A token with "/" and a letter: a số ký hiệu ("12/KH", "NQ/TW"); a date has digits only. */
const KY_HIEU = /\/.*\p{L}|\p{L}.*\//u;
const LABEL_ONLY = /^\s*(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED_BEFORE = /\p{Lu}\p{Ll}* $/u;
const WORD_FOLLOWS = /^ \p{L}/u;
const SO_LINE = /^\s*(?:Số|SỐ|số)\b/u;

/** LEFT_OK (with ")" and '"') or RIGHT_OK (with "(" and '"') of one unit, ASCII read by its code. */
function okBeside(text: string, at: number, bracket: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === bracket ||
      c === 0x22
    );
  if (!(c >= 0x80)) return false; // no unit there
  return (bracket === 0x29 ? LEFT_OK : RIGHT_OK).test(text.charAt(at));
}

/**
 * Every dash of a paragraph that stands between two words or numbers: not list marks, not runs
 * of dashes ("-----"), not inside a số ký hiệu ("12/KH-UBND", "29-NQ/TW") or a date.
 */
export function scanDashes(text: string): DashUse[] {
  const uses: DashUse[] = [];
  // A list mark opening the paragraph ("- Tổ chức …") is no dash between words: start after it.
  DASH.lastIndex = text.charCodeAt(0) === 0x2d || text.charCodeAt(0) === 0x2013 ? 1 : 0;
  for (let m = DASH.exec(text); m !== null; m = DASH.exec(text)) {
    // One space on each side at most belongs to the dash; the regex finds the dash alone (faster).
    const spaceL = text.charCodeAt(m.index - 1) === 0x20;
    const spaceR = text.charCodeAt(m.index + 1) === 0x20;
    const s = m[0];
    const start = spaceL ? m.index - 1 : m.index;
    const end = m.index + 1 + (spaceR ? 1 : 0);
    if (!okBeside(text, start - 1, 0x29) || !okBeside(text, end, 0x28)) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    const tokenBefore = before.slice(before.lastIndexOf(' ') + 1);
    // A số ký hiệu or a date: "12/KH-UBND", "29-NQ/TW", "KH- UBND" is the so-ky-hieu rule's.
    // An abbreviation after the dash is a ký hiệu only beside a "/" or on the "Số" line; elsewhere
    // "CB- ĐVCĐ" is two abbreviations joined. A dash spaced on both sides is read on either way.
    if (!(spaceL && spaceR)) {
      const tokenAfter = after.split(/[\s,;]/u, 1)[0] ?? '';
      const kyHieuAfter = /^\p{Lu}{2,}/u.test(tokenAfter) && (before.includes('/') || SO_LINE.test(text));
      if (KY_HIEU.test(tokenBefore) || KY_HIEU.test(tokenAfter) || kyHieuAfter) continue;
    }
    if (start < 12 && LABEL_ONLY.test(text.slice(0, start))) continue; // "1- Công tác …": a heading's label
    const spaced = spaceL && spaceR ? 'both' : spaceL ? 'left' : spaceR ? 'right' : 'none';
    const years = YEAR_BEFORE.test(tokenBefore) && YEAR_AFTER.test(after);
    const w1 = LETTERS_ONLY.test(tokenBefore) ? tokenBefore : '';
    const w2 = w1 === '' ? '' : (WORD_AFTER.exec(after)?.[0] ?? ''); // read only beside a word
    const words = w1 !== '' && w2 !== '';
    const pair = words ? `${fold(w1)}|${fold(w2)}` : '';
    const names =
      words &&
      CAPITALISED.test(w1) &&
      CAPITALISED.test(w2) &&
      CAPITALISED_BEFORE.test(before.slice(0, before.length - w1.length)) &&
      WORD_FOLLOWS.test(after.slice(w2.length));
    uses.push({
      start,
      end,
      dash: s,
      spaced,
      between: years ? 'years' : words ? 'words' : 'other',
      pair,
      names,
    });
  }
  return uses;
}
