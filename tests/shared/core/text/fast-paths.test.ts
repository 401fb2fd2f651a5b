import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  identityMap,
  isAlreadyNormal,
  normalizeForAnalysis,
} from '../../../../shared/core/text/normalize.ts';
import { isSpaceUnit, skipSpaces } from '../../../../shared/core/text/space-unit.ts';

/** The readable definition isAlreadyNormal replaced: a search for any unit that needs work. */
const NEEDS_NORMALIZING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a range that starts at U+0000 on purpose
  /[^\u0000-\u009f\u00a1-\u00ac\u00ae-\u00cf\u00d1-\u02ff\u1e00-\u1eff\u2010-\u202e\u2030-\u205e]/;

const spacedText = fc.string({
  unit: fc.constantFrom(' ', '\u00a0', '\t', '\n', '\u2028', '\u3000', '\ufeff', '\u200b', 'a', 'ộ', '-'),
  maxLength: 12,
});

describe('isSpaceUnit and skipSpaces', () => {
  it('match /\\s/ on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('skip exactly what trimStart removes', () => {
    fc.assert(
      fc.property(spacedText, fc.nat(5), (text, n) => {
        const from = Math.min(n, text.length);
        const rest = text.slice(from);
        expect(skipSpaces(text, from)).toBe(from + rest.length - rest.trimStart().length);
      }),
    );
  });
});

describe('normalizeForAnalysis fast path', () => {
  it('isAlreadyNormal is the negation of the old search for a unit needing work, on every unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isAlreadyNormal(`a${ch}b`) !== !NEEDS_NORMALIZING.test(`a${ch}b`)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(isAlreadyNormal('')).toBe(true);
    expect(isAlreadyNormal('dòng một\ndòng hai\r\n')).toBe(true);
  });

  it('maps positions of already-normal text to themselves, clamped, with one map per length', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'ộ', '“', ' ', '\n'), maxLength: 40 }),
        fc.integer({ min: -3, max: 50 }),
        (s, i) => {
          const { text, toOriginal } = normalizeForAnalysis(s);
          expect(text).toBe(s);
          expect(toOriginal(i)).toBe(Math.min(Math.max(i, 0), s.length));
          expect(toOriginal(i + 0.5)).toBe(Math.min(Math.max(Math.trunc(i + 0.5), 0), s.length));
          expect(toOriginal(Number.NaN)).toBe(0);
        },
      ),
    );
    expect(normalizeForAnalysis('abc').toOriginal).toBe(normalizeForAnalysis('xyz').toOriginal);
    expect(normalizeForAnalysis('a'.repeat(5000)).toOriginal(9999)).toBe(5000);
  });
});

describe('identityMap', () => {
  it('is the toOriginal normalizeForAnalysis gives an already-normal text', () => {
    for (const s of ['', 'a', 'Báo cáo “kết quả”', 'x'.repeat(3000)]) {
      const map = identityMap(s.length);
      const { toOriginal } = normalizeForAnalysis(s);
      for (const i of [-1, 0, 1, s.length, s.length + 1, 2.5, Number.NaN]) expect(map(i)).toBe(toOriginal(i));
    }
  });
});
