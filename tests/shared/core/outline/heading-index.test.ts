import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { bestSimilarities, headingIndex } from '../../../../shared/core/outline/heading-index.ts';
import { matchTokens, titleSimilarity } from '../../../../shared/core/outline/similarity.ts';

const WORDS = [
  'Tình',
  'hình',
  'CNVCLĐ',
  'công',
  'đoàn',
  'kết',
  'quả',
  'nhiệm',
  'vụ',
  'năm',
  '2020',
  'và',
  'giải',
  'pháp',
];
const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

describe('headingIndex + bestSimilarities', () => {
  it('give each heading the best titleSimilarity with any of the titles, 0 when no word is shared', () => {
    fc.assert(
      fc.property(
        fc.array(title, { minLength: 1, maxLength: 8 }),
        fc.array(title, { maxLength: 3 }),
        (heads, titles) => {
          const text = heads.map((h, i) => `${ROMAN[i]}. ${h.toUpperCase()}\nNội dung.`).join('\n');
          const analysis = analyzeDocument(docFromText(text));
          const index = headingIndex(analysis, 0);
          expect(headingIndex(analysis, 0)).toBe(index);
          expect(index.headings.length).toBe(heads.length);
          const sets = titles.map(matchTokens);
          const best = bestSimilarities(
            index,
            sets.map((set) => [...set]),
          );
          index.headings.forEach((h, hi) => {
            const expected = Math.max(0, ...sets.map((s) => titleSimilarity(s, matchTokens(h.title))));
            expect(best[hi]).toBe(expected);
          });
        },
      ),
    );
  });

  it('stays right call after call on one index (its scratch arrays reused)', () => {
    fc.assert(
      fc.property(
        fc.array(title, { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(title, { maxLength: 3 }), { minLength: 2, maxLength: 5 }),
        (heads, calls) => {
          const text = heads.map((h, i) => `${ROMAN[i]}. ${h.toUpperCase()}`).join('\n');
          const index = headingIndex(analyzeDocument(docFromText(text)), 0);
          for (const titles of calls) {
            const sets = titles.map(matchTokens);
            const best = bestSimilarities(
              index,
              sets.map((set) => [...set]),
            );
            const expected = index.headings.map((h) =>
              Math.max(0, ...sets.map((set) => titleSimilarity(set, matchTokens(h.title)))),
            );
            expect([...best]).toEqual(expected);
          }
        },
      ),
    );
  });

  it('is empty for a part that does not exist', () => {
    const analysis = analyzeDocument(docFromText('I. TÌNH HÌNH'));
    expect(headingIndex(analysis, 5).headings).toEqual([]);
    expect(bestSimilarities(headingIndex(analysis, 5), [[...matchTokens('tình hình')]])).toHaveLength(0);
  });
});
