import { isUtf8 } from 'node:buffer';
import { decodeLegacy } from '../shared/core/text/legacy-encoding.ts';
import { looksLikeVietnameseSyllable } from '../shared/core/text/vietnamese-syllable.ts';
import { KhungInputError } from './errors.ts';

/** How a text file's bytes were read. */
export interface DecodedText {
  text: string;
  /** utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, windows-1252, or the charset an HTML page declares. */
  encoding: string;
  /** One Vietnamese sentence for the user when the file was not plain UTF-8 (what was found, what was done). */
  note?: string;
}

/**
 * Byte-level decoding is the platform's WHATWG TextDecoder (ICU in Node: UTF-16, Windows-1258,
 * Windows-1252 and every label an HTML page may declare), so no decoding table is written here.
 * TCVN3 and VNI are not in any standard decoder; the core's tables (shared/core/text/legacy-tables.ts)
 * decode them from the bytes read as Latin-1, which is how those tables are written.
 */
const decoder = (label: string, fatal = false) => new TextDecoder(label, { fatal });

/** Bytes sniffed for the encoding of a single-byte file: enough words, bounded cost on a 30 MB file. */
const SNIFF_BYTES = 256 * 1024;

/** UTF-16 with no BOM: ASCII letters put a zero in every other byte, Vietnamese letters 0x00/0x01/0x1E. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, SNIFF_BYTES) >> 1;
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  // A quarter of the pairs with a zero high byte and almost none with a zero low byte: no UTF-8 or
  // 8-bit text has that many NULs, and UTF-16 text of any Latin-script language has more.
  if (zeroOdd >= pairs / 4 && zeroEven <= pairs / 50) return 'utf-16le';
  if (zeroEven >= pairs / 4 && zeroOdd <= pairs / 50) return 'utf-16be';
  return undefined;
}

/** The charset an HTML page declares in a <meta> within its first 1024 bytes (the HTML prescan's window). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = decoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return decoder(label).encoding;
  } catch {
    return undefined;
  }
}

type SingleByte = 'windows-1258' | 'tcvn3' | 'vni';
const SINGLE_BYTE: readonly SingleByte[] = ['windows-1258', 'tcvn3', 'vni'];
const LABEL: Record<SingleByte | 'windows-1252', string> = {
  'windows-1258': 'Windows-1258 (Vietnamese Windows)',
  tcvn3: 'TCVN3 (bộ mã ABC, phông .VnTime)',
  vni: 'VNI (phông VNI-Times)',
  'windows-1252': 'Windows-1252',
};

function decodeSingleByte(bytes: Uint8Array, encoding: SingleByte): string {
  if (encoding === 'windows-1258') return decoder('windows-1258').decode(bytes).normalize('NFC');
  return decodeLegacy(decoder('latin1').decode(bytes), encoding);
}

const WORD = /[\p{L}\p{M}]+/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is what is excluded.
const NON_ASCII = /[^\u0000-\u007f]/;

/** How many words with a non-ASCII letter are Vietnamese syllables once decoded, and how many such words there are. */
function score(text: string): { valid: number; distinct: number; total: number } {
  const seen = new Set<string>();
  let valid = 0;
  let total = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (!NON_ASCII.test(word)) continue;
    total++;
    if (!looksLikeVietnameseSyllable(word)) continue;
    valid++;
    seen.add(word.toLowerCase());
  }
  return { valid, distinct: seen.size, total };
}

/**
 * Which of Windows-1258, TCVN3 and VNI turns the bytes into the most Vietnamese syllables: each
 * candidate decodes the sample, and the words with an accented letter are counted. A winner needs two
 * different syllables and at least half of its accented words valid; otherwise undefined.
 */
export function sniffVietnamese(bytes: Uint8Array): SingleByte | undefined {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let best: SingleByte | undefined;
  let bestValid = 0;
  for (const encoding of SINGLE_BYTE) {
    const s = score(decodeSingleByte(sample, encoding));
    if (s.distinct < 2 || s.valid * 2 < s.total || s.valid <= bestValid) continue;
    best = encoding;
    bestValid = s.valid;
  }
  return best;
}

const UTF8_BOM = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

const utf8Text = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');

/** The bytes as text when they are valid UTF-8, else undefined: the readable definition of utf8OrUndefined. */
export function utf8OrUndefinedByValidation(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes) ? utf8Text(bytes) : undefined;
}

/**
 * The same in one pass over a valid file. The decoder writes U+FFFD for every byte sequence that is not
 * UTF-8, so a text without U+FFFD came from valid UTF-8; only a text holding one (an error, or a U+FFFD
 * written in the file) is validated. Validating first read every byte of a 5 MB report once more.
 */
export function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  const text = utf8Text(bytes);
  return text.includes('\uFFFD') && !isUtf8(bytes) ? undefined : text;
}

/**
 * A text or HTML file's bytes as text: a BOM first (UTF-8, UTF-16 LE/BE), then UTF-16 without a BOM,
 * a charset declared by an HTML page, valid UTF-8, and for other bytes the Vietnamese 8-bit encoding
 * that reads best (Windows-1258, TCVN3, VNI), else Windows-1252 with a note saying so.
 */
export function decodeTextFile(bytes: Uint8Array, name: string, html = false): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    throw new KhungInputError(
      'unsupported-type',
      `${name}: tệp lưu theo bảng mã UTF-32, chưa đọc được; hãy lưu lại theo UTF-8.`,
    );
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (UTF8_BOM(bytes)) return { text: decoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    try {
      const text = decoder(utf16, true).decode(bytes.length % 2 ? bytes.subarray(0, -1) : bytes);
      const note = `${name}: tệp lưu theo bảng mã ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} không có BOM; đã đọc theo bảng mã đó.`;
      return { text, encoding: utf16, note };
    } catch {
      // Not UTF-16 after all (an unpaired surrogate): go on with the other readings.
    }
  }
  const declared = html ? declaredCharset(bytes) : undefined;
  const latinLike = declared === 'windows-1252' || declared === 'utf-8';
  if (declared && !latinLike && declared !== 'windows-1258')
    return { text: decoder(declared).decode(bytes), encoding: declared };
  // Decoded as fast as a plain read (a fatal TextDecoder is no faster) and validated only when in doubt.
  const utf8 = utf8OrUndefined(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const found = declared === 'windows-1258' ? 'windows-1258' : sniffVietnamese(bytes);
  if (found) {
    const advice = found === 'windows-1258' ? '' : ' Nên lưu lại tệp theo Unicode (UTF-8).';
    return {
      text: decodeSingleByte(bytes, found),
      encoding: found,
      note: `${name}: không phải UTF-8; nhận ra bảng mã ${LABEL[found]} và đã chuyển sang Unicode để kiểm tra.${advice}`,
    };
  }
  return {
    text: decoder('windows-1252').decode(bytes),
    encoding: 'windows-1252',
    note: `${name}: không phải UTF-8 và không nhận ra bảng mã tiếng Việt nào (Windows-1258, TCVN3, VNI); đã đọc theo ${LABEL['windows-1252']}, chữ có dấu có thể sai.`,
  };
}
