import fc from 'fast-check';

/** Any UTF-16 string, lone surrogates included. */
export const anyText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 40,
});

/**
 * Strings built from the characters these functions treat specially: Vietnamese letters and their
 * combining marks, look-alikes, invisible characters, spaces, controls, mojibake bytes, legacy bytes.
 */
// biome-ignore format: one row per purpose
export const trickyText = fc.string({
  unit: fc.constantFrom(
    'a', 'e', 'o', 'u', 'i', 'y', 'd', 'N', 'g', 'h', 'c', ' ', '-', '\r', '\n', '\t',
    '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b', '\u0344', '\u0f73',
    'ế', 'ộ', 'ư', 'Đ', 'đ', 'Ð', 'ð', '\u212b', '\u2126', '\u1100', '\u1161', '\u11a8', '가',
    '\u00a0', '\u2003', '\u202f', '\u3000', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
    '\u0001', '\u000b', '\u000c', '\u007f', '\u0085', '\ufffd', '\uf0b7', '\u{f0000}', '😀', '👨',
    'Ã', 'Â', 'Ä', 'Æ', 'á', 'º', '»', '™', '©', '€', '‘', '¡', '\u0090',
    'µ', '¸', '·', '§', 'ù', 'ø', 'ä', 'ô', 'ö',
  ),
  maxLength: 40,
});
