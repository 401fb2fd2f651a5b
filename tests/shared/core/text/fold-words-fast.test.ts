import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWords } from '../../../../shared/core/text/fold.ts';
import { anyText, trickyText } from './arbitraries.ts';

/** foldWords by its definition: fold, then the runs of UTF-16 units that are letters, digits or marks. */
const reference = (s: string): string[] => {
  const f = fold(s);
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < f.length; i++) {
    if (/[\p{L}\p{N}\p{M}]/u.test(f.charAt(i))) word += f.charAt(i);
    else if (word) {
      words.push(word);
      word = '';
    }
  }
  return word ? [...words, word] : words;
};

describe('foldWords (one-pass fast path)', () => {
  it('equals the definition on Vietnamese-like, arbitrary and binary text', () => {
    const vietnamese = fc.string({
      unit: fc.constantFrom(
        'Báo',
        'cáo',
        'CNVCLĐ',
        'Ð',
        'đ',
        ' ',
        '-',
        '“',
        '”',
        '\u200b',
        '\u00ad',
        'ǅ',
        'Ⱥ',
        'İ',
        '²',
        '½',
        'e\u0301',
        '\u0483',
        'Σ',
        '2020',
        '.',
        '\n',
      ),
      maxLength: 30,
    });
    for (const arb of [vietnamese, anyText, trickyText, fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(arb, (s) => {
          expect(foldWords(s)).toEqual(reference(s));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('equals the definition on every code point below U+2100 between letters', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x2100; c++) {
      const s = `Vi${String.fromCharCode(c)}ệt`;
      if (foldWords(s).join('|') !== reference(s).join('|')) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });
});
