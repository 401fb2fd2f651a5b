import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAllCaps,
  isAuthorityLine,
  isNoiNhanLine,
  isSeparatorLine,
  isTitleLine,
  isVvLine,
} from '../../../../shared/core/headings/classify.ts';
import {
  parseNumbering,
  parseNumberingDefinition,
} from '../../../../shared/core/headings/parse-numbering.ts';
import { partMarker } from '../../../../shared/core/headings/part-start.ts';
import { foldStart } from '../../../../shared/core/text/fold.ts';
import { HINT_CHARACTER } from '../../../../shared/core/text/hint-characters.ts';

// The readable definitions the char-code fast paths of classify.ts replaced: each test must give
// exactly what these give, on every text.
const TYPE_WORDS =
  /^(ĐỀ CƯƠNG|BÁO CÁO|KẾ HOẠCH|HƯỚNG DẪN|CHƯƠNG TRÌNH|THÔNG BÁO|TỜ TRÌNH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CÔNG VĂN|PHƯƠNG ÁN|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH|CHỈ THỊ|BIÊN BẢN|PHỤ LỤC|GIẤY MỜI|THÔNG CÁO)(?![\p{L}])/u;
const isTitleLineDefinition = (text: string): boolean => {
  const t = text.replace(/^[“"«(\s]+/u, '');
  return t.length <= 120 && isAllCaps(t) && TYPE_WORDS.test(t);
};
const isAuthorityLineDefinition = (text: string): boolean =>
  /^(TM|KT|TL|TUQ|Q)\.[\s\u00A0]*\p{Lu}/u.test(text.replace(/^[*\s]+/u, ''));
const isNoiNhanLineDefinition = (text: string): boolean => foldStart(text.trimStart(), 8) === 'noi nhan';
const isSeparatorLineDefinition = (text: string): boolean =>
  text.length >= 5 && /^[-–—_=*~.\s]*(?:o\s*O\s*o)?[-–—_=*~.\s]*$/u.test(text) && /[-–—_=*~]{3}/u.test(text);
const isVvLineDefinition = (text: string): boolean => /^[“"]?V\/v\b/u.test(text);
/** Lines made of the units and words the tests look for, so that every branch is reached. */
// biome-ignore format: one row per purpose
const lineUnit = fc.constantFrom(
  ' ', '\u00a0', '\t', '\ufeff', '\u3000', '\u200b', '“', '"', '«', '(', ')', '.', ':', ';', '/', ',',
  '-', '–', '—', '‒', '_', '=', '*', '~', '+', '•', '\uf0a7', '\ufffd', 'o', 'O',
  'a', 'b', 'h', 'i', 'n', 'v', 'z', 'đ', 'ơ', 'ậ', 'ụ', 'A', 'B', 'C', 'D', 'H', 'I', 'K', 'L', 'M', 'N',
  'P', 'Q', 'T', 'U', 'V', 'X', 'Đ', 'Ủ', 'Ụ', 'Ñ', 'ñ', 'Σ', 'İ', '\u0303', 'K', '👍', '\ud800', '0', '1', '9',
  'BÁO CÁO', 'ĐỀ CƯƠNG', 'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'PHỤ LỤC', 'GIẤY MỜI', 'Báo cáo',
  'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'V/v', 'Nơi nhận', 'NƠI NHẬN', 'Noi nhan', '-----', 'oOo', 'o O o',
  'Phần', 'PHẦN', 'THỨ', 'thứ', 'NHẤT', 'hai', 'Chương', 'CHƯƠNG', 'TIỂU MỤC', 'Tiểu mục', 'MỤC', 'Mục',
  'ĐIỀU', 'Điều', 'II', 'IV', 'XL', '1.2', '12', '2.3.1', 'Ban Chấp hành', 'Công đoàn', 'Chỉ đạo', 'Tiếp tục',
  'A'.repeat(60), 'a'.repeat(60),
);
/** A line shaped like a heading, a list item or a closing line: lead, head word, separator, value, tail. */
const shapedLine = fc
  .tuple(
    fc.constantFrom('', ' ', '\u00a0', '“', '**', '('),
    fc.constantFrom(
      ...['PHẦN', 'Phần', 'CHƯƠNG', 'Chương', 'TIỂU MỤC', 'Tiểu mục', 'MỤC', 'Mục', 'ĐIỀU', 'Điều'],
      ...['I', 'IV', 'C', 'D', 'H', 'A', 'Đ', 'a', 'đ', 'f', '1', '12', '1.2', '1.2.3', '-', '+', '•', '*'],
      ...['BÁO CÁO', 'THÔNG CÁO', 'TM', 'TUQ', 'Q', 'V/v', 'Nơi nhận', '---', 'o', 'Ban', 'Công'],
    ),
    fc.constantFrom('', ' ', '\u00a0', '.', ')', ':', '. ', ') ', '-----'),
    fc.constantFrom('', 'I', '1', '12', 'II.', 'THỨ NHẤT', 'thứ hai', 'x', 'BAN', 'O', 'o'),
    fc.constantFrom('', '.', ':', ' ', ' Tiêu đề', ' KẾT QUẢ', ')', '---'),
  )
  .map((parts) => parts.join(''));
const line = fc.oneof(
  fc.array(lineUnit, { maxLength: 12 }).map((units) => units.join('')),
  shapedLine,
);
const RUNS = { numRuns: 30000 };

describe('classify fast paths agree with their regex definitions', () => {
  const pairs: Array<[string, (t: string) => boolean, (t: string) => boolean]> = [
    ['isTitleLine', isTitleLine, isTitleLineDefinition],
    ['isAuthorityLine', isAuthorityLine, isAuthorityLineDefinition],
    ['isNoiNhanLine', isNoiNhanLine, isNoiNhanLineDefinition],
    ['isSeparatorLine', isSeparatorLine, isSeparatorLineDefinition],
    ['isVvLine', isVvLine, isVvLineDefinition],
  ];
  for (const [name, fast, definition] of pairs) {
    it(`${name} on lines of title words, markers and body text`, () => {
      fc.assert(
        fc.property(line, (text) => {
          expect(fast(text)).toBe(definition(text));
          expect(fast(text.trim())).toBe(definition(text.trim()));
        }),
        RUNS,
      );
    });
    it(`${name} on any text`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
          expect(fast(text)).toBe(definition(text));
        }),
      );
    });
  }

  it('reach both answers on the generated lines', () => {
    const samples = fc.sample(line, { numRuns: 30000, seed: 1 });
    for (const [, fast] of pairs) expect(new Set(samples.map(fast))).toEqual(new Set([true, false]));
  });
});

