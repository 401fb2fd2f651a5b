import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { caseVariants } from '../../../../shared/core/style/case-consistency.ts';
import {
  lowerOccurrences,
  mayKey,
  Triggers,
  tailTokens,
  tailTokensByRegex,
} from '../../../../shared/core/style/case-find.ts';
import { KIND, keyKind, last, tailAt, tailStrings } from '../../../../shared/core/style/case-key-kind.ts';
import { type Key, keyAt } from '../../../../shared/core/style/case-keys.ts';
import {
  capitalStartsByLoop,
  isUpperAt,
  type ProseBlock,
  proseBlocks,
  wordEnd,
} from '../../../../shared/core/style/case-scan.ts';
import { hashUnits, isCapitalCode } from '../../../../shared/core/text/word-units.ts';
import { anyText, trickyText } from '../text/arbitraries.ts';

/**
 * caseVariants reads capitals by unit codes (case-key-kind.ts) and looks for the lower-case
 * occurrences of most words only where a key can be (case-lower.ts): its findings must be those of the
 * definition — every capitalised word's key made as a string (keyAt), every lower-case occurrence of
 * the words found by a pattern, tested by its triggers and key.
 */
function byDefinition(blocks: readonly ProseBlock[]) {
  const keys = new Map<string, Key['prefer']>();
  const groups = new Map<
    string,
    { block: ProseBlock; start: number; phrase: [number, number]; upper: boolean }[]
  >();
  const compared = new Set<string>();
  const triggers = new Triggers();
  const add = (b: ProseBlock, at: number, k: Key) => {
    const o = { block: b, start: at, phrase: k.phrase, upper: isUpperAt(b.text, at) };
    groups.set(k.key, [...(groups.get(k.key) ?? []), o]);
  };
  for (const b of blocks)
    for (let n = b.from; n < b.to; n++) {
      const at = b.pass.capAt[n] as number;
      const k = isUpperAt(b.text, at + 1) ? null : keyAt(b.text, at, b.lead);
      if (!k) continue;
      keys.set(k.key, k.prefer);
      const w = b.text.slice(at, wordEnd(b.text, at)).toLowerCase();
      compared.add(w);
      const trigger = k.key.startsWith('~')
        ? k.key
        : k.key.startsWith('*')
          ? `*${w}`
          : k.key.includes(',')
            ? `,${w}`
            : `${b.text.slice(k.phrase[0], at).toLowerCase()}${w}`;
      triggers.add(w, trigger);
      add(b, at, k);
    }
  const out: string[] = [];
  if (keys.size === 0) return out;
  const each = lowerOccurrences(compared);
  for (const b of blocks)
    each(b, (at) => {
      if (!mayKey(b.text, at, triggers)) return;
      const k = keyAt(b.text, at, b.lead);
      if (k && keys.has(k.key)) add(b, at, k);
    });
  for (const [key, list] of groups) {
    const prefer = keys.get(key) ?? null;
    const ups = list.filter((o) => o.upper);
    const lows = list.filter((o) => !o.upper);
    if (ups.length === 0 || lows.length === 0) continue;
    if (prefer === 'rare-upper' && ups.length >= lows.length) continue;
    if (prefer === null && ups.length === lows.length) continue;
    const upperWins = prefer === null ? ups.length > lows.length : prefer === 'upper';
    const [wrong, right] = upperWins ? [lows, ups] : [ups, lows];
    for (const o of wrong)
      out.push(
        [o.block.info.index, o.start, right[0]?.block.text.slice(...(right[0]?.phrase ?? [0, 0]))].join('|'),
      );
  }
  return out.sort();
}

// biome-ignore format: one row per purpose
const piece = fc.constantFrom(
  'Ban', 'ban', 'Chỉ', 'chỉ', 'đạo', 'các', 'Các', 'Sở', 'sở', 'ngành', 'Bộ', 'bộ', 'Nhân', 'nhân', 'dân', 'Nhà',
  'nhà', 'nước', 'của', 'sách', 'Hòa', 'An', 'an', 'với', 'Tháng', 'tháng', 'Công', 'công', 'đoàn', 'Doanh',
  'doanh', 'nghiệp', 'Kế', 'hoạch', 'giao', 'Giao', 'Tài', 'chính', 'tại', 'huyện', 'Đảng', 'đảng', 'İa', 'Āb',
  'āb', 'ɓa', 'mọi', 'Mọi', 'Trung', 'tâm', 'Dịch', 'dịch', 'vụ', 'x1A', 'ủy', 'Ủy',
  ' ', ' ', ' ', ' ', ' ', ' ', ', ', ', ', ',', ' ,', '. ', ': ', '; ', '\u00a0', '“', '(', ' - ', '\t', '\u0301',
);
const line = fc
  .tuple(fc.constantFrom('Nội dung ', '- ', 'a) giao '), fc.array(piece, { minLength: 1, maxLength: 24 }))
  .map(([head, p]) => `${head}${p.join('')}.`);
const doc = fc.array(fc.oneof(line, line, line, fc.constantFrom('', 'I. Tình hình', '- Giao Ban chỉ đạo')), {
  minLength: 1,
  maxLength: 12,
});

