import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beginsWithPrompt,
  promptStartFilter,
  wordUnitTable,
  wordUnitTableByRegex,
} from '../../../../shared/core/outline/prompt-start.ts';
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
  const { regex: filter, firstUnits, firstWord } = promptStartFilter(STARTS);
  const passes = (s: string, from = 0) => {
    filter.lastIndex = from;
    const matched = filter.test(s);
    // The first-unit table and the first-word test never rule out what the regex lets through.
    if (matched) expect(firstUnits[s.charCodeAt(from)]).toBe(1);
    if (matched) expect(firstWord(s, from)).toBe(true);
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

describe('PromptStartFilter.firstWord (a cheaper test in front of the regex)', () => {
  // Units where the classes are odd: "²" spells a letter of its own yet separates words for the
  // regex, a combining mark is a word unit that spells none, "Ð" folds to d.
  const ODD = ['²', '¹', '\u0301', 'Ð', 'đ', '×', '\u00a0', 'ª'];
  const oddStarts = [['²ab', 'neu', 'ro'], ['d', 'gia', 'kho'], ['ª', 'kho', 'khan'], ...STARTS];
  const piece = fc.oneof(text, fc.constantFrom(...ODD, ...PUNCT), fc.constantFrom('²ab', 'ab', 'Đ', 'D '));
  const oddText = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  /** Texts that often do begin with a prompt: odd units, then a prompt's words in some case, then any text. */
  const nearStart = fc
    .tuple(
      fc.array(fc.constantFrom(...ODD, ...PUNCT), { maxLength: 3 }),
      fc.constantFrom(...oddStarts),
      fc.constantFrom(' ', ', ', '²', ' - '),
      fc.boolean(),
      oddText,
    )
    .map(([lead, start, gap, upper, tail]) => {
      const words = start.join(gap);
      return `${lead.join('')}${upper ? words.toUpperCase() : words}${tail}`;
    });

  it('passes every text the regex matches, from any index', () => {
    let matched = 0;
    fc.assert(
      fc.property(
        fc.subarray(oddStarts, { minLength: 1 }),
        fc.oneof(oddText, nearStart),
        fc.nat(4),
        (starts, s, from) => {
          const { regex, firstWord } = promptStartFilter(starts);
          regex.lastIndex = from;
          if (!regex.test(s)) return;
          matched++;
          expect(firstWord(s, from)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
    // Not vacuous: many of the texts do match.
    expect(matched).toBeGreaterThan(100);
  });

  it('rules out a paragraph that only shares the first letter, and keeps the regex’s backtracking', () => {
    const { firstWord } = promptStartFilter([
      ['neu', 'ro', 'nhung'],
      ['²ab', 'x', 'y'],
    ]);
    expect(firstWord('Nêu rõ', 0)).toBe(true);
    expect(firstWord('- “NÊU, rõ', 2)).toBe(true);
    expect(firstWord('Nếu có', 0)).toBe(true);
    expect(firstWord('Nêuu rõ', 0)).toBe(false);
    expect(firstWord('Nam nữ', 0)).toBe(false);
    expect(firstWord('Ne', 0)).toBe(false);
    expect(firstWord('²²ab x y', 0)).toBe(true);
  });
});

describe('beginsWithPrompt', () => {
  it('compares folded words from the start, without case, diacritics or punctuation', () => {
    expect(beginsWithPrompt('NÊU RÕ, những khó khăn', ['neu', 'ro', 'nhung'])).toBe(true);
    expect(beginsWithPrompt('Cần nêu rõ những', ['neu', 'ro', 'nhung'])).toBe(false);
    expect(beginsWithPrompt('Nêu rõ', ['neu', 'ro', 'nhung'])).toBe(false);
  });
});

describe('wordUnitTable', () => {
  it('marks exactly the units the WORD_RANGES regex class matches, every one of the 65 536', () => {
    const fast = wordUnitTable();
    const byRegex = wordUnitTableByRegex();
    const differing: string[] = [];
    for (let u = 0; u < 0x10000; u++) if (fast[u] !== byRegex[u]) differing.push(u.toString(16));
    expect(differing).toEqual([]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffff }), (u) => fast[u] === byRegex[u]));
  });

  it('lets promptStartFilter begin at every separator and at no word unit outside the first letters', () => {
    const { firstUnits } = promptStartFilter(STARTS);
    const byRegex = wordUnitTableByRegex();
    const wrong: string[] = [];
    for (let u = 0; u < 0x10000; u++) if (byRegex[u] === 0 && firstUnits[u] !== 1) wrong.push(u.toString(16));
    for (const ch of 'abcxyz019ăơ') if (firstUnits[ch.charCodeAt(0)] !== 0) wrong.push(ch);
    expect(wrong).toEqual([]);
  });
});
