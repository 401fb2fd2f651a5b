/**
 * The two 8-bit Vietnamese encodings of the .doc era, as their bytes look once Word has pasted
 * them as Unicode: every byte becomes the Windows-1252/Latin-1 character with the same number.
 *
 * Checked entry by entry against a published converter's tables (VBKey's mdlCodeTable.bas) and by
 * the words in tests/shared/core/text/legacy-encoding.test.ts.
 */

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime/.VnArial): one byte per precomposed
 * lowercase letter. Capitals with tones have no codes of their own: the ".VnTimeH" capital fonts
 * draw these same bytes as capitals, so after pasting they are indistinguishable from lowercase.
 * Rows: [bytes as Latin-1 characters, the letters they stand for], aligned one to one.
 */
const TCVN3_ROWS: readonly (readonly [string, string])[] = [
  ['\u00b5\u00b6\u00b7\u00b8\u00b9', 'àảãáạ'], // µ ¶ · ¸ ¹ = B5–B9
  ['\u00a8\u00bb\u00bc\u00bd\u00be\u00c6', 'ăằẳẵắặ'], // ¨ » ¼ ½ ¾ Æ = A8 BB BC BD BE C6
  ['\u00a9\u00c7\u00c8\u00c9\u00ca\u00cb', 'âầẩẫấậ'], // © Ç È É Ê Ë = A9 C7–CB
  ['\u00ae', 'đ'], // ® = AE
  ['\u00cc\u00ce\u00cf\u00d0\u00d1', 'èẻẽéẹ'], // Ì Î Ï Ð Ñ = CC CE CF D0 D1
  ['\u00aa\u00d2\u00d3\u00d4\u00d5\u00d6', 'êềểễếệ'], // ª Ò Ó Ô Õ Ö = AA D2–D6
  ['\u00d7\u00d8\u00dc\u00dd\u00de', 'ìỉĩíị'], // × Ø Ü Ý Þ = D7 D8 DC DD DE
  ['\u00df\u00e1\u00e2\u00e3\u00e4', 'òỏõóọ'], // ß á â ã ä = DF E1–E4
  ['\u00ab\u00e5\u00e6\u00e7\u00e8\u00e9', 'ôồổỗốộ'], // « å æ ç è é = AB E5–E9
  ['\u00ac\u00ea\u00eb\u00ec\u00ed\u00ee', 'ơờởỡớợ'], // ¬ ê ë ì í î = AC EA–EE
  ['\u00ef\u00f1\u00f2\u00f3\u00f4', 'ùủũúụ'], // ï ñ ò ó ô = EF F1–F4
  ['\u00ad\u00f5\u00f6\u00f7\u00f8\u00f9', 'ưừửữứự'], // soft hyphen õ ö ÷ ø ù = AD F5–F9
  ['\u00fa\u00fb\u00fc\u00fd\u00fe', 'ỳỷỹýỵ'], // ú û ü ý þ = FA–FE
  ['\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7', 'ĂÂÊÔƠƯĐ'], // ¡ ¢ £ ¤ ¥ ¦ § = A1–A7
];

function rowsToMap(rows: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of rows) {
    const sources = [...from];
    const targets = [...to];
    for (let k = 0; k < sources.length; k++) map.set(sources[k] ?? '', targets[k] ?? '');
  }
  return map;
}

/** TCVN3 byte (as its Latin-1 character) → Vietnamese letter. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = rowsToMap(TCVN3_ROWS);

/**
 * VNI Windows (VNI-Times…): a base letter followed by a "mark" byte. The capital form of each
 * mark is its byte minus 0x20 (Á = á − 0x20), as in Latin-1. Values are combining sequences that
 * NFC composes with the base letter.
 */
const VNI_TONES: readonly (readonly [string, string])[] = [
  ['ù', '\u0301'], // sắc
  ['ø', '\u0300'], // huyền
  ['û', '\u0309'], // hỏi
  ['õ', '\u0303'], // ngã
  ['ï', '\u0323'], // nặng
];
const VNI_CIRCUMFLEX: readonly (readonly [string, string])[] = [
  ['â', '\u0302'],
  ['á', '\u0302\u0301'],
  ['à', '\u0302\u0300'],
  ['å', '\u0302\u0309'],
  ['ã', '\u0302\u0303'],
  ['ä', '\u0302\u0323'],
];
const VNI_BREVE: readonly (readonly [string, string])[] = [
  ['ê', '\u0306'],
  ['é', '\u0306\u0301'],
  ['è', '\u0306\u0300'],
  ['ú', '\u0306\u0309'],
  ['ü', '\u0306\u0303'],
  ['ë', '\u0306\u0323'],
];

/** Which base letters a group of VNI marks may follow. */
export interface VniMarkGroup {
  bases: string;
  marks: ReadonlyMap<string, string>;
}

function withCapitals(rows: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [mark, combining] of rows) {
    map.set(mark, combining);
    map.set(String.fromCharCode(mark.charCodeAt(0) - 0x20), combining);
  }
  return map;
}

/** VNI marks by the base letters they combine with (ô and ö are the VNI bytes for ơ and ư). */
export const VNI_MARK_GROUPS: readonly VniMarkGroup[] = [
  { bases: 'aeouyôöAEOUYÔÖ', marks: withCapitals(VNI_TONES) },
  { bases: 'aeoAEO', marks: withCapitals(VNI_CIRCUMFLEX) },
  { bases: 'aA', marks: withCapitals(VNI_BREVE) },
];

/** VNI bytes that are whole letters on their own: đ, ơ, ư and the five toned i's, and ỵ. */
export const VNI_LETTERS: ReadonlyMap<string, string> = rowsToMap([
  ['\u00f1\u00f4\u00f6\u00ec\u00ed\u00e6\u00f3\u00f2\u00ee', 'đơưìíỉĩịỵ'], // ñ ô ö ì í æ ó ò î
  ['\u00d1\u00d4\u00d6\u00cc\u00cd\u00c6\u00d3\u00d2\u00ce', 'ĐƠƯÌÍỈĨỊỴ'], // Ñ Ô Ö Ì Í Æ Ó Ò Î
]);

/** Every character that carries meaning in VNI text (marks of all groups and whole letters). */
export const VNI_SIGNATURE: ReadonlySet<string> = new Set([
  ...VNI_LETTERS.keys(),
  ...VNI_MARK_GROUPS.flatMap((g) => [...g.marks.keys()]),
]);
