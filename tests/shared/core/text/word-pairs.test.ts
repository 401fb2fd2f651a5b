import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENRE_WORDS } from '../../../../shared/core/text/genre-words.ts';
import { cachedPairReading, pairReading } from '../../../../shared/core/text/word-pairs.ts';
import { fixedPhrase, keysOf, WORD_INFO } from '../../../../shared/core/text/word-scan-keys.ts';
import { FNV, mix, UNIT, unitClasses } from '../../../../shared/core/text/word-units.ts';

/** The hash word-scan.ts's loop gives a word (its units' lower case). */
function exactOf(word: string): number {
  const t = unitClasses();
  let h = FNV;
  for (let i = 0; i < word.length; i++) h = mix(h, (t[word.charCodeAt(i)] as number) & UNIT.LOW);
  return h;
}

const syllables = [...new Set([...GENRE_WORDS].flatMap((w) => w.split(' ')))];
/** Listed syllables, and the same with one letter or mark changed, upper case or a soft hyphen. */
const slip = (s: string, n: number): string => {
  const swaps: [string, string][] = [
    ['i', 'í'],
    ['ô', 'o'],
    ['n', 'm'],
    ['k', 'c'],
    ['ế', 'ề'],
    ['a', 'ă'],
  ];
  const [from, to] = swaps[n % swaps.length] as [string, string];
  return s.replace(from, to);
};
const word = fc.oneof(
  fc.constantFrom(...syllables),
  fc.tuple(fc.constantFrom(...syllables), fc.nat(12)).map(([s, n]) => slip(s, n)),
  fc.constantFrom(...syllables).map((s) => s.toUpperCase()),
  fc.constantFrom('kính', 'phí', 'ngiệp', 'vụ', 'tâm', 'x\u00adã'),
);

describe('the pair reading and its cache', () => {
  it('cachedPairReading answers pairReading, pair after pair', () => {
    const k = keysOf();
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 60 }), (pairs) => {
        for (const [a, b] of pairs) {
          const text = `${a} ${b}`;
          const e1 = exactOf(a);
          const exact = exactOf(b);
          const asFirst = ((k.info[e1 & 0xffff] as number) & WORD_INFO.FIRST) !== 0;
          const asSecond = ((k.info[exact & 0xffff] as number) & WORD_INFO.SECOND) !== 0;
          const args = [
            k,
            e1,
            exact,
            asFirst,
            asSecond,
            text,
            a.length + 1,
            text.length,
            0,
            a.length,
          ] as const;
          expect(cachedPairReading(...args)).toBe(pairReading(...args));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps apart the pairs that fall into one slot (every syllable before and after common ones)', () => {
    const k = keysOf();
    const differ: string[] = [];
    const all = syllables.flatMap((s) => [s, slip(s, 0), slip(s, 2), slip(s, 3), slip(s, 4)]);
    const check = (a: string, b: string) => {
      const text = `${a} ${b}`;
      const e1 = exactOf(a);
      const exact = exactOf(b);
      const asFirst = ((k.info[e1 & 0xffff] as number) & WORD_INFO.FIRST) !== 0;
      const asSecond = ((k.info[exact & 0xffff] as number) & WORD_INFO.SECOND) !== 0;
      const args = [k, e1, exact, asFirst, asSecond, text, a.length + 1, text.length, 0, a.length] as const;
      if (cachedPairReading(...args) !== pairReading(...args)) differ.push(text);
    };
    for (let round = 0; round < 2; round++)
      for (const common of ['công', 'đoàn', 'động', 'chức', 'hiện', 'kinh', 'phí'])
        for (const other of all) {
          check(common, other);
          check(other, common);
        }
    expect(differ).toEqual([]);
  });

  it('FIXED marks the words fixedPhrase starts from ("so", "nhân"; "đề", "đê" two words back)', () => {
    const k = keysOf();
    const fixed = (w: string) => ((k.info[exactOf(w) & 0xffff] as number) & WORD_INFO.FIXED) !== 0;
    for (const w of ['so', 'nhân', 'đề', 'đê']) expect(fixed(w)).toBe(true);
    // fixedPhrase is false whenever neither of the two words before has the bit.
    fc.assert(
      fc.property(
        word,
        word,
        word,
        fc.boolean(),
        fc.integer({ min: 0x20, max: 0x7a }),
        (a, b, c, j1, first) => {
          if (!fixed(a) && !fixed(b))
            expect(fixedPhrase(k, exactOf(b), exactOf(a), exactOf(c), j1, first)).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
