import { TCVN3_TO_UNICODE, VNI_LETTERS, VNI_MARK_GROUPS, VNI_SIGNATURE } from './legacy-tables.ts';
import { toNfc } from './nfc-segments.ts';
import { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';

/** Latin-1 characters no Unicode Vietnamese word uses; TCVN3 and VNI text always has some. */
export const FOREIGN_LATIN1 =
  /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F0\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/;

/**
 * A document can only be legacy-encoded when it holds characters no Unicode Vietnamese word uses, or
 * the VNI tone marks ù/õ right after a vowel ("Baùo"); one regex over the text rules out nearly
 * every document before the costly word-by-word detection. A lone "Ð" (U+00D0, the look-alike Đ of
 * Unicode documents) is no evidence: TCVN3 text always has its 0xA1–0xBF letters too, and Ð counts
 * there only after a lowercase letter.
 */
export const LEGACY_HINT = new RegExp(
  `${FOREIGN_LATIN1.source.replace('\\u00D0', '')}|[a-z]\u00D0|[aeiouyAEIOUY][\u00f9\u00f5\u00d9\u00d5]`,
);
const FOREIGN_BUT_ETH = new RegExp(FOREIGN_LATIN1.source.replace('\\u00D0', ''));
const ETH_AFTER_LOWER = /[a-z]\u00D0/;
const VNI_TONE_AFTER_VOWEL = /[aeiouyAEIOUY][\u00f9\u00f5\u00d9\u00d5]/;

/**
 * LEGACY_HINT.test(text), one alternative at a time: irregexp scans a single class, or a pair it can
 * skip through, several times faster than the alternation (tests compare the two).
 */
export function hasLegacyHint(text: string): boolean {
  return (
    FOREIGN_BUT_ETH.test(text) ||
    (text.includes('\u00D0') && ETH_AFTER_LOWER.test(text)) ||
    VNI_TONE_AFTER_VOWEL.test(text)
  );
}

/** The legacy 8-bit Vietnamese encodings we recognize in pasted text. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** A verdict of detectLegacyEncoding: which encoding, how sure (0–1), and where it shows. */
export interface LegacyEncodingGuess {
  encoding: LegacyEncoding;
  /** Share of the words carrying that encoding's characters that only make sense decoded. */
  confidence: number;
  /** A short excerpt of the original text starting at the first such word. */
  sample: string;
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

/** Word characters: letters, marks, and all of Latin-1 above NBSP (TCVN3 spells ư as a soft hyphen, à as µ). */
function isWordUnit(c: number): boolean {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c >= 0xa1 && c <= 0xff) return true;
  return c > 0xff && OTHER_LETTER.test(String.fromCharCode(c));
}

/** Calls `visit` for each maximal run of word characters. */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordUnit(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
}

const ASCII_LOWER = /[a-z]/;
const ASCII_UPPER = /[A-Z]/g;

// Counting instead of one clever regex: nested quantifiers would backtrack quadratically.
function isCapitalsLine(line: string): boolean {
  return !ASCII_LOWER.test(line) && (line.match(ASCII_UPPER)?.length ?? 0) >= 2;
}

/**
 * TCVN3 has no codes for capitals with tones: a .VnTimeH heading ("B¸O C¸O") shows its case only
 * through its plain capitals. A word is taken as capitals when its line has no lowercase ASCII
 * letter and at least two capitals, or when the word itself has a capital after its first letter
 * and no lowercase ASCII letter ("§éC" → "ĐỘC"); "Bµ" stays "Bà", the likelier reading.
 */
function decodeTcvn3Word(word: string, capitalsLine = false): string {
  let out = '';
  for (const ch of word) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  const capitals = capitalsLine || (!ASCII_LOWER.test(word) && /[A-Z]/.test(word.slice(1)));
  return capitals ? out.toUpperCase() : out;
}

function decodeVniWord(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const ch = word.charAt(i);
    const next = word.charAt(i + 1);
    const letter = VNI_LETTERS.get(ch) ?? ch;
    const group = VNI_MARK_GROUPS.find((g) => g.bases.includes(ch) && g.marks.has(next));
    const combining = group?.marks.get(next);
    if (combining !== undefined) {
      out += letter.normalize('NFD') + combining;
      i += 2;
    } else {
      out += letter;
      i += 1;
    }
  }
  return out;
}

const DECODERS: Record<LegacyEncoding, (word: string, capitalsLine: boolean) => string> = {
  tcvn3: decodeTcvn3Word,
  vni: decodeVniWord,
};

const SIGNATURES: Record<LegacyEncoding, ReadonlySet<string>> = {
  tcvn3: new Set(TCVN3_TO_UNICODE.keys()),
  vni: VNI_SIGNATURE,
};

