import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenWordsByRegex } from '../../../../shared/core/style/lower-words.ts';
import { mayBeWrittenHash, wordPass } from '../../../../shared/core/text/word-scan.ts';
import { hashUnits } from '../../../../shared/core/text/word-units.ts';
import { anyText, trickyText } from '../text/arbitraries.ts';

/** Letters of both cases, units at the edges of the word class, and separators. */
// biome-ignore format: one row per purpose
const wordText = fc.string({
  unit: fc.constantFrom(
    'a', 'b', 'A', 'z', 'Z', 'đ', 'Đ', 'ư', 'ạ', 'ỹ', 'À', '×', '÷', 'ɏ', 'ɐ', '\u0300', '\u1ef9', '\u1efa',
    '\u00bf', '@', '[', '`', '{', 'ⱥ', 'Ⱥ', 'İ', ' ', '\u00a0', '.', ',', '-', '1', '\n', '😀',
  ),
  maxLength: 30,
});

const passOf = (texts: readonly string[]) => wordPass(texts.map((text) => ({ text })));

describe('the lower-case words of the shared word reading', () => {
  it('hold every lower-case word of writtenWordsByRegex (never stop a written word)', () => {
    for (const arbitrary of [wordText, trickyText, anyText])
      fc.assert(
        fc.property(fc.array(arbitrary, { maxLength: 4 }), (texts) => {
          const pass = passOf(texts);
          for (const word of writtenWordsByRegex(texts))
            if (word === word.toLowerCase()) expect(mayBeWrittenHash(pass, hashUnits(word))).toBe(true);
        }),
        { numRuns: 300 },
      );
  });

  it('let through every lower-case piece of text the second reading of case-consistency could find', () => {
    const edge = '[A-Za-z\\u00C0-\\u1EF9]';
    fc.assert(
      fc.property(fc.array(wordText, { minLength: 1, maxLength: 3 }), (texts) => {
        const pass = passOf(texts);
        for (const text of texts)
          for (let i = 0; i < text.length; i++)
            for (let j = i + 1; j <= text.length; j++) {
              const word = text.slice(i, j);
              // Heads are words of letters in lower case (the others: the word-pass test).
              if (word !== word.toLowerCase() || /[^A-Za-z\u00C0-\u1EF9]/u.test(word)) continue;
              const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
              const find = new RegExp(`(?:^|[^${edge.slice(1, -1)}])(?:${escaped})(?!${edge})`);
              if (find.test(text)) expect(mayBeWrittenHash(pass, hashUnits(word))).toBe(true);
            }
      }),
      { numRuns: 200 },
    );
  });

  it('stop a word written nowhere in lower case, and pass one written', () => {
    const pass = passOf(['Kỷ niệm ngày Tết, các Sở và sở ban ngành']);
    expect(mayBeWrittenHash(pass, hashUnits('tết'))).toBe(false);
    expect(mayBeWrittenHash(pass, hashUnits('sở'))).toBe(true);
  });
});
