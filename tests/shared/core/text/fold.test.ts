import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWords } from '../../../../shared/core/text/fold.ts';
import { anyText, trickyText } from './arbitraries.ts';

describe('fold', () => {
  const cases: [input: string, folded: string][] = [
    ['Tình hình CNVCLĐ', 'tinh hinh cnvcld'],
    ['BÁO CÁO KẾT QUẢ', 'bao cao ket qua'],
    ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'cong hoa xa hoi chu nghia viet nam'],
    ['Vie\u0323\u0302t Nam', 'viet nam'], // decomposed input folds like precomposed
    ['ĐỀ CƯƠNG', 'de cuong'],
    ['265/QÐ-TLĐ', '265/qd-tld'], // the look-alike ETH folds to d as well
    ['  Nơi\u00a0nhận:\t\n ', 'noi nhan:'],
    ['Công\u200bđoàn', 'congdoan'],
    ['“Nâng cao” chất lượng', '“nang cao” chat luong'],
    ['İstanbul', 'istanbul'],
    ['', ''],
  ];
  it.each(cases)('folds %j to %j', (input, folded) => {
    expect(fold(input)).toBe(folded);
  });

  it('is idempotent and never throws', () => {
    for (const arb of [anyText, trickyText, fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(arb, (s) => {
          const once = fold(s);
          expect(fold(once)).toBe(once);
        }),
      );
    }
  });

  it('is idempotent on every single code point', () => {
    const failures: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 97) {
      const once = fold(String.fromCodePoint(cp));
      if (fold(once) !== once) failures.push(cp.toString(16));
    }
    expect(failures).toEqual([]);
  });

  it('folds canonically equivalent Vietnamese strings alike', () => {
    fc.assert(fc.property(trickyText, (s) => fold(s.normalize('NFC')) === fold(s.normalize('NFD'))));
  });
});

describe('foldWords', () => {
  const cases: [input: string, words: string[]][] = [
    ['CNVCLĐ', ['cnvcld']],
    ['thu- chi', ['thu', 'chi']],
    [
      'Báo cáo số 745/LĐLĐ-VP ngày 25/5/2020.',
      ['bao', 'cao', 'so', '745', 'ldld', 'vp', 'ngay', '25', '5', '2020'],
    ],
    ['I. ĐẶC ĐIỂM TÌNH HÌNH', ['i', 'dac', 'diem', 'tinh', 'hinh']],
    ['“Nâng cao…”', ['nang', 'cao']],
    ['- + * …', []],
  ];
  it.each(cases)('splits %j into %j', (input, words) => {
    expect(foldWords(input)).toEqual(words);
  });

  it('gives the same words when fed its own output', () => {
    for (const arb of [anyText, trickyText]) {
      fc.assert(
        fc.property(arb, (s) => {
          const words = foldWords(s);
          expect(foldWords(words.join(' '))).toEqual(words);
          for (const w of words) expect(w.length).toBeGreaterThan(0);
        }),
      );
    }
  });
});
