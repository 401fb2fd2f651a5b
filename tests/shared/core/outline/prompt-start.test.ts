import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beginsWithPrompt, promptStartFilter } from '../../../../shared/core/outline/prompt-start.ts';
import { foldWords } from '../../../../shared/core/text/fold.ts';

/** NFC Vietnamese-ish text, as the analysis hands it over: words, case, marks, punctuation. */
const WORDS = [
  'Nêu',
  'NÊU',
  'neu',
  'rõ',
  'RÕ',
  'những',
  'Những',
  'NHỮNG',
  'khó',
  'khăn',
  'Đánh',
  'đánh',
  'giá',
  'GIÁ',
];
const PUNCT = [' ', '  ', ', ', ' - ', ': ', '“', '”', '; ', '(', ')', '…', '\t', '.', '/'];
const text = fc
  .array(
    fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT), fc.constantFrom('1', '2020', 'a', 'x')),
    {
      maxLength: 10,
    },
  )
  .map((parts) => parts.join(''));
const STARTS = [
  ['neu', 'ro', 'nhung'],
  ['danh', 'gia', 'kho'],
  ['nhung', 'kho', 'khan'],
];

describe('promptStartFilter (the native prefilter of beginsWithPrompt)', () => {
  const { regex: filter, firstUnits } = promptStartFilter(STARTS);
  const passes = (s: string, from = 0) => {
    filter.lastIndex = from;
    const matched = filter.test(s);
    // The first-unit table never rules out what the regex lets through.
    if (matched) expect(firstUnits[s.charCodeAt(from)]).toBe(1);
    return matched;
  };

  it('lets through every text that begins with a prompt’s first words (it may let through more)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...STARTS), (s, start) => {
        if (beginsWithPrompt(s, start)) expect(passes(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets through what the definition accepts when the text is built to begin so', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...PUNCT), fc.constantFrom(...STARTS), (tail, lead, start) => {
        const s = `${lead}${start.join(' ').toUpperCase()} ${tail}`;
        expect(beginsWithPrompt(s, start)).toBe(foldWords(s).slice(0, 3).join(' ') === start.join(' '));
        if (beginsWithPrompt(s, start)) expect(passes(s)).toBe(true);
      }),
    );
  });

  it('reads from lastIndex (after the list mark) and stops the prompt at a word’s end', () => {
    expect(passes('a) Nêu rõ những khó khăn', 3)).toBe(true);
    expect(passes('a) Nêu rõ những khó khăn', 0)).toBe(false);
    expect(passes('- NÊU RÕ, NHỮNG khó khăn')).toBe(true);
    expect(passes('Nêu rõ nhưngx')).toBe(false);
    expect(passes('Về đời sống: nêu rõ những khó khăn')).toBe(false);
  });
});

describe('beginsWithPrompt', () => {
  it('compares folded words from the start, without case, diacritics or punctuation', () => {
    expect(beginsWithPrompt('NÊU RÕ, những khó khăn', ['neu', 'ro', 'nhung'])).toBe(true);
    expect(beginsWithPrompt('Cần nêu rõ những', ['neu', 'ro', 'nhung'])).toBe(false);
    expect(beginsWithPrompt('Nêu rõ', ['neu', 'ro', 'nhung'])).toBe(false);
  });
});
