import { describe, expect, it } from 'vitest';
import { isGenreWord, nearMiss, oneSlipApart } from '../../../../shared/core/text/near-miss.ts';
import { findRepeats } from '../../../../shared/core/text/repeated-words.ts';
import { spellingSlips } from '../../../../shared/core/text/spelling-slips.ts';
import { placedWords, tonePlacement } from '../../../../shared/core/text/tone-placement.ts';
import { SCAN, scanParagraph } from '../../../../shared/core/text/word-scan.ts';
import { inCaseOf, wordTokens } from '../../../../shared/core/text/word-tokens.ts';

describe('tonePlacement', () => {
  it.each([
    ['hoá', 'second', 'hóa'],
    ['hóa', 'first', 'hoá'],
    ['uỷ', 'second', 'ủy'],
    ['thủy', 'first', 'thuỷ'],
    ['khoẻ', 'second', 'khỏe'],
    ['xoè', 'second', 'xòe'],
  ])('%s is placed on the %s vowel; the other way is %s', (word, placement, other) => {
    expect(tonePlacement(word)).toEqual({ placement, other });
  });
  it.each(['hoàn', 'quý', 'quả', 'khuỷu', 'thuở', 'hoạch', 'hoa', 'thuy', 'toàn', 'nguyễn'])(
    '%s is written alike in both conventions',
    (word) => {
      expect(tonePlacement(word)).toBeNull();
    },
  );
});

describe('oneSlipApart', () => {
  it.each([
    ['kính', 'kinh', 'a tone'],
    ['quản', 'quần', 'a vowel mark'],
    ['tu', 'tư', 'a vowel mark without tone'],
    ['diêm', 'điểm', 'đ and a tone on one syllable'],
    ['tuyền', 'truyền', 'a letter more in the onset'],
    ['rứt', 'dứt', 'another onset letter, of a sound merged in speech'],
    ['xử', 'sử', 's/x, merged in speech'],
    ['bận', 'vận', 'a neighbouring key'],
  ])('%s → %s (%s)', (written, meant) => {
    expect(oneSlipApart(written, meant)).toBe(true);
  });
  it.each([
    ['các', 'cán', 'the final consonant is not a slip we guess'],
    ['long', 'tổng', 'two slips'],
    ['kinh', 'kinh', 'the same'],
    ['thức', 'chức', 'an onset swap neither sound nor key explains (another real word)'],
    ['thương', 'chương', 'the same swap'],
  ])('%s ↛ %s (%s)', (written, meant) => {
    expect(oneSlipApart(written, meant)).toBe(false);
  });
});

describe('nearMiss', () => {
  it('names the one listed word a pair slips from, and which syllable to change', () => {
    expect(nearMiss('kính', 'phí')).toEqual({ which: 0, meant: 'kinh', word: 'kinh phí' });
    expect(nearMiss('nền', 'tàng')).toEqual({ which: 1, meant: 'tảng', word: 'nền tảng' });
  });
  it('says nothing of listed words, in either tone placement', () => {
    expect(nearMiss('kinh', 'phí')).toBeNull();
    expect(nearMiss('thu', 'nhập')).toBeNull();
    expect(nearMiss('công', 'thức')).toBeNull();
    expect(nearMiss('thành', 'niên')).toBeNull();
    expect(isGenreWord('thành', 'uỷ')).toBe(true);
  });
});

describe('findRepeats', () => {
  const repeats = (text: string) => findRepeats(wordTokens(text)).map((r) => [r.index, r.size]);
  it('finds a word or a two-word phrase typed twice', () => {
    expect(repeats('gửi các các đơn vị')).toEqual([[1, 1]]);
    expect(repeats('theo quy trình quy trình mới')).toEqual([[1, 2]]);
  });
  it('leaves reduplicatives, figures, straddled words and punctuation alone', () => {
    expect(repeats('người người thi đua')).toEqual([]);
    expect(repeats('đi đi lại lại')).toEqual([]);
    expect(repeats('hành vi vi phạm')).toEqual([]);
    expect(repeats('hoàn thành, hoàn thành')).toEqual([]);
  });
});

describe('wordTokens', () => {
  it('marks a word joined to the one before only across spaces', () => {
    expect(wordTokens('thu- chi và  báo cáo').map((t) => [t.text, t.joined])).toEqual([
      ['thu', false],
      ['chi', false],
      ['và', true],
      ['báo', true],
      ['cáo', true],
    ]);
  });
  it('writes a word in the case of another', () => {
    expect(inCaseOf('UỶ', 'ủy')).toBe('ỦY');
    expect(inCaseOf('Kính', 'kinh')).toBe('Kinh');
    expect(inCaseOf('đê', 'để')).toBe('để');
  });
});

describe('scanParagraph', () => {
  // The scan only decides which paragraphs the precise reading sees: it must flag every one that
  // has a finding, and (for speed) leave clean prose alone.
  const slips = [
    'Bố trí kính phí.',
    'Huy động vật tu cần thiết.',
    'Công tác tuyên tuyền tốt.',
    'Nắm rõ đặc diêm của đơn vị.',
    'a) Rứt khoát hoàn thành.',
    'Phối hợp đề bảo vệ quyền lợi.',
    'Nguồn lực đê hỗ trợ người lao động.',
    'Thăm hỏi ngiệp đoàn.',
    'Làm tổ4chức tốt.',
    'Các doanh ngiệp trên địa bàn.',
    'Thành phố Hà Nôi triển khai.',
    'Thực hiện Chỉ thị so 05-CT/TW.',
    'Ủy ban nhân tỉnh họp.',
    'Uỷ ban nhân các xã.',
    'Văn phòng thành uỷ chỉ đạo, thành uy xem xét.',
  ];
  it.each(slips)('flags %j for the spelling reading', (text) => {
    expect(spellingSlips(text, wordTokens(text)).length).toBeGreaterThan(0);
    expect(scanParagraph(text) & SCAN.SPELLING).toBe(SCAN.SPELLING);
  });
  it.each(['Gửi các các đơn vị.', 'Theo quy trình quy trình mới.', 'Các Các đơn vị.'])(
    'flags %j for repeats',
    (text) => {
      expect(scanParagraph(text) & SCAN.REPEAT).toBe(SCAN.REPEAT);
    },
  );
  it('leaves clean prose alone', () => {
    const clean =
      'Ban Chấp hành công đoàn cơ sở đã phối hợp với chuyên môn tổ chức Tháng Công nhân, tình hình thực tế, bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên và người lao động; Ủy ban nhân dân tỉnh chỉ đạo.';
    expect(scanParagraph(clean)).toBe(0);
  });
});

describe('placedWords', () => {
  it('finds the syllables the two conventions write differently, with where they are', () => {
    expect(
      placedWords('Ủy ban, HOÀ BÌNH, hoàn thành, khuỷu tay, số hoá.').map((w) => [w.word, w.start]),
    ).toEqual([
      ['Ủy', 0],
      ['HOÀ', 8],
      ['hoá', 44],
    ]);
  });
});
