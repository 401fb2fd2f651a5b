import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWordTable } from '../../../../shared/core/text/fold.ts';
import { LOWER_NAME_HEADS } from '../../../../shared/core/text/name-heads.ts';
import { findRepeats } from '../../../../shared/core/text/repeated-words.ts';
import { spellingSlips } from '../../../../shared/core/text/spelling-slips.ts';
import { MAY_HOLD } from '../../../../shared/core/text/syllable-grammar.ts';
import { placedWords } from '../../../../shared/core/text/tone-placement.ts';
import { mayBeWrittenHash, SCAN, scanParagraph, wordPass } from '../../../../shared/core/text/word-scan.ts';
import { wordTokens } from '../../../../shared/core/text/word-tokens.ts';
import {
  capitalStartsByLoop,
  hashUnits,
  isCapitalCode,
  isLetterCode,
  TABLE_END,
  tables,
  UNIT,
  unitClasses,
} from '../../../../shared/core/text/word-units.ts';
import { anyText, trickyText } from './arbitraries.ts';

/** Letters, capitals and the units around the word boundaries the readings of words differ on. */
// biome-ignore format: one row per purpose
const caseText = fc.string({
  unit: fc.constantFrom(
    'a', 'A', 'z', 'Z', 'đ', 'Đ', 'ă', 'Ă', 'ư', 'Ư', 'ơ', 'Ơ', 'ĩ', 'Ĩ', 'ũ', 'Ũ', 'ạ', 'Ạ', 'ấ', 'Ấ', 'ỹ', 'Ỹ',
    'À', 'Ý', 'Þ', 'ß', 'à', '×', '÷', 'Ö', 'Ø', 'ö', 'ø', 'ɏ', 'ɐ', '\u0300', '\u036f', '\u0370', 'Σ', 'İ',
    'Ⱥ', '\u1e9f', '\u1ef9', '\u1efa', ' ', '\u00a0', '.', ',', '“', '(', '-', '1', '\n', '😀', '\u00ad',
  ),
  maxLength: 40,
});
// biome-ignore format: one row
const words = fc.constantFrom('các', 'Các', 'CÁC', 'kinh', 'kính', 'phí', 'quy', 'trình', 'so', 'đề', 'đê', 'xuất', 'thực', 'hiện', 'ngiệp', 'tổ4chức', 'ban', 'nhân', 'tỉnh', 'Hà', 'Nôi', 'Ủy', 'hoá', 'İa', 'x×y', 'hòa', 'HOÀ', 'này', 'nàyx', 'Này', '“', '"', 'Thuỷ', 'khoẻ', 'hoàn', 'quý', 'ủy', '12', 'a1', '1A', 'Việt', 'Nam', 'công', 'đoàn', 'người', 'Đảng');
const sentence = fc
  .array(fc.tuple(words, fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\u00a0', '  ')), { maxLength: 14 })
  .map((parts) => parts.flat().join(''));
const paragraph = fc.oneof(caseText, trickyText, anyText, sentence);

describe('the units table of the word readings', () => {
  it('gives each unit the classes of the definitions it stands for', () => {
    const t = unitClasses();
    const { lower, toned } = tables();
    const codes = foldWordTable();
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const x = t[c] as number;
      const low = c < TABLE_END ? (lower[c] as number) : c;
      const ok =
        (x & UNIT.LOW) === low &&
        ((x & UNIT.WORD) !== 0) === (c >= TABLE_END || codes[c] !== -2) &&
        ((x & UNIT.LETTER) !== 0) === isLetterCode(c) &&
        ((x & UNIT.CAPITAL) !== 0) === isCapitalCode(c) &&
        ((x & UNIT.RUN) !== 0) === /[A-Za-z\u00C0-\u1EF9]/.test(String.fromCharCode(c)) &&
        ((x & UNIT.TONE) !== 0) === (c < TABLE_END && toned[c] === 1) &&
        // The loop's shortcuts: a capital is a letter, a letter is part of a word.
        (!isCapitalCode(c) || isLetterCode(c)) &&
        (!isLetterCode(c) || (x & UNIT.WORD) !== 0);
      if (!ok) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('the shared word reading', () => {
  it('finds the capitals capitalStartsByLoop finds, each with the hash of its word in lower case', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), (texts) => {
        const pass = wordPass(texts.map((text) => ({ text })));
        texts.forEach((text, b) => {
          const from = pass.capFrom[b] as number;
          const at = [...pass.capAt.slice(from, pass.capFrom[b + 1])];
          expect(at).toEqual(capitalStartsByLoop(text));
          at.forEach((i, n) => {
            let end = i;
            while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
            const head = text.slice(i, end).toLowerCase();
            expect(pass.capHash[from + n]).toBe(hashUnits(head));
            // A word the bitmap cannot hold (a unit outside its runs) is always let through.
            if (/[^A-Za-z\u00C0-\u1EF9]/u.test(head))
              expect(mayBeWrittenHash(pass, hashUnits(head))).toBe(true);
          });
          const flags = pass.flags[b] as number;
          expect(flags & (SCAN.REPEAT | SCAN.SPELLING)).toBe(scanParagraph(text));
          expect((flags & SCAN.SMALL) !== 0).toBe(/[a-z\u00E0-\u01B0\u1EA1-\u1EF9]/.test(text));
          expect((flags & SCAN.ASCII_SMALL) !== 0).toBe(/[a-z]/.test(text));
          expect((flags & SCAN.QUOTE) !== 0).toBe(/[“"]/.test(text));
          if (text.includes(' này')) expect(flags & SCAN.NAY).toBe(SCAN.NAY);
          if (placedWords(text).length > 0) expect((pass.flags[b] as number) & SCAN.PLACED).toBe(SCAN.PLACED);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('flags every paragraph where the precise readings find a repeat or a slip', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const tokens = wordTokens(text);
        const flags = scanParagraph(text);
        if (findRepeats(tokens).length > 0) expect(flags & SCAN.REPEAT).toBe(SCAN.REPEAT);
        if (spellingSlips(text, tokens).length > 0) expect(flags & SCAN.SPELLING).toBe(SCAN.SPELLING);
      }),
      { numRuns: 5000 },
    );
  });
});

/** Glide vowels with and without marks, codas, onsets and breaks: where tone placements differ or not. */
// biome-ignore format: one row per purpose
const glideText = fc.string({
  unit: fc.constantFrom(
    'o', 'O', 'u', 'U', 'a', 'e', 'y', 'Y', 'ò', 'ó', 'Ọ', 'ù', 'Ú', 'à', 'ạ', 'É', 'ẹ', 'ý', 'Ỳ', 'ỵ',
    'h', 'k', 'q', 't', 'n', 'i', ' ', ',', '-', '1', '\u00ad', '\u0301', '\u00a0',
  ),
  maxLength: 30,
});

describe('PLACED: a word that ends with a pair of glide vowels', () => {
  it('is set wherever placedWords finds a word', () => {
    fc.assert(
      fc.property(glideText, (text) => {
        const flags = wordPass([{ text }]).flags[0] as number;
        if (placedWords(text).length > 0) expect(flags & SCAN.PLACED).toBe(SCAN.PLACED);
      }),
      { numRuns: 20000 },
    );
  });

  it('is not set by a pair inside a word ("hoạt", "hoàn", "khuỷu")', () => {
    const placed = (text: string) => ((wordPass([{ text }]).flags[0] as number) & SCAN.PLACED) !== 0;
    expect(placed('hoạt động, hoàn thành, khuỷu tay')).toBe(false);
    expect(placed('số hoá')).toBe(true);
    expect(placed('Ủy ban')).toBe(true);
    expect(placed('thuở, khoa')).toBe(false); // no pair, or no tone on it
    expect(placed('HOÀ BÌNH')).toBe(true);
  });
});

describe('NAME_HEAD: a lower-case word that may open a name', () => {
  /** proper-name-faults.ts's pattern, as the rule builds it from the list. */
  const heads = new RegExp(`(?:^|[ (“"])(?:${LOWER_NAME_HEADS.join('|')})(?![a-zA-Z\\u00C0-\\u1EF9])`);
  // biome-ignore format: one row per purpose
  const piece = fc.constantFrom(
    ...LOWER_NAME_HEADS, 'Số', 'SỐ', 'sổ', 'a', 'Đ', 'İ', '×', '1', ' ', '\u00a0', '(', '“', '"', ',', '-', '·',
    '\u0301', '\u00ad', 'ǅ', 'Σ', 'ố',
  );

  it('is set wherever the pattern finds one of the words', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const flags = wordPass([{ text }]).flags[0] as number;
        if (heads.test(text)) expect(flags & SCAN.NAME_HEAD).toBe(SCAN.NAME_HEAD);
      }),
      { numRuns: 20000 },
    );
  });

  it('is not set in plain prose without the words', () => {
    const flags = wordPass([{ text: 'Công đoàn cơ sở đã tổ chức tốt các hoạt động, Số liệu' }])
      .flags[0] as number;
    expect(flags & SCAN.NAME_HEAD).toBe(0);
    expect((wordPass([{ text: 'theo quyết định số 12' }]).flags[0] as number) & SCAN.NAME_HEAD).toBe(
      SCAN.NAME_HEAD,
    );
  });
});

/** Letters MAY_HOLD looks for and the units around a word's end. */
// biome-ignore format: one row per purpose
const untonedText = fc.string({
  unit: fc.constantFrom(
    'a', 'e', 'i', 'o', 'u', 'y', 'A', 'Y', 'ạ', 'á', 'ê', 'c', 'h', 'p', 't', 'C', 'H', 'P', 'T', 'n', 'g',
    'f', 'j', 'w', 'z', 'F', 'Z', 'q', 'Q', 'm', 'M', 'đ', ' ', ',', '-', '1', '×', '\u00ad', '\u0301', 'İ', '\u00a0',
  ),
  maxLength: 24,
});

/** Words of an onset, a vowel and a coda, MAY_HOLD's shapes among them ("tich", "quam", "fe"). */
const syllable = fc
  .tuple(
    fc.constantFrom('', 't', 'ch', 'qu', 'f', 'W', 'đ', 'Q', 'ng'),
    fc.constantFrom('a', 'i', 'Y', 'ạ', 'ê', 'am', 'o', 'E'),
    fc.constantFrom('', 'c', 'ch', 'p', 't', 'CH', 'T', 'cH', 'm', 'nh', 'h'),
  )
  .map((parts) => parts.join(''));
const syllables = fc
  .array(fc.tuple(syllable, fc.constantFrom(' ', ', ', '-', '1', '×', '')), { maxLength: 6 })
  .map((parts) => parts.flat().join(''));

describe('UNTONED: where untonedSlips may find a slip', () => {
  it('is set wherever MAY_HOLD matches', () => {
    fc.assert(
      fc.property(fc.oneof(untonedText, syllables, sentence, caseText), (text) => {
        const flags = wordPass([{ text }]).flags[0] as number;
        if (MAY_HOLD.test(text)) expect(flags & SCAN.UNTONED).toBe(SCAN.UNTONED);
      }),
      { numRuns: 20000 },
    );
  });

  it('is not set in prose without an unmarked closed syllable or a foreign onset', () => {
    const untoned = (text: string) => ((wordPass([{ text }]).flags[0] as number) & SCAN.UNTONED) !== 0;
    expect(untoned('Công đoàn cơ sở đã tổ chức tốt các hoạt động, quyết định số 12')).toBe(false);
    expect(untoned('CHỦ TICH công đoàn')).toBe(true);
    expect(untoned('mối quam hệ')).toBe(true);
    expect(untoned('cà fe')).toBe(true);
  });
});
