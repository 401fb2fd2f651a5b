import { matchMojibake } from './mojibake.ts';
import { forEachNfcSegment, nfcOfSegment } from './nfc-segments.ts';

/** The kinds of character-level damage that pasting and converting leaves in documents. */
export type HygieneKind =
  | 'replacement-char'
  | 'eth-for-dj'
  | 'zero-width'
  | 'nbsp'
  | 'not-nfc'
  | 'control-char'
  | 'private-use'
  | 'mojibake';

/**
 * One run of damaged characters: `range` is [start, end) in UTF-16 units of the scanned string;
 * `replacement` is present only when the fix is certain.
 */
export interface HygieneIssue {
  kind: HygieneKind;
  range: [number, number];
  replacement?: string;
}

interface Draft {
  kind: HygieneKind;
  start: number;
  end: number;
  replacement: string | undefined;
  /** Mojibake only: false when every part could also be ordinary text. */
  certain: boolean;
}

interface CharClass {
  kind: HygieneKind;
  replacement: string | undefined;
}

const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;

function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return low;
}

/** A ZWJ between two emoji builds one emoji (👨‍👩‍👧); removing it is not a certain fix. */
function joinsEmoji(text: string, i: number): boolean {
  const before = codePointBefore(text, i);
  const after = text.codePointAt(i + 1);
  if (before === undefined || after === undefined) return false;
  const b = String.fromCodePoint(before);
  const beforeOk = before === 0xfe0f || EXTENDED_PICTOGRAPHIC.test(b) || EMOJI_MODIFIER.test(b);
  return beforeOk && EXTENDED_PICTOGRAPHIC.test(String.fromCodePoint(after));
}

function classify(text: string, i: number, cp: number): CharClass | undefined {
  if (cp === 0xfffd) return { kind: 'replacement-char', replacement: undefined };
  if (cp === 0xd0) return { kind: 'eth-for-dj', replacement: 'Đ' };
  if (cp === 0x200b || cp === 0x200c || cp === 0x2060 || cp === 0xfeff || cp === 0xad) {
    return { kind: 'zero-width', replacement: '' };
  }
  if (cp === 0x200d) return joinsEmoji(text, i) ? undefined : { kind: 'zero-width', replacement: '' };
  if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) {
    return { kind: 'nbsp', replacement: ' ' };
  }
  // C0 controls except tab, line feed and carriage return, plus DEL and the C1 controls.
  // U+000B and U+000C are kept: the Google Docs API writes a line break inside a paragraph as
  // U+000B, and converters write page breaks as U+000C; deleting either would join words.
  if (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0b && cp !== 0x0c) ||
    (cp >= 0x7f && cp <= 0x9f)
  ) {
    return { kind: 'control-char', replacement: '' };
  }
  // Symbol fonts (Wingdings bullets) paste as private-use characters that no other font draws.
  if ((cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xf0000 && cp <= 0x10fffd && (cp & 0xfffe) !== 0xfffe)) {
    return { kind: 'private-use', replacement: undefined };
  }
  return undefined;
}

/** Appends a draft, joining it to the previous one when they touch and share a kind. */
function append(drafts: Draft[], next: Draft): void {
  const last = drafts[drafts.length - 1];
  if (last !== undefined && next.start < last.end) return; // overlapping: the first finding wins
  if (last !== undefined && last.kind === next.kind && last.end === next.start) {
    last.end = next.end;
    last.replacement =
      last.replacement !== undefined && next.replacement !== undefined
        ? last.replacement + next.replacement
        : undefined;
    last.certain ||= next.certain;
    return;
  }
  drafts.push({ ...next });
}

/** Pass 1: one walk over the code points for everything but NFC. */
function scanCharacters(text: string): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // Printable ASCII and U+0100–U+1FFF (Vietnamese letters among them) are never damage, and a
    // mojibake sequence only starts at a lead byte U+00C2–U+00F4: skip them without the checks.
    if ((c >= 0x20 && c < 0x7f) || (c >= 0x100 && c < 0x2000)) {
      i++;
      continue;
    }
    const mojibake = matchMojibake(text, i);
    if (mojibake !== null) {
      const { end, decoded, certain } = mojibake;
      append(drafts, { kind: 'mojibake', start: i, end, replacement: decoded ?? undefined, certain });
      i = end;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const found = classify(text, i, cp);
    if (found !== undefined) append(drafts, { ...found, start: i, end: i + width, certain: true });
    i += width;
  }
  return drafts;
}