/** Converts text in a legacy encoding (as pasted into Unicode) to Unicode NFC. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  const decode = DECODERS[encoding];
  const parts: string[] = [];
  for (const line of text.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
    const capitalsLine = isCapitalsLine(line);
    let copyFrom = 0;
    forEachWord(line, (start, end) => {
      parts.push(line.slice(copyFrom, start), decode(line.slice(start, end), capitalsLine));
      copyFrom = end;
    });
    parts.push(line.slice(copyFrom));
  }
  return toNfc(parts.join(''));
}

interface Tally {
  encoding: LegacyEncoding;
  candidates: number;
  evidence: number;
  distinct: Set<string>;
  firstEvidence: number;
  /** Some evidence no Western-European word could produce. */
  strong: boolean;
}

const LATIN1_CAPITAL_AFTER_LOWER = /[a-z][\u00c0-\u00d6\u00d8-\u00de]/;

/**
 * TCVN3 evidence that no Western-European word produces: a Latin-1 sign inside a word ("B¸o",
 * "x·") or a Latin-1 capital after a lowercase letter ("lËp", "ViÖt"). Without this, French "tôt"
 * and "dû" would read as TCVN3 "tụt" and "dỷ". Every VNI evidence word is already strong: it needs
 * a vowel followed by an accented vowel, and the only European words that decode to a syllable
 * that way ("où", Spanish "aún") are single words that never reach MIN_DISTINCT_WORDS together.
 */
function isStrongEvidence(word: string, encoding: LegacyEncoding): boolean {
  if (encoding === 'vni') return true;
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if ((c >= 0xa1 && c <= 0xbf) || c === 0xd7 || c === 0xf7) return true;
  }
  return LATIN1_CAPITAL_AFTER_LOWER.test(word);
}

// Two different words, and at least half of the words that carry the encoding's characters.
const MIN_DISTINCT_WORDS = 2;
const MIN_CONFIDENCE = 0.5;
const SAMPLE_LENGTH = 40;

function tally(text: string, encoding: LegacyEncoding): Tally {
  const result: Tally = {
    encoding,
    candidates: 0,
    evidence: 0,
    distinct: new Set(),
    firstEvidence: -1,
    strong: false,
  };
  const signature = SIGNATURES[encoding];
  const decode = DECODERS[encoding];
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end);
    let carries = false;
    for (const ch of word) {
      // Text with letters beyond Latin-1 (ạ, ơ, đ…) is Unicode, not a legacy byte string.
      if (ch.charCodeAt(0) > 0xff) return;
      if (signature.has(ch)) carries = true;
    }
    if (!carries) return;
    result.candidates++;
    // Evidence: meaningless as written, a Vietnamese syllable once decoded ("c¸c" → "các").
    // Words already valid as written ("là", "có") count against: they are Unicode Vietnamese.
    const decoded = decode(word, false);
    if (looksLikeVietnameseSyllable(word) || !looksLikeVietnameseSyllable(decoded)) return;
    result.evidence++;
    result.distinct.add(decoded.toLowerCase());
    result.strong ||= isStrongEvidence(word, encoding);
    if (result.firstEvidence < 0) result.firstEvidence = start;
  });
  return result;
}

/**
 * Recognizes Vietnamese typed in TCVN3 (.VnTime: "B¸o c¸o") or VNI (VNI-Times: "Baùo caùo") and
 * pasted as Unicode; null for Unicode Vietnamese and for other languages.
 *
 * A word counts as evidence when it contains characters of the encoding, is not a Vietnamese
 * syllable as written, and becomes one when decoded. Looking at whole syllables, not at single
 * characters, is what keeps French "café", Spanish "Ñoño" or Catalan "l·l" from firing: their
 * accented letters exist in the tables, but decoding them yields no Vietnamese syllable.
 * Call it per paragraph when a document mixes encodings.
 */
export function detectLegacyEncoding(text: string): LegacyEncodingGuess | null {
  let best: LegacyEncodingGuess | null = null;
  let bestEvidence = 0;
  let bestConfidence = 0;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const t = tally(text, encoding);
    if (!t.strong || t.distinct.size < MIN_DISTINCT_WORDS || t.candidates === 0) continue;
    const confidence = t.evidence / t.candidates;
    if (confidence < MIN_CONFIDENCE) continue;
    // Text in one encoding yields some evidence for the other ("chuû" is TCVN3 "chuỷ" too): the
    // encoding that explains more words wins.
    const better = t.evidence > bestEvidence || (t.evidence === bestEvidence && confidence > bestConfidence);
    if (!better) continue;
    const sample = text.slice(t.firstEvidence, t.firstEvidence + SAMPLE_LENGTH).split(/[\r\n]/)[0] ?? '';
    best = { encoding, confidence: Math.round(confidence * 100) / 100, sample: sample.trim() };
    bestEvidence = t.evidence;
    bestConfidence = confidence;
  }
  return best;
}