/** The line with the first letter of its n-th word (of those after "Nội dung") in the other case. */
function flipped(text: string, n: number): string {
  const starts = [...text.matchAll(/(?<![\p{L}\p{M}])\p{L}/gu)].map((m) => m.index).slice(2);
  const i = starts[n % Math.max(1, starts.length)];
  if (i === undefined) return text;
  const c = text.charAt(i);
  return text.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + text.slice(i + 1);
}

describe('caseVariants', () => {
  it('finds what the definition finds', () => {
    let found = 0;
    fc.assert(
      fc.property(doc, fc.array(fc.tuple(fc.nat(11), fc.nat(20)), { maxLength: 8 }), (lines, copies) => {
        // Lines again elsewhere in the document, a word's capital changed: phrases in both spellings.
        const all = [...lines, ...copies.map(([c, n]) => flipped(lines[c % lines.length] as string, n))];
        const analysis = analyzeDocument(docFromText(all.join('\n')));
        const fast = caseVariants(analysis)
          .map((v) => [v.block.info.index, v.start, v.other].join('|'))
          .sort();
        if (fast.length > 0) found++;
        expect(fast).toEqual(byDefinition(proseBlocks(analysis)));
      }),
      { numRuns: 2000 },
    );
    // The documents are such that many have findings.
    expect(found).toBeGreaterThan(100);
  });
});

describe('caseVariants on names whose first word the shared reading does not take for a capital', () => {
  it('compares them as the definition does', () => {
    for (const name of ['Āb', 'Ban']) {
      const text = [`Nội dung ${name} Chỉ đạo họp.`, `Giao ${name} Chỉ đạo xem.`, `Và ${name} chỉ đạo xem.`];
      const analysis = analyzeDocument(docFromText(text.join('\n')));
      const fast = caseVariants(analysis).map((v) => [v.block.info.index, v.start, v.other].join('|'));
      expect(fast).toEqual(byDefinition(proseBlocks(analysis)));
      expect(fast).toHaveLength(1);
    }
  });
});

describe('keyKind', () => {
  // biome-ignore format: one row per purpose
  const word = fc.constantFrom(
    'Ban', 'ban', 'Chỉ', 'chỉ', 'đạo', 'các', 'Sở', 'sở', 'Nhân', 'nhân', 'dân', 'Nhà', 'nhà', 'nước', 'của',
    'sách', 'An', 'an', 'với', 'Công', 'công', 'đoàn', 'Kế', 'hoạch', 'Đảng', 'İa', 'Āb', 'ɓa', 'mọi', 'x1A',
    'Ủy', 'ủy', 'Nghị', 'quyết', 'chI', 'ǅa',
  );
  const gap = fc.constantFrom(
    ' ',
    ' ',
    ' ',
    ', ',
    ',',
    ' ,',
    '. ',
    ': ',
    '\u00a0',
    '“',
    ' - ',
    ' – ',
    '\u0301',
    ' '.repeat(61),
  );
  const text = fc.array(fc.tuple(word, gap), { maxLength: 14 }).map((p) => p.flat().join(''));
  it('is NONE only where keyAt gives no key, and tells the kind of the keys it names', () => {
    fc.assert(
      fc.property(fc.oneof(text, text, trickyText), fc.nat(4), fc.boolean(), (t, lead, hashed) => {
        for (const i of capitalStartsByLoop(t)) {
          const end = wordEnd(t, i);
          const w = t.slice(i, end).toLowerCase();
          const kind = keyKind(t, i, lead, hashed ? hashUnits(w) : undefined);
          const key = keyAt(t, i, lead);
          if (kind === KIND.NONE) expect(key).toBeNull();
          if (kind === KIND.ENUMERATION) expect(key?.key.startsWith(`${w}, `)).toBe(true);
          if (kind === KIND.NAMED) {
            expect(key?.key.startsWith(`${t.slice(last.before, i - 1)} ${w} `)).toBe(true);
            expect(isCapitalCode(t.charCodeAt(last.before))).toBe(true);
          }
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves the special nouns and the plurals to keyAt', () => {
    const texts = [
      'Ban Tổ chức của Nhà nước cấp',
      'Ban Tổ chức Lợi ích Nhân dân ta',
      'Ban Tổ ngân sách Nhà nước cấp',
      'giao cho các Sở thực hiện',
      'giao cho từng Sở tài chính',
    ];
    for (const t of texts) {
      const i = t.search(/(?:Nhà|Nhân|Sở)/u);
      expect(keyAt(t, i, 0)).not.toBeNull();
      expect(keyKind(t, i, 0)).toBe(KIND.OTHER);
    }
  });

  it('reads the tail as tailTokens does', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, trickyText, anyText),
        fc.nat(30),
        fc.integer({ min: 1, max: 4 }),
        (t, end, most) => {
          const n = tailAt(t, end, most);
          const tokens = tailTokens(t, end);
          if (n >= 0) expect(tailStrings(t, n)).toEqual(tokens.slice(0, most));
          else expect(tailTokensByRegex(t, end)).toEqual(tokens);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
