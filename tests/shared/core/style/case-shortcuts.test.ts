import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerOccurrences, mayKey, Triggers } from '../../../../shared/core/style/case-find.ts';
import {
  hashedWords,
  headOf,
  isLetterCode,
  listedHead,
  type ProseBlock,
  previousWord,
  wordEnd,
} from '../../../../shared/core/style/case-scan.ts';
import { keyOf, mayBeKey } from '../../../../shared/core/style/proper-name-faults.ts';
import { PROPER_NAMES } from '../../../../shared/core/style/proper-names.ts';
import { wordPass } from '../../../../shared/core/text/word-scan.ts';
import { anyText, trickyText } from '../text/arbitraries.ts';

/**
 * The shortcuts of the letter-case rules, each held to the readable definition it replaced: the
 * findings of the rules must not change (the rule tests and the corpus snapshot check them too).
 */

// biome-ignore format: one row per purpose
const piece = fc.constantFrom(
  'công', 'Công', 'CÔNG', 'đoàn', 'Ban', 'ban', 'chấp', 'Chấp', 'hành', 'Việt', 'việt', 'Nam', 'nam', 'các', 'Các',
  'luật', 'Luật', 'hòa', 'hoà', 'Hoá', 'Ủy', 'uỷ', 'İ', 'İa', 'Ⱥ', 'x×y', 'a1', '1A', 'đảng', 'số', 'Thực', 'hiện',
  'chức', 'Chức', 'năm', 'Năm', 'Kế', 'hoạch', 'tháng', 'Tháng', 'nhân', 'dân', 'nước', 'Nhà', 'nhà',
  ' ', ' ', ' ', ', ', '. ', '; ', '\u00a0', '(', '“', '"', '-', ' - ', '\t', '\u0301', '2',
);
const prose = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''));
const paragraph = fc.oneof(prose, prose, trickyText, anyText);

/** ProseBlocks over the shared word reading of `texts` (lead 0). */
function blocksOf(texts: readonly string[]): ProseBlock[] {
  const infos = texts.map((text, index) => ({ text, index }));
  const pass = wordPass(infos);
  return infos.map((info, b) => ({
    info: info as unknown as ProseBlock['info'],
    text: info.text,
    lead: 0,
    from: pass.capFrom[b] as number,
    to: pass.capFrom[b + 1] as number,
    pass,
  }));
}

describe('listedHead', () => {
  it('is headOf when headOf is one of the words, else undefined', () => {
    const words = ['công', 'ban', 'việt', 'luật', 'hoà', 'ủy', 'i̇a', 'các', 'kế', 'tháng', 'a'];
    const hashed = hashedWords(words);
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), (texts) => {
        for (const b of blocksOf(texts))
          for (let n = b.from; n < b.to; n++) {
            const head = headOf(b, n);
            expect(listedHead(b, n, hashed)).toBe(words.includes(head) ? head : undefined);
          }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mayBeKey', () => {
  const keys = PROPER_NAMES.map((raw) => keyOf(raw.replace(/^[~^]/u, '')));
  const nameText = fc
    .array(fc.oneof(piece, fc.constantFrom(...PROPER_NAMES.map((n) => n.replace(/^[~^]/u, '')))), {
      maxLength: 6,
    })
    .map((p) => p.join(' '));
  it('is false only where keyOf of the text there differs from the key', () => {
    fc.assert(
      fc.property(fc.oneof(nameText, trickyText), fc.nat(30), (text, i) => {
        for (const key of keys)
          if (!mayBeKey(text, i, key)) expect(keyOf(text.slice(i, i + key.length))).not.toBe(key);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the second reading of case-consistency', () => {
  /** The definition: every match of the pattern, the unit before the word dropped. */
  function byMatchAll(text: string, words: readonly string[]): number[] {
    const alternatives = [...words].sort((a, b) => b.length - a.length).join('|');
    const find = new RegExp(
      `(?:^|[^A-Za-z\\u00C0-\\u1EF9])(?:${alternatives})(?![A-Za-z\\u00C0-\\u1EF9])`,
      'g',
    );
    return [...text.matchAll(find)].map((m) => m.index + (isLetterCode(m[0].charCodeAt(0)) ? 0 : 1));
  }
  const wordSets = fc.uniqueArray(
    fc.constantFrom('công', 'an', 'ban', 'việt', 'tháng', 'chức', 'nhà', 'i̇a', 'hoà'),
    {
      minLength: 1,
      maxLength: 4,
    },
  );

  it('finds the lower-case occurrences the pattern finds, paragraphs without their bits passed over', () => {
    fc.assert(
      fc.property(wordSets, fc.array(paragraph, { maxLength: 4 }), (words, texts) => {
        const each = lowerOccurrences(new Set(words));
        for (const b of blocksOf(texts)) {
          const found: number[] = [];
          each(b, (at) => found.push(at));
          expect(found).toEqual(byMatchAll(b.text, words));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('lets through every occurrence whose trigger the strings would find (mayKey)', () => {
    const tokenAfter = (text: string, end: number): string => {
      let j = end;
      while (text.charAt(j) === ' ' || text.charAt(j) === '\u00a0') j++;
      const c = text.charAt(j);
      if (',;.-–'.includes(c) && c !== '') return c;
      return isLetterCode(text.charCodeAt(j)) ? text.slice(j, wordEnd(text, j)).toLowerCase() : '';
    };
    // The definition: the triggers as strings, looked up for each kind the word made.
    const definition = (text: string, at: number, all: Set<string>): boolean => {
      const end = wordEnd(text, at);
      const w = text.slice(at, end);
      const prev = previousWord(text, at);
      return (
        all.has(`*${w}`) ||
        (text.charAt(end) === ',' && all.has(`,${w}`)) ||
        (!!prev && !prev.comma && all.has(`${text.slice(prev.start, at).toLowerCase()}${w}`)) ||
        all.has(`~ ${w} ${tokenAfter(text, end)}`)
      );
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(paragraph, fc.nat(8)), { minLength: 1, maxLength: 6 }),
        prose,
        (made, text) => {
          // Triggers made as case-consistency makes them, from the words of some paragraphs.
          const triggers = new Triggers();
          for (const [source, pick] of made) {
            const starts = [...source.matchAll(/[a-zà-ỹđ]+/gu)];
            const m = starts[pick % Math.max(1, starts.length)];
            if (!m) continue;
            const w = m[0];
            const prev = previousWord(source, m.index);
            const kind = pick % 4;
            if (kind === 0) triggers.add(w, `*${w}`);
            else if (kind === 1) triggers.add(w, `,${w}`);
            else if (kind === 2) triggers.add(w, `~ ${w} ${tokenAfter(source, m.index + w.length)}`);
            else if (prev && !prev.comma)
              triggers.add(w, `${source.slice(prev.start, m.index).toLowerCase()}${w}`);
          }
          for (const m of text.matchAll(/[a-zà-ỹđ]+/gu)) {
            if (m.index > 0 && isLetterCode(text.charCodeAt(m.index - 1))) continue;
            const known = triggers.kinds.has(m[0]);
            expect(mayKey(text, m.index, triggers)).toBe(known && definition(text, m.index, triggers.all));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
