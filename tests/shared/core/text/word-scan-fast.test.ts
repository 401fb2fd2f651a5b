import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedScan, scanParagraph } from '../../../../shared/core/text/word-scan.ts';
import { hasPairBit, keysOf } from '../../../../shared/core/text/word-scan-keys.ts';
import { trickyText } from './arbitraries.ts';

describe('word scan fast paths', () => {
  it('the pair bitmap holds the bit of every key of the five pair sets (it never hides a key)', () => {
    const k = keysOf();
    const missing: number[] = [];
    for (const set of [k.exactPairs, k.foldSecond, k.foldFirst, k.rhymeSecond, k.rhymeFirst])
      for (const key of set) if (!hasPairBit(k, key)) missing.push(key);
    expect(missing).toEqual([]);
    expect(k.exactPairs.size).toBeGreaterThan(100);
  });

  it('cachedScan answers scanParagraph for each paragraph of a list, once per list', () => {
    const words = fc.constantFrom(
      'các',
      'kinh',
      'kính',
      'phí',
      'quy',
      'trình',
      'so',
      'đề',
      'xuất',
      'ngiệp',
      ' ',
      ', ',
    );
    const paragraph = fc.oneof(
      trickyText,
      fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), (texts) => {
        const blocks = texts.map((text) => ({ text }));
        for (let round = 0; round < 2; round++)
          blocks.forEach((b, i) => {
            expect(cachedScan(blocks, i)).toBe(scanParagraph(b.text));
          });
      }),
    );
  });
});
