/**
 * Linear-time NFC, one segment at a time.
 *
 * `String#normalize` sorts combining marks with an insertion sort, so a letter followed by 100 000
 * marks takes seconds (measured: 200k marks ≈ 11 s on Node 20). Pasted text is untrusted, so we never
 * hand a whole string to it: we cut the text into segments that NFC cannot join (a starter and the
 * marks that follow it), normalize each short segment on its own, and leave absurdly long segments
 * as they are — the same bound UAX #15's Stream-Safe Text Format puts on runs of non-starters.
 */

/** Segments longer than this (UTF-16 units) are left unnormalized; real text never comes close. */
export const MAX_SEGMENT_LENGTH = 64;

const MARK = /\p{M}/u;

/**
 * True when NFC can never join this code point to what precedes it, so a segment may start here.
 * Every character that composes with or reorders against its predecessor is a combining mark
 * (ccc ≠ 0 or NFC_Quick_Check = Maybe), except the Hangul medial vowels and final consonants.
 */
export function startsNfcSegment(cp: number): boolean {
  if (cp < 0x300) return true;
  // Latin Extended Additional (all the precomposed Vietnamese letters): letters, never marks.
  if (cp >= 0x1e00 && cp <= 0x1eff) return true;
  // General punctuation (dashes, quotes, •, …): starters that never compose.
  if (cp >= 0x2010 && cp <= 0x205e) return true;
  if ((cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) return false;
  return !MARK.test(String.fromCodePoint(cp));
}

/** Calls `visit(start, end)` for each NFC segment of `s`, in order; the segments tile the string. */
export function forEachNfcSegment(s: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0;
    if (i > start && startsNfcSegment(cp)) {
      visit(start, i);
      start = i;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (s.length > start) visit(start, s.length);
}

/** NFC of one segment; cheap for the single characters that make up nearly all text. */
export function nfcOfSegment(segment: string): string {
  if (segment.length > MAX_SEGMENT_LENGTH) return segment;
  // Below U+0300 no character decomposes canonically or composes with a predecessor.
  if (segment.length === 1 && segment.charCodeAt(0) < 0x300) return segment;
  return segment.normalize('NFC');
}

/** NFC of a whole string in linear time (segments over MAX_SEGMENT_LENGTH are kept as written). */
export function toNfc(s: string): string {
  const parts: string[] = [];
  let copyFrom = 0;
  forEachNfcSegment(s, (start, end) => {
    if (end - start === 1 && s.charCodeAt(start) < 0x300) return;
    const segment = s.slice(start, end);
    const nfc = nfcOfSegment(segment);
    if (nfc === segment) return;
    parts.push(s.slice(copyFrom, start), nfc);
    copyFrom = end;
  });
  if (copyFrom === 0) return s;
  parts.push(s.slice(copyFrom));
  return parts.join('');
}
