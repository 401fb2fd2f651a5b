import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABBREVIATIONS,
  matchTokens,
  STOP_WORDS as STOP,
} from '../../../../shared/core/outline/similarity.ts';
import { foldWords } from '../../../../shared/core/text/fold.ts';

/** matchTokens as first written: expansions, then stop words and years (19xx, 20xx) dropped. */
const reference = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const word of foldWords(text)) {
    const expanded = ABBREVIATIONS[word]?.split(' ');
    if (expanded) for (const w of expanded) !STOP.has(w) && out.add(w);
    else if (!STOP.has(word) && !/^(19|20)\d\d$/.test(word)) out.add(word);
  }
  return out;
};

describe('matchTokens', () => {
  it.each([
    ['Tình hình CNVCLĐ năm 2020', ['tinh', 'hinh', 'cong', 'nhan', 'vien', 'chuc', 'lao', 'dong', 'nam']],
    ['Công tác của CĐ và ĐV', ['cong', 'tac', 'doan', 'vien']],
    ['Năm 1995, 2100, 1899, 20a1', ['nam', '2100', '1899', '20a1']],
  ])('reads %j', (text, tokens) => {
    expect([...matchTokens(text)].sort()).toEqual([...tokens].sort());
  });

  it('equals the first definition on random words', () => {
    const word = fc.constantFrom(
      'CNVCLĐ',
      'CĐ',
      'ĐV',
      'KT',
      'và',
      'của',
      'là',
      'o',
      '2020',
      '1995',
      '2100',
      '19',
      '20x0',
      'Tình',
      'hình',
      ' ',
      ',',
      '-',
      '١٩٩٥',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        expect([...matchTokens(text)]).toEqual([...reference(text)]);
      }),
    );
  });
});
