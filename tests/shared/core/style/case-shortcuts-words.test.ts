import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstTailToken, tailTokens } from '../../../../shared/core/style/case-find.ts';
import {
  MAY_BE_NAME,
  MAY_BE_NAME_ALONE,
  MAY_BE_NAME_FIRST,
} from '../../../../shared/core/style/case-keys.ts';
import { isFreeStart, nextWord, wordEnd } from '../../../../shared/core/style/case-scan.ts';
import { ALONE, LISTS, mayBeListed, namedBefore } from '../../../../shared/core/style/mid-sentence-caps.ts';
import { FOLD_WORD, foldWordTable } from '../../../../shared/core/text/fold.ts';
import { capitalsStart } from '../../../../shared/core/text/spacing-faults.ts';
import { placedWords, tonePlacement } from '../../../../shared/core/text/tone-placement.ts';
import { anyText, trickyText } from '../text/arbitraries.ts';

/**
 * The word-level shortcuts of the letter-case, spacing and tone rules, each held to the readable
 * definition it replaced (case-shortcuts.test.ts holds those of the shared word reading's users).
 */

// biome-ignore format: one row per purpose
const piece = fc.constantFrom(
  'công', 'Công', 'CÔNG', 'đoàn', 'Ban', 'ban', 'chấp', 'Chấp', 'hành', 'Việt', 'việt', 'Nam', 'nam', 'các', 'Các',
  'luật', 'Luật', 'hòa', 'hoà', 'Hoá', 'Ủy', 'uỷ', 'İ', 'İa', 'Ⱥ', 'x×y', 'a1', '1A', 'đảng', 'số', 'Thực', 'hiện',
  'chức', 'Chức', 'năm', 'Năm', 'Kế', 'hoạch', 'tháng', 'Tháng', 'nhân', 'dân', 'nước', 'Nhà', 'nhà',
  ' ', ' ', ' ', ', ', '. ', '; ', '\u00a0', '(', '“', '"', '-', ' - ', '\t', '\u0301', '2',
);
const prose = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''));
describe('firstTailToken', () => {
  it('is the first of tailTokens', () => {
    const tail = fc
      .array(
        fc.constantFrom('công', 'đoàn', ' ', '\u00a0', ',', '.', '–', '-', 'ǂ', 'Σ', '(', '“', '\u0301', 'x'),
        {
          maxLength: 30,
        },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(tail, trickyText, anyText), fc.nat(6), (text, end) => {
        expect(firstTailToken(text, end)).toBe(tailTokens(text, end)[0]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('MAY_BE_NAME by its words', () => {
  it('matches "w …" only for a first word of its phrases, and always for a word alone', () => {
    const words = fc.oneof(
      fc.constantFrom(...MAY_BE_NAME_FIRST),
      fc.constantFrom('công', 'an', 'tháng', 'ngày'),
    );
    fc.assert(
      fc.property(words, prose, (w, rest) => {
        const matched = MAY_BE_NAME.test(`${w} ${rest.toLowerCase()}`);
        if (matched) expect(MAY_BE_NAME_FIRST.has(w)).toBe(true);
        if (MAY_BE_NAME_ALONE.has(w)) expect(matched).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(MAY_BE_NAME_ALONE.has('đảng')).toBe(true);
    expect(MAY_BE_NAME_FIRST.has('kế')).toBe(true);
  });
});

describe('mayBeListed (viet-hoa-giua-cau)', () => {
  it('is true for a word alone of the lists, or a word that makes a listed pair with the next', () => {
    const pairs = new Set(LISTS.filter((w) => w.split(' ').length === 2));
    const listed = fc.constantFrom(...LISTS.flatMap((w) => w.split(' ')));
    const text = fc.array(fc.oneof(listed, piece), { maxLength: 10 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        for (const m of t.matchAll(/[A-Za-zÀ-ỹđĐ]+/gu)) {
          const end = wordEnd(t, m.index);
          const head = t.slice(m.index, end).toLowerCase();
          const next = nextWord(t, end);
          const two = next && !next.comma ? `${head} ${t.slice(next.start, next.end).toLowerCase()}` : '';
          if (ALONE.has(head) || pairs.has(two)) expect(mayBeListed(t, head, end)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('namedBefore', () => {
  it('is NAMED_LIST.test on the text before', () => {
    const NAMED_LIST = /phong trào|cuộc vận động|khẩu hiệu|chủ đề/iu;
    const text = fc
      .array(
        fc.constantFrom(
          'phong trào',
          'Phong Trào',
          'cuộc vận động',
          'khẩu hiệu',
          'chủ đề',
          'chủ',
          'đề',
          ' ',
          ', ',
          'x',
        ),
        {
          maxLength: 10,
        },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.nat(80)), { maxLength: 4 }), (cases) => {
        for (const [t, start] of cases)
          expect(namedBefore(t, start)).toBe(NAMED_LIST.test(t.slice(0, start)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isFreeStart by unit codes', () => {
  /** The definition: the same lists, read as strings. */
  function byStrings(text: string, i: number, lead: number): boolean {
    let j = i - 1;
    let opened = false;
    while (j >= lead && ' \u00a0“"‘\'«(['.includes(text.charAt(j))) {
      if ('“"‘\'«'.includes(text.charAt(j))) opened = true;
      j--;
    }
    if (j < lead || opened) return true;
    const c = text.charAt(j);
    if ('.:;!?…\t'.includes(c)) return true;
    return (
      (c === '-' || c === '–' || c === '+' || c === ')') && /(?:^|[\s:;.])\S?$/u.test(text.slice(lead, j))
    );
  }
  it('agrees with the definition', () => {
    fc.assert(
      fc.property(fc.oneof(prose, trickyText), fc.nat(20), fc.nat(5), (text, i, lead) => {
        expect(isFreeStart(text, i, lead)).toBe(byStrings(text, i, lead));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('capitalsStart', () => {
  it('is CAPITALS_START.test', () => {
    const CAPITALS_START = /^[^a-zà-ỹ]{0,12}[A-ZĐÀ-Ỹ]{3}/;
    const caps = fc
      .array(fc.constantFrom('A', 'Đ', 'Ệ', 'À', 'ỹ', 'a', ' ', '1', '-', '“', 'I.', 'KẾ', 'HOẠCH'), {
        maxLength: 20,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(caps, trickyText, anyText), (text) => {
        expect(capitalsStart(text)).toBe(CAPITALS_START.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('placedWords', () => {
  /** The definition it was read with: exec and its match objects. */
  function byExec(text: string) {
    const GLIDE = /[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]|[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/g;
    const inWord = (i: number) => {
      const c = text.charCodeAt(i);
      return c >= FOLD_WORD.TABLE_END || foldWordTable()[c] !== FOLD_WORD.BREAK;
    };
    const found: { word: string; start: number; end: number }[] = [];
    for (let m = GLIDE.exec(text); m !== null; m = GLIDE.exec(text)) {
      const end = m.index + 2;
      if (end < text.length && inWord(end)) continue;
      let start = m.index;
      while (start > 0 && m.index - start < 3 && inWord(start - 1)) start--;
      if (start > 0 && inWord(start - 1)) continue;
      const word = text.slice(start, end);
      if (tonePlacement(word.toLowerCase())) found.push({ word, start, end });
    }
    return found;
  }
  it('finds what exec found, with where', () => {
    const text = fc
      .array(
        fc.constantFrom('hòa', 'hoà', 'HOÀ', 'thuỷ', 'thủy', 'hoàn', 'khuỷu', 'Ủy', 'quý', ' ', ', ', 'a'),
        {
          maxLength: 10,
        },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(placedWords(t).map(({ word, start, end }) => ({ word, start, end }))).toEqual(byExec(t));
      }),
      { numRuns: 3000 },
    );
  });
});
