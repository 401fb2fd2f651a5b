import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForAnalysis, normalizeText } from '../../../../shared/core/text/normalize.ts';
import { anyText, trickyText } from './arbitraries.ts';

/** What normalizeText must equal on short input, written the obvious (quadratic) way. */
const reference = (s: string): string =>
  s
    .replace(/\u00d0/g, 'Đ')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .normalize('NFC');

const allIndices = (s: string): number[] => Array.from({ length: s.length + 1 }, (_, i) => i);

describe('normalizeForAnalysis', () => {
  const cases: [name: string, input: string, text: string, toOriginal: number[]][] = [
    ['leaves NFC text alone', 'Báo cáo', 'Báo cáo', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['composes a letter and its marks', 'Vie\u0323\u0302t', 'Việt', [0, 1, 2, 5, 6]],
    ['turns the look-alike ETH into Đ', '265/QÐ-TLĐ', '265/QĐ-TLĐ', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    [
      'makes NBSP and narrow NBSP plain spaces',
      'Điều\u00a05\u202fa',
      'Điều 5 a',
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
    ],
    ['makes ideographic and thin spaces plain', 'a\u3000b\u2009c', 'a b c', [0, 1, 2, 3, 4, 5]],
    [
      'drops zero-width characters and the BOM',
      '\ufeffCông\u200bđoàn',
      'Côngđoàn',
      [1, 2, 3, 4, 6, 7, 8, 9, 10],
    ],
    ['drops the soft hyphen', 'thu\u00adchi', 'thuchi', [0, 1, 2, 4, 5, 6, 7]],
    ['composes across a removed zero-width character', 'a\u200b\u0301', 'á', [0, 3]],
    ['keeps line ends as written', 'a\r\nb\rc\n', 'a\r\nb\rc\n', [0, 1, 2, 3, 4, 5, 6, 7]],
    [
      'keeps curly and straight quotes',
      '“Đề cương” và "x"',
      '“Đề cương” và "x"',
      allIndices('“Đề cương” và "x"'),
    ],
    ['maps an empty string', '', '', [0]],
    ['maps a string of only invisible characters to its end', '\u200b\u200b', '', [2]],
  ];

  it.each(cases)('%s', (_name, input, text, toOriginal) => {
    const result = normalizeForAnalysis(input);
    expect(result.text).toBe(text);
    expect(allIndices(result.text).map(result.toOriginal)).toEqual(toOriginal);
  });

  it('clamps indices outside the text instead of throwing', () => {
    const { toOriginal } = normalizeForAnalysis('\u200bab');
    expect([toOriginal(-5), toOriginal(99), toOriginal(Number.NaN), toOriginal(1.7)]).toEqual([1, 3, 1, 2]);
  });

  it('maps a range over a composed letter to the whole decomposed original', () => {
    const input = 'Nghi\u0303a vu\u0323';
    const { text, toOriginal } = normalizeForAnalysis(input);
    const start = text.indexOf('ĩ');
    expect(input.slice(toOriginal(start), toOriginal(start + 1))).toBe('i\u0303');
  });

  it('equals the straightforward definition on short strings', () => {
    fc.assert(fc.property(trickyText, (s) => normalizeText(s) === reference(s)));
    fc.assert(fc.property(anyText, (s) => normalizeText(s) === reference(s)));
  });

  it('is idempotent and never throws', () => {
    for (const arb of [anyText, trickyText, fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(arb, (s) => {
          const once = normalizeText(s);
          expect(normalizeText(once)).toBe(once);
        }),
      );
    }
  });

  it('maps indices monotonically, within bounds, end to end', () => {
    for (const arb of [anyText, trickyText]) {
      fc.assert(
        fc.property(arb, (s) => {
          const { text, toOriginal } = normalizeForAnalysis(s);
          const mapped = allIndices(text).map(toOriginal);
          expect(mapped[mapped.length - 1]).toBe(s.length);
          for (let i = 0; i < mapped.length; i++) {
            const here = mapped[i] ?? -1;
            expect(here).toBeGreaterThanOrEqual(i === 0 ? 0 : (mapped[i - 1] ?? 0));
            expect(here).toBeLessThanOrEqual(s.length);
          }
        }),
      );
    }
  });

  it('maps every visible ASCII character back to the same character', () => {
    fc.assert(
      fc.property(trickyText, (s) => {
        const { text, toOriginal } = normalizeForAnalysis(s);
        for (let i = 0; i < text.length; i++) {
          const ch = text.charAt(i);
          if (ch > ' ' && ch < '\u007f') expect(s.charAt(toOriginal(i))).toBe(ch);
        }
      }),
    );
  });
});