describe('parseNumbering fast path', () => {
  it('equals parseNumberingDefinition (every regex in turn) on lines of numbers and words', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 12 }), (text, previous) => {
        expect(parseNumbering(text, previous)).toEqual(parseNumberingDefinition(text, previous));
      }),
      RUNS,
    );
  });

  it('equals parseNumberingDefinition on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        expect(parseNumbering(text)).toEqual(parseNumberingDefinition(text));
      }),
    );
  });

  it('equals it on every two units after each list marker and number start', () => {
    const starts = ['-', '–', '—', '‒', '+', '•', '*', '\uf0a7', '\ufffd', 'I', 'C', 'a', 'đ', 'A', '1'];
    const after = [' ', '\u00a0', '\ufeff', '\u2028', 'x', '.', ')', ''];
    for (const start of starts) {
      for (const a of after) {
        for (const b of after) {
          const text = `${start}${a}${b}`;
          expect(parseNumbering(text), text).toEqual(parseNumberingDefinition(text));
        }
      }
    }
  });
});

describe('partMarker told a line holds no tab', () => {
  const header = fc.constantFrom(
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'LIÊN ĐOÀN LAO ĐỘNG\tĐẢNG CỘNG SẢN VIỆT NAM',
    '- \tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'MẪU 1',
    'Phụ lục 2',
  );
  const lead = fc.constantFrom('', '-', '- ', '1. ', 'Ban ', '* ', 'I. ', 'Đ');
  it('answers as it does untold on every line without a hint character (a tab is one)', () => {
    expect(HINT_CHARACTER.test('\t')).toBe(true);
    let markers = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          line,
          header,
          fc.tuple(fc.oneof(line, lead), header).map(([a, b]) => a + b),
        ),
        (text) => {
          const told = partMarker(text, HINT_CHARACTER.test(text));
          expect(told).toBe(partMarker(text));
          if (told) markers++;
        },
      ),
      RUNS,
    );
    expect(markers).toBeGreaterThan(100);
  });
});