/** Every character classify() reports: U+FFFD, Ð, zero-width, odd spaces, controls, private use. */
export const MAYBE_CHARACTER_ISSUE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  /[\u0000-\u0008\u000e-\u001f\u007f-\u00a0\u00ad\u00d0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\ufffd\ue000-\uf8ff\udb80-\udbff]/;
/** A UTF-8 continuation byte (0x80–0xBF) read as Windows-1252: Latin-1 U+0080–U+00BF or its specials. */
const CONTINUATION =
  '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';
/**
 * What matchMojibake needs to find anything: a lead byte read as Windows-1252 followed by all its
 * continuation bytes (one after U+00C2–U+00DF, two after U+00E0–U+00EF, three after U+00F0–U+00F4),
 * or the truncated "á»"/"áº". A Vietnamese letter before a curly quote ("nhà”") is not enough.
 */
export const MAYBE_MOJIBAKE = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|\\u00e1[\\u00ba\\u00bb]|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
);

/** True when every unit is NFC on its own and cannot compose with its neighbour. */
function isPlainNfc(text: string): boolean {
  return !MAYBE_NOT_NFC.test(text);
}
// U+2010–U+205E (dashes, “quotes”, •, …) are NFC starters that compose with nothing, like ASCII.
// biome-ignore lint/suspicious/noControlCharactersInRegex: a range that starts at U+0000 on purpose
export const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u205e]/;

/**
 * Any character MAYBE_CHARACTER_ISSUE or MAYBE_NOT_NFC would find: their union, as one class —
 * written as what neither finds (tests compare it with both on every UTF-16 unit).
 */
export const MAYBE_CHARACTER_OR_NFC =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: tab to carriage return are allowed on purpose
  /[^\u0009-\u000d\u0020-\u007e\u00a1-\u00ac\u00ae-\u00cf\u00d1-\u02ff\u1e00-\u1eff\u2010-\u202e\u2030-\u205e]/;

/** Pass 2: segments (a letter and its marks) whose NFC form differs from what is written. */
function scanNfc(text: string): Draft[] {
  const drafts: Draft[] = [];
  forEachNfcSegment(text, (start, end) => {
    if (end - start === 1 && text.charCodeAt(start) < 0x300) return;
    const segment = text.slice(start, end);
    const nfc = nfcOfSegment(segment);
    if (nfc !== segment) append(drafts, { kind: 'not-nfc', start, end, replacement: nfc, certain: true });
  });
  return drafts;
}

/**
 * Finds invisible and damaged characters: U+FFFD, Ð for Đ, zero-width characters, NBSP and odd
 * spaces, text not in NFC, control and private-use characters, and UTF-8 read as Windows-1252.
 * Ranges are in the given string, sorted, non-empty and non-overlapping. Linear time.
 */
export function scanHygiene(text: string): HygieneIssue[] {
  // Nearly every paragraph is clean: one class test for both single-character hints and one for
  // mojibake settle it before anything else runs.
  const maybeCharacter = MAYBE_CHARACTER_OR_NFC.test(text);
  const maybeMojibake = MAYBE_MOJIBAKE.test(text);
  if (!maybeCharacter && !maybeMojibake) return [];
  // Otherwise the two single-character tests, each only when the union found something.
  const characters =
    (maybeCharacter && MAYBE_CHARACTER_ISSUE.test(text)) || maybeMojibake ? scanCharacters(text) : [];
  const nfc = !maybeCharacter || isPlainNfc(text) ? [] : scanNfc(text);
  // A truncated "á»" alone could be Spanish "está»"; next to a clean mojibake sequence it is not.
  const anyDecodedMojibake = characters.some((d) => d.kind === 'mojibake' && d.replacement !== undefined);
  const merged: Draft[] = [];
  let a = 0;
  let b = 0;
  while (a < characters.length || b < nfc.length) {
    const x = characters[a];
    const y = nfc[b];
    const takeX = x !== undefined && (y === undefined || x.start <= y.start);
    const next = takeX ? x : y;
    if (takeX) a++;
    else b++;
    if (next === undefined) break;
    if (next.kind === 'mojibake' && !next.certain && !anyDecodedMojibake) continue;
    append(merged, next);
  }
  return merged.map(({ kind, start, end, replacement }) =>
    replacement === undefined ? { kind, range: [start, end] } : { kind, range: [start, end], replacement },
  );
}
