import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cachedTokens,
  MAX_TRIE_NODES,
  matchTokens,
  sharedTrieNodes,
} from '../../../../shared/core/outline/similarity.ts';
import { anyText, trickyText } from '../text/arbitraries.ts';

const vietnamese = fc.string({
  unit: fc.constantFrom(
    'Tình',
    'hình',
    'CNVCLĐ',
    'CĐ',
    'và',
    'của',
    'năm',
    '2020',
    '1995',
    '2100',
    'công',
    'CÔNG',
    'đoàn',
    'Ð',
    ' ',
    ',',
    '-',
    '“',
    '”',
    '\u200b',
    '\u00ad',
    'e\u0301',
    'ß',
    'Ⱥ',
    'Σ',
    'ǅ',
    '²',
    '\n',
    '.',
  ),
  maxLength: 25,
});

describe('cachedTokens (through the shared word trie)', () => {
  it('gives the set matchTokens gives, in the same order, for a fresh owner', () => {
    for (const arb of [vietnamese, anyText, trickyText]) {
      fc.assert(
        fc.property(arb, (s) => {
          expect([...cachedTokens({}, s)]).toEqual([...matchTokens(s)]);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('stays right as one owner meets many texts (words shared between them)', () => {
    const owner = {};
    fc.assert(
      fc.property(fc.array(vietnamese, { maxLength: 20 }), (texts) => {
        for (const s of texts) expect([...cachedTokens(owner, s)]).toEqual([...matchTokens(s)]);
      }),
    );
  });

  it('starts the shared trie afresh past MAX_TRIE_NODES, and stays right across', () => {
    // Distinct made-up words of five letters: each adds a few nodes.
    const letters = 'abcdefghiklmnopqrstuvxy';
    const word = (n: number) =>
      Array.from({ length: 5 }, (_, k) => letters[Math.floor(n / letters.length ** k) % letters.length]).join(
        '',
      );
    let n = 0;
    let dropped = false;
    while (!dropped) {
      const before = sharedTrieNodes();
      const text = Array.from({ length: 50 }, () => word(n++)).join(' ');
      expect([...cachedTokens({}, text)]).toEqual([...matchTokens(text)]);
      expect(sharedTrieNodes()).toBeLessThanOrEqual(MAX_TRIE_NODES + 50 * 5);
      dropped = sharedTrieNodes() < before;
    }
    expect([...cachedTokens({}, 'Tình hình CNVCLĐ năm 2020')]).toEqual([
      ...matchTokens('Tình hình CNVCLĐ năm 2020'),
    ]);
  });

  it('returns the same set for the same text and owner, another for another owner', () => {
    const owner = {};
    const a = cachedTokens(owner, 'Tình hình CNVCLĐ');
    expect(cachedTokens(owner, 'Tình hình CNVCLĐ')).toBe(a);
    expect(cachedTokens({}, 'Tình hình CNVCLĐ')).not.toBe(a);
  });
});

describe('cachedTokens on pasted garbage', () => {
  it('reads a single word of a million letters as matchTokens does, in linear time', () => {
    const s = 'ab'.repeat(500_000);
    const start = performance.now();
    expect([...cachedTokens({}, s)]).toEqual([s]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('gives the same tokens around the longest word the trie takes', () => {
    for (const n of [39, 40, 41]) {
      const s = `Công ${'x'.repeat(n)} đoàn`;
      expect([...cachedTokens({}, s)]).toEqual([...matchTokens(s)]);
    }
  });
});
