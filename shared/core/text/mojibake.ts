/**
 * Recognizing UTF-8 that was decoded as Windows-1252 or Latin-1 ("Cá»™ng hÃ²a" for "Cộng hòa").
 * Each such sequence is a lead-byte character (Â…ô) followed by one to three continuation-byte
 * characters (€…¿); we read the bytes back and decode them.
 */

// Windows-1252 0x80–0x9F. The five bytes it leaves undefined (81 8D 8F 90 9D) come through
// as the C1 control with the same number, as do all of them when the decoder was Latin-1.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const BYTE_OF_CHAR = new Map<number, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF_CHAR.set(b, b);
for (let k = 0; k < 32; k++) BYTE_OF_CHAR.set(CP1252_80_9F.charCodeAt(k), 0x80 + k);

/** The byte a Windows-1252/Latin-1 decoder turned into this UTF-16 unit, if any (0x80–0xFF only). */
function byteAt(text: string, i: number): number | undefined {
  return i < text.length ? BYTE_OF_CHAR.get(text.charCodeAt(i)) : undefined;
}

const isContinuation = (b: number | undefined): b is number => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * Code points we accept as the meaning of a sequence. Restricting to what Vietnamese and Western
 * text actually contains keeps ordinary accented text ("QÐ–TLĐ", "CAFÉ…") from looking like mojibake:
 * those byte pairs decode to Cyrillic or IPA letters, which we refuse.
 */
function isPlausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x1b0) || // Latin-1 letters and signs, Latin Extended-A, ơ Ơ ư Ư
    (cp >= 0x300 && cp <= 0x36f) || // combining marks of decomposed Vietnamese
    (cp >= 0x1e00 && cp <= 0x1eff) || // precomposed Vietnamese letters
    (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, bullet, ellipsis
    (cp >= 0x2030 && cp <= 0x203a) ||
    cp === 0x20ac ||
    cp === 0x2122 ||
    (cp >= 0x1f300 && cp <= 0x1faff) // emoji
  );
}

/** A mojibake sequence found at a position. */
export interface MojibakeMatch {
  end: number;
  /** The decoded character, or null when a byte was lost on the way. */
  decoded: string | null;
  /** False for a truncated sequence that could also be ordinary text ("está»"). */
  certain: boolean;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const MIN_CODE_POINT = [0, 0, 0x80, 0x800, 0x10000];

/** Matches one mojibake sequence starting at `i`, in constant time. */
export function matchMojibake(text: string, i: number): MojibakeMatch | null {
  const lead = byteAt(text, i);
  if (lead === undefined) return null;
  const length = sequenceLength(lead);
  if (length === 0) return null;
  let cp = lead & (0x7f >> length);
  let got = 1;
  while (got < length) {
    const b = byteAt(text, i + got);
    if (!isContinuation(b)) break;
    cp = (cp << 6) | (b & 0x3f);
    got++;
  }
  if (got === length) {
    const valid = cp >= (MIN_CODE_POINT[length] ?? 0) && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    return valid && isPlausible(cp)
      ? { end: i + length, decoded: String.fromCodePoint(cp), certain: true }
      : null;
  }
  // "á»" / "áº" are the first two bytes of every Vietnamese letter in U+1E80–U+1EFF (ạ, ế, ộ, ờ…);
  // the third byte is lost when it was one of the five Windows-1252 leaves undefined (ờ = E1 BB 9D).
  const second = byteAt(text, i + 1);
  if (lead !== 0xe1 || got !== 2 || (second !== 0xba && second !== 0xbb)) return null;
  let end = i + 2;
  if (text.charCodeAt(end) === 0xfffd) end++;
  // Followed by a letter it is mid-word ("thá»i"); followed by a space it might be "está»".
  const certain = /[A-Za-z]/.test(text.charAt(end));
  return { end, decoded: null, certain };
}
