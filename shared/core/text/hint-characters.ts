/**
 * Characters some per-paragraph rule starts from, as one class: one native scan tells which
 * paragraphs those rules must read. Most paragraphs of prose hold none (letters, digits, spaces,
 * . , ; : ! ? - and quotes are not hints; ù, õ and capitals such as Ã, Ì, Í are). It holds (tests
 * check each item):
 * - every unit unicode-hygiene's MAYBE_CHARACTER_OR_NFC finds: controls, U+0080–U+00A0, the soft
 *   hyphen, Ð, U+0300–U+1DFF (combining marks), U+1F00–U+200F, U+202F, U+205F and above;
 * - a unit of every mojibake sequence: the continuation bytes U+0080–U+00BF, and the leads Ã–ß
 *   whose sequences may go on with Windows-1252 punctuation only ("Ã“" is Ó, "Ì‰" is U+0309);
 * - legacy-encoding's hints: the Latin-1 letters and signs no Vietnamese word uses, Ð, ù õ Ù Õ;
 * - placeholder-text's one-character hints ( [ { … _, and the "/" of every cited số, ký hiệu.
 * Neighbours come along (tab to carriage return, \ ] ^ | } ~, the capitals È É Ê Ò Ó Ô Ú Ý,
 * U+2027–U+202E) to keep it at 16 ranges: up to 16, irregexp tests a class with inline branches and
 * a table for U+0080–U+00FF; beyond, it calls a range-array search for every character, five times
 * slower.
 */
export const HINT_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex lint/suspicious/noMisleadingCharacterClass: controls and combining marks are hints, one unit each
  /[\u0000-\u001f\u0028\u002f\u005b-\u005f\u007b-\u00bf\u00c3-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f5-\u00f9\u00fb\u00fc\u00fe\u00ff\u0300-\u1dff\u1f00-\u200f\u2026-\u202f\u205f-\uffff]/;

/**
 * Words some per-paragraph rule starts from: placeholder-text's "....." and "xxx" (any case), and the
 * "ghị quyết" every citation nghi-quyet-02-dated looks for holds (its regex opens with "Nghị quyết"
 * under these flags). Literals only: irregexp skips through the text several characters a step.
 */
export const HINT_PHRASE = /\.\.\.\.\.|xxx|ghị quyết/iu;
