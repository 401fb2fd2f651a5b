import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAYBE_CHARACTER_ISSUE,
  MAYBE_CHARACTER_OR_NFC,
  MAYBE_MOJIBAKE,
  MAYBE_NOT_NFC,
  scanHygiene,
} from '../../../../shared/core/text/hygiene.ts';
import { matchMojibake } from '../../../../shared/core/text/mojibake.ts';
import { startsNfcSegment } from '../../../../shared/core/text/nfc-segments.ts';
import { normalizeForAnalysis } from '../../../../shared/core/text/normalize.ts';

/** The punctuation block the fast paths of normalize/hygiene/nfc-segments accept as already NFC. */
const PUNCTUATION = Array.from({ length: 0x205e - 0x2010 + 1 }, (_, i) => String.fromCharCode(0x2010 + i));

describe('NFC fast path for U+2010–U+205E', () => {
  it('holds only starters that NFC leaves alone and that compose with no neighbour', () => {
    const bad: string[] = [];
    for (const ch of PUNCTUATION) {
      if (ch.normalize('NFC') !== ch || ch.normalize('NFD') !== ch || /\p{M}/u.test(ch)) bad.push(ch);
      for (let p = 0; p < 0x10000; p++) {
        if (p >= 0xd800 && p <= 0xdfff) continue;
        const before = String.fromCharCode(p);
        const n = before.normalize('NFC');
        if ((before + ch).normalize('NFC') !== n + ch || (ch + before).normalize('NFC') !== ch + n) {
          bad.push(`${ch} beside U+${p.toString(16)}`);
          break;
        }
      }
    }
    expect(bad).toEqual([]);
    expect(PUNCTUATION.every((ch) => startsNfcSegment(ch.charCodeAt(0)))).toBe(true);
  });

  it('normalizes text with quotes and dashes like String#normalize, with positions kept', () => {
    const unit = fc.constantFrom(
      'a',
      'ế',
      'ộ',
      'Đ',
      ' ',
      '“',
      '”',
      '–',
      '…',
      '•',
      '‘',
      'e\u0301',
      '\u00a0',
      'Ð',
      '\u202f',
      '\u2028',
      '\u205f',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
        const plain = s
          .replace(/[\u00a0\u202f\u205f]/g, ' ')
          .replace(/Ð/g, 'Đ')
          .normalize('NFC');
        expect(normalizeForAnalysis(s).text).toBe(plain);
        const notNfc = scanHygiene(s).filter((i) => i.kind === 'not-nfc');
        expect(notNfc.length > 0).toBe(s.includes('e\u0301'));
      }),
    );
  });

  it('keeps the identity mapping for already-normal text with curly quotes', () => {
    const s = 'phong trào “Giỏi việc nước, đảm việc nhà” – tốt…';
    const n = normalizeForAnalysis(s);
    expect(n.text).toBe(s);
    expect(n.toOriginal(5)).toBe(5);
    expect(n.toOriginal(s.length)).toBe(s.length);
  });
});

describe('scanHygiene skips plain characters', () => {
  it('finds nothing in any text of printable ASCII and U+0100–U+1FFF alone, however it is cut', () => {
    const plain = fc.string({
      unit: fc
        .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x100, max: 0x1fff }))
        .map((c) => String.fromCharCode(c)),
      maxLength: 30,
    });
    fc.assert(
      fc.property(plain, (s) => {
        expect(scanHygiene(s).filter((i) => i.kind !== 'not-nfc')).toEqual([]);
      }),
    );
  });

  it('still finds damage right after skipped characters', () => {
    expect(scanHygiene('nhà” Cá»™ng').map((i) => i.kind)).toEqual(['mojibake']);
    expect(scanHygiene('ộ\u00d0').map((i) => i.kind)).toEqual(['eth-for-dj']);
    expect(scanHygiene('a\u200bb').map((i) => i.kind)).toEqual(['zero-width']);
  });
});

describe('MAYBE_CHARACTER_OR_NFC', () => {
  it('matches a UTF-16 unit exactly when MAYBE_CHARACTER_ISSUE or MAYBE_NOT_NFC does', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (MAYBE_CHARACTER_OR_NFC.test(ch) !== (MAYBE_CHARACTER_ISSUE.test(ch) || MAYBE_NOT_NFC.test(ch))) {
        differ.push(c.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('MAYBE_MOJIBAKE', () => {
  /** Lead and continuation bytes as Windows-1252 reads them, Vietnamese letters and quotes around them. */
  const unit = fc.constantFrom(
    'Ã',
    'Â',
    'á',
    'à',
    'â',
    'ê',
    'ô',
    'Ä',
    'ð',
    'ó',
    '»',
    'º',
    '¡',
    '™',
    '€',
    '”',
    '“',
    '–',
    'œ',
    '\u0090',
    '\u009d',
    '\ufffd',
    'a',
    ' ',
    'ộ',
    'C',
  );

  it('rules a text out only when matchMojibake finds nothing at any position', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
        if (MAYBE_MOJIBAKE.test(s)) return;
        for (let i = 0; i < s.length; i++) expect(matchMojibake(s, i)).toBeNull();
      }),
      { numRuns: 20000 },
    );
  });

  it('lets real mojibake through and rules out a Vietnamese letter before a curly quote', () => {
    expect(MAYBE_MOJIBAKE.test('Cá»™ng hÃ²a')).toBe(true);
    expect(MAYBE_MOJIBAKE.test('thá»i')).toBe(true);
    expect(MAYBE_MOJIBAKE.test('“Mái ấm công đoàn” nhà”')).toBe(false);
  });
});
