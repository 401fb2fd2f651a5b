/** The Vietnamese alphabet order NĐ 30 uses for điểm: a, b, c, d, đ, e, g, h, i, k… (no f, j, w, z). */
export const VIETNAMESE_LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
] as const;

/** 1-based position of a letter in the Vietnamese order, or 0 when it has none (f, j, w, z). */
export function letterValue(letter: string): number {
  return VIETNAMESE_LETTERS.indexOf(letter.toLowerCase() as (typeof VIETNAMESE_LETTERS)[number]) + 1;
}

/** The letter at a 1-based position in the Vietnamese order ("" past the end). */
export function letterAt(value: number): string {
  return VIETNAMESE_LETTERS[value - 1] ?? '';
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Roman numeral for 1..3999. */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Value of a well-formed Roman numeral (canonical form only), or 0. */
export function fromRoman(s: string): number {
  const upper = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(upper)) return 0;
  let total = 0;
  let i = 0;
  for (const [value, digits] of ROMAN) {
    while (upper.startsWith(digits, i)) {
      total += value;
      i += digits.length;
    }
  }
  return i === upper.length && toRoman(total) === upper ? total : 0;
}

/** Ordinal words after "PHẦN THỨ": NHẤT = 1, HAI = 2 … MƯỜI = 10. */
const ORDINALS: Record<string, number> = {
  nhất: 1,
  nhat: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  tu: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** Value of an ordinal word ("NHẤT", "hai"), or 0. */
export function ordinalValue(word: string): number {
  return ORDINALS[word.normalize('NFC').toLocaleLowerCase('vi')] ?? 0;
}

const ORDINAL_WORDS = ['', 'NHẤT', 'HAI', 'BA', 'TƯ', 'NĂM', 'SÁU', 'BẢY', 'TÁM', 'CHÍN', 'MƯỜI'];

/** The ordinal word for 1..10 ("THỨ NHẤT" uses NHẤT); larger values fall back to digits. */
export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n] ?? String(n);
}
