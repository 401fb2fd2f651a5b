import { describe, expect, it } from 'vitest';
import { looksLikeVietnameseSyllable } from '../../../../shared/core/text/vietnamese-syllable.ts';

describe('looksLikeVietnameseSyllable', () => {
  const syllables = [
    ...'Cộng hòa hoà xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc BÁO CÁO ăn oanh uống yêu'.split(' '),
    ...'quyết quỳnh giữa gì giếng người khuya khuỷu xoong kẻng thuở nguệch'.split(' '),
    'Vie\u0323\u0302t',
  ];
  it.each(syllables)('accepts %j', (word) => {
    expect(looksLikeVietnameseSyllable(word)).toBe(true);
  });

  const notSyllables: [word: string, why: string][] = [
    ['céng', 'c cannot precede e (it is spelled k)'],
    ['ghà', 'gh only precedes i, e, ê'],
    ['kan', 'k only precedes i, e, ê, y'],
    ['héi', '"ei" is no rhyme'],
    ['tôt', 'a syllable closed by t needs the sắc or nặng tone'],
    ['hóả', 'two tones'],
    ['naïve', 'ï is no Vietnamese letter'],
    ['Baùo', 'VNI bytes, not letters'],
    ['B¸o', 'TCVN3 bytes, not letters'],
    ['CNVCLĐ', 'an abbreviation'],
    ['strong', 'English'],
    ['', 'empty'],
  ];
  it.each(notSyllables)('rejects %j: %s', (word) => {
    expect(looksLikeVietnameseSyllable(word)).toBe(false);
  });
});
