import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENRE_WORDS } from '../../../../shared/core/text/genre-words.ts';
import { tonePlacement } from '../../../../shared/core/text/tone-placement.ts';
import { cachedScan, scanParagraph } from '../../../../shared/core/text/word-scan.ts';
import {
  hashWord,
  hasPairBit,
  keysOf,
  PAIR_MASK,
  pair,
  WORD_INFO,
} from '../../../../shared/core/text/word-scan-keys.ts';
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

  it('keysOf holds the keys of every listed word in both tone placements, as the plain loop makes them', () => {
    const exactPairs = new Set<number>();
    const foldSecond = new Set<number>();
    const foldFirst = new Set<number>();
    const rhymeSecond = new Set<number>();
    const rhymeFirst = new Set<number>();
    const info = new Uint8Array(0x10000);
    const bits = new Set<number>();
    const both = (s: string) => [s, tonePlacement(s)?.other ?? s];
    for (const listed of GENRE_WORDS) {
      const [first = '', second = ''] = listed.split(' ');
      for (const f of both(first))
        for (const s of both(second)) {
          const a = hashWord(f);
          const b = hashWord(s);
          exactPairs.add(pair(a.exact, b.exact));
          foldSecond.add(pair(a.exact, b.fold));
          foldFirst.add(pair(a.fold, b.exact));
          rhymeSecond.add(pair(a.exact, b.rhyme));
          rhymeFirst.add(pair(a.rhyme, b.exact));
          info[a.exact & 0xffff] = (info[a.exact & 0xffff] as number) | WORD_INFO.FIRST;
          info[b.exact & 0xffff] = (info[b.exact & 0xffff] as number) | WORD_INFO.SECOND;
        }
    }
    for (const set of [exactPairs, foldSecond, foldFirst, rhymeSecond, rhymeFirst])
      for (const key of set) bits.add(key & PAIR_MASK);
    const k = keysOf();
    const sorted = (s: Set<number>) => [...s].sort((x, y) => x - y);
    expect(sorted(k.exactPairs)).toEqual(sorted(exactPairs));
    expect(sorted(k.foldSecond)).toEqual(sorted(foldSecond));
    expect(sorted(k.foldFirst)).toEqual(sorted(foldFirst));
    expect(sorted(k.rhymeSecond)).toEqual(sorted(rhymeSecond));
    expect(sorted(k.rhymeFirst)).toEqual(sorted(rhymeFirst));
    const listedBits = (x: number) => x & (WORD_INFO.FIRST | WORD_INFO.SECOND);
    expect([...k.info].map(listedBits)).toEqual([...info]);
    const set: number[] = [];
    for (let slot = 0; slot <= PAIR_MASK; slot++)
      if (((k.pairBits[slot >>> 5] as number) >>> (slot & 31)) & 1) set.push(slot);
    expect(set).toEqual(sorted(bits));
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
