import { forEachNfcSegment, nfcOfSegment } from './nfc-segments.ts';

/** Text prepared for analysis, and the way back to positions in the text the user wrote. */
export interface NormalizedText {
  /** NFC, look-alike Đ fixed, odd spaces made plain, invisible characters removed. */
  text: string;
  /** Maps an index in `text` (0..text.length) to an index in the original string; monotonic. */
  toOriginal: (i: number) => number;
}

/**
 * What a character becomes before NFC: `undefined` keeps it, '' drops it.
 * Quotes are deliberately absent: “…” and "…" are the writer's choice and rules report on them.
 */
function replacementFor(c: number): string | undefined {
  // U+00D0 Latin capital ETH is drawn exactly like Đ and comes from Word's symbol table and
  // old fonts; matching "QĐ" must not miss "QÐ".
  if (c === 0xd0) return 'Đ';
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) {
    return ' ';
  }
  // Zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen: invisible, and they split
  // words for every regex that looks at the text.
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) {
    return '';
  }
  return undefined;
}

/** Step 1: per-character replacements, with the original index of every kept unit. */
function replaceCharacters(s: string): { mapped: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  let copyFrom = 0;
  for (let i = 0; i < s.length; i++) {
    const replacement = replacementFor(s.charCodeAt(i));
    if (replacement === undefined) {
      origin.push(i);
      continue;
    }
    parts.push(s.slice(copyFrom, i), replacement);
    copyFrom = i + 1;
    if (replacement !== '') origin.push(i);
  }
  origin.push(s.length);
  if (copyFrom === 0) return { mapped: s, origin };
  parts.push(s.slice(copyFrom));
  return { mapped: parts.join(''), origin };
}

/**
 * Normalizes text for rules to analyse: NFC; Ð (U+00D0) → Đ; NBSP and other Unicode spaces → ' ';
 * zero-width characters and soft hyphens removed; line ends and quotes kept as written.
 * Linear time, and `toOriginal` lets rules report ranges in the original string.
 */
export function normalizeForAnalysis(s: string): NormalizedText {
  return isAlreadyNormal(s) ? { text: s, toOriginal: identityMap(s.length) } : normalizeWithMap(s);
}

/**
 * The general path of normalizeForAnalysis. A function of its own: the variables its closures
 * capture would otherwise be allocated on every call, the fast path's included.
 */
function normalizeWithMap(s: string): NormalizedText {
  // Replace first, then compose: "a\u200B\u0301" must become "á", not "a" + a stray accent.
  const { mapped, origin: mappedOrigin } = replaceCharacters(s);
  const parts: string[] = [];
  const origin: number[] = [];
  let copyFrom = 0;
  forEachNfcSegment(mapped, (start, end) => {
    const length = end - start;
    if (length === 1 && mapped.charCodeAt(start) < 0x300) {
      origin.push(mappedOrigin[start] ?? 0);
      return;
    }
    const segment = mapped.slice(start, end);
    const nfc = nfcOfSegment(segment);
    // Inside a segment that changed length there is no exact correspondence; positions map to the
    // segment's own units in order, so a range over the whole segment maps to the whole original.
    for (let j = 0; j < nfc.length; j++) origin.push(mappedOrigin[start + Math.min(j, length - 1)] ?? 0);
    if (nfc === segment) return;
    parts.push(mapped.slice(copyFrom, start), nfc);
    copyFrom = end;
  });
  origin.push(s.length);
  const text = copyFrom === 0 ? mapped : parts.join('') + mapped.slice(copyFrom);
  const last = origin.length - 1;
  const toOriginal = (i: number): number => {
    const k = Number.isNaN(i) ? 0 : Math.min(Math.max(Math.trunc(i), 0), last);
    return origin[k] ?? s.length;
  };
  return { text, toOriginal };
}

/**
 * Fast path for nearly all real text: only characters that are NFC on their own and need no
 * replacement — below U+0300 (minus NBSP, soft hyphen, Ð), precomposed Vietnamese (U+1E00–U+1EFF) or
 * the dashes, quotes, bullets and “…” of U+2010–U+205E but the narrow NBSP U+202F (starters that
 * compose with nothing, checked against every code point in tests) — so the text is already
 * normalized and positions map to themselves.
 */
export function isAlreadyNormal(s: string): boolean {
  // One native regex scan is several times faster than a charCodeAt loop in JS, and an anchored
  // run of the allowed class (a tight greedy loop) is faster than searching for a disallowed unit.
  return ALREADY_NORMAL.test(s);
}
const ALREADY_NORMAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a range that starts at U+0000 on purpose
  /^[\u0000-\u009f\u00a1-\u00ac\u00ae-\u00cf\u00d1-\u02ff\u1e00-\u1eff\u2010-\u202e\u2030-\u205e]*$/;

/** Identity maps for short texts, one per length: nearly every paragraph needs one. */
const IDENTITY_CACHE_LIMIT = 2048;
const identities = new Array<((i: number) => number) | undefined>(IDENTITY_CACHE_LIMIT);

/** The `toOriginal` of an already-normal text `length` units long: positions map to themselves. */
export function identityMap(length: number): (i: number) => number {
  const cached = identities[length];
  if (cached) return cached;
  const identity = clampTo(length);
  if (length < IDENTITY_CACHE_LIMIT) identities[length] = identity;
  return identity;
}

/** A map clamping positions to 0..length (made apart: a closure's variables cost every call). */
function clampTo(length: number): (i: number) => number {
  return (i) => (Number.isNaN(i) ? 0 : Math.min(Math.max(Math.trunc(i), 0), length));
}

/** The normalized text alone: `normalizeForAnalysis(s).text`. Idempotent. */
export function normalizeText(s: string): string {
  return normalizeForAnalysis(s).text;
}
