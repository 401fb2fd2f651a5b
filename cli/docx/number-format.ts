import { toRoman } from '../../shared/core/headings/vietnamese-letters.ts';

/** Roman numerals as Word draws them (the core's, one definition). */
const roman = toRoman;

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not a base-26 number). */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 64));
}

/**
 * A list counter as Word draws it for a w:numFmt. Written here rather than taken from a package: the
 * Roman numerals are a table of a dozen lines, and Word's letters (aa after z) are not the base-26
 * column names that letter-numbering packages produce. Formats Khung's documents never use (Chinese
 * counting, ordinal words …) are drawn as decimals, which is what a reader of the text needs.
 */
export function formatNumber(n: number, format: string): string {
  if (format === 'none') return '';
  if (n <= 0) return String(n);
  switch (format) {
    case 'upperRoman':
      return n < 4000 ? roman(n) : String(n);
    case 'lowerRoman':
      return n < 4000 ? roman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}
