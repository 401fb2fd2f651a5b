import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mayBeWritten,
  writtenWordBits,
  writtenWordsByRegex,
} from '../../../../shared/core/style/lower-words.ts';
import { anyText, trickyText } from '../text/arbitraries.ts';

/** Letters of both cases, units at the edges of the word class, and separators. */
// biome-ignore format: one row per purpose
const wordText = fc.string({
  unit: fc.constantFrom(
    'a', 'b', 'A', 'z', 'Z', 'đ', 'Đ', 'ư', 'ạ', 'ỹ', 'À', '×', '÷', 'ɏ', 'ɐ', '\u0300', '\u1ef9', '\u1efa',
    '\u00bf', '@', '[', '`', '{', 'ⱥ', 'Ⱥ', ' ', '\u00a0', '.', ',', '-', '1', '\n', '😀',
  ),
  maxLength: 30,
});

describe('writtenWordBits', () => {
  it('has the bit of every word of writtenWordsByRegex (never stops a written word)', () => {
    for (const arbitrary of [wordText, trickyText, anyText])
      fc.assert(
        fc.property(fc.array(arbitrary, { maxLength: 4 }), (texts) => {
          const bits = writtenWordBits(texts);
          for (const word of writtenWordsByRegex(texts)) expect(mayBeWritten(bits, word)).toBe(true);
        }),
        { numRuns: 300 },
      );
  });

  it('lets through every piece of text the second reading of case-consistency could find', () => {
    const edge = '[A-Za-z\\u00C0-\\u1EF9]';
    fc.assert(
      fc.property(fc.array(wordText, { minLength: 1, maxLength: 3 }), (texts) => {
        const bits = writtenWordBits(texts);
        for (const text of texts)
          for (let i = 0; i < text.length; i++)
            for (let j = i + 1; j <= text.length; j++) {
              const word = text.slice(i, j);
              const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
              const find = new RegExp(`(?:^|[^${edge.slice(1, -1)}])(?:${escaped})(?!${edge})`);
              if (find.test(text)) expect(mayBeWritten(bits, word)).toBe(true);
            }
      }),
      { numRuns: 200 },
    );
  });

  it('stops a word written nowhere, and passes one written', () => {
    const bits = writtenWordBits(['Kỷ niệm ngày Tết, các Sở và sở ban ngành']);
    expect(mayBeWritten(bits, 'tết')).toBe(false);
    expect(mayBeWritten(bits, 'sở')).toBe(true);
    expect(mayBeWritten(bits, 'ⱥ')).toBe(true);
  });
});
