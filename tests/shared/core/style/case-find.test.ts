import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextStart,
  plainWords,
  tailTokens,
  tailTokensByRegex,
} from '../../../../shared/core/style/case-find.ts';
import { isLetterCode } from '../../../../shared/core/style/case-scan.ts';
import { anyText, trickyText } from '../text/arbitraries.ts';

const unit = fc.constantFrom(
  'a',
  'n',
  'm',
  'c',
  'á',
  'ô',
  'đ',
  'ạ',
  'ư',
  '\u0301',
  'ɓ',
  'ⱥ',
  ' ',
  ',',
  '(',
  '“',
  '.',
  'A',
  'Đ',
  '×',
);
const word = fc.string({
  unit: fc.constantFrom('a', 'n', 'm', 'c', 'á', 'ô', 'đ', 'ạ', 'ư', '\u0301', 'ɓ', 'ⱥ'),
  minLength: 1,
  maxLength: 4,
});

/** The definition nextStart replaced: every match of the pattern, the unit before the word dropped. */
function byMatchAll(text: string, find: RegExp): number[] {
  return [...text.matchAll(find)].map((m) => m.index + (isLetterCode(m[0].charCodeAt(0)) ? 0 : 1));
}

function byNextStart(text: string, find: RegExp, plain: boolean): number[] {
  const out: number[] = [];
  find.lastIndex = 0;
  for (let at = nextStart(text, find, plain); at >= 0; at = nextStart(text, find, plain)) out.push(at);
  return out;
}

describe('nextStart', () => {
  it('finds the starts matchAll finds, for the patterns case-consistency builds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 5 }),
        fc.string({ unit, maxLength: 40 }),
        (words, text) => {
          const alternatives = words.sort((a, b) => b.length - a.length).join('|');
          const find = new RegExp(
            `(?:^|[^A-Za-z\\u00C0-\\u1EF9])(?:${alternatives})(?![A-Za-z\\u00C0-\\u1EF9])`,
            'g',
          );
          const plain = plainWords(alternatives);
          expect(byNextStart(text, find, plain)).toEqual(byMatchAll(text, find));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("finds the starts matchAll finds for proper-name-faults.ts's lower-case heads", () => {
    // The pattern of LOWER_HEADS: its prefix is a space, a bracket or a quote, none a letter.
    const heads =
      /(?:^|[ (“"])(?:châu|miền|luật|thủ|tết|việt|mặt|tổng|quốc|đảng|điều|số)(?![a-zA-Z\u00C0-\u1EF9])/g;
    const piece = fc.constantFrom(
      'đảng',
      'số',
      'việt',
      'châu',
      'a',
      'Đ',
      ' ',
      '(',
      '“',
      '"',
      ',',
      'ố',
      '\u0301',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(byNextStart(text, heads, true)).toEqual(byMatchAll(text, heads));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tailTokens', () => {
  const tailText = fc.string({
    unit: fc.constantFrom(
      'a',
      'B',
      'ộ',
      'Đ',
      '\u0301',
      ' ',
      ' ',
      '\u00a0',
      ',',
      ';',
      '.',
      '-',
      '–',
      '—',
      '“',
      'ª',
      'µ',
      '1',
      '\u0370',
      'ɓ',
      '😀',
      '\ud835',
    ),
    maxLength: 90,
  });
  it('reads what the regex definition reads, from any position', () => {
    for (const arbitrary of [tailText, trickyText, anyText])
      fc.assert(
        fc.property(arbitrary, fc.nat(95), (text, end) => {
          expect(tailTokens(text, end)).toEqual(tailTokensByRegex(text, end));
        }),
        { numRuns: 3000 },
      );
  });
});
