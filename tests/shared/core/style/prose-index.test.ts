import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { headerOf } from '../../../../shared/core/formal/locate-header.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import type { BlockInfo, DocAnalysis } from '../../../../shared/core/headings/block-info.ts';
import { isAllCaps } from '../../../../shared/core/headings/classify.ts';
import {
  isUpperAt,
  nextWord,
  type ProseBlock,
  proseBlocks,
  proseIndex,
  wordEnd,
} from '../../../../shared/core/style/case-scan.ts';
import {
  ALONE,
  kindAt,
  type MidCapital,
  mayBeListed,
  midCapitalsAt,
  midSentenceCapitals,
  whyOf,
  words,
} from '../../../../shared/core/style/mid-sentence-caps.ts';
import { FIRST_WORDS, PAIR_BITS } from '../../../../shared/core/style/mid-sentence-words.ts';
import { keyOf, nameFaultsAt, properNameFaults } from '../../../../shared/core/style/proper-name-faults.ts';
import { PROPER_NAMES } from '../../../../shared/core/style/proper-names.ts';
import { wordPass } from '../../../../shared/core/text/word-scan.ts';
import { hashUnits, mix, slotOf, UNIT, unitClasses } from '../../../../shared/core/text/word-units.ts';

/**
 * The running-text paragraphs as numbers (proseIndex) and the rules' visits of only the paragraphs
 * the word reading flags, held to their readable definitions: every paragraph made a ProseBlock as
 * before, and each rule's reading of every one of them.
 */

const PROSE_KINDS = new Set(['body', 'list-item', 'heading', 'subject', 'closing']);

/** The definition: the paragraphs proseBlocks kept, each with its lead by the pattern. */
function byDefinition(analysis: DocAnalysis): ProseBlock[] {
  const header = headerOf(analysis);
  const skip = new Set<number>();
  for (const l of [...header.issuers, header.quocHieu, header.tieuNgu, header.so, header.date, header.title])
    if (l) skip.add(l.block);
  const pass = wordPass(analysis.blocks);
  const out: ProseBlock[] = [];
  for (const info of analysis.blocks as BlockInfo[]) {
    if (!PROSE_KINDS.has(info.kind) || skip.has(info.index)) continue;
    if (analysis.doc.blocks[info.index]?.table && info.index < header.bodyStart) continue;
    const { text } = info;
    if (!/[a-z\u00E0-\u01B0\u1EA1-\u1EF9]/u.test(text) || isAllCaps(text)) continue;
    const start = info.numbering?.titleStart ?? 0;
    const lead = start + (/^[\s\-–+•*]*/u.exec(text.slice(start))?.[0].length ?? 0);
    const [from, to] = [pass.capFrom[info.index] as number, pass.capFrom[info.index + 1] as number];
    out.push({ info, text, lead, from, to, pass });
  }
  return out;
}

const names = PROPER_NAMES.map((raw) => raw.replace(/^[~^]/u, ''));
// biome-ignore format: one row per purpose
const word = fc.constantFrom(
  'công', 'Công', 'đoàn', 'Ban', 'ban', 'Việt', 'việt', 'Nam', 'nam', 'các', 'Các', 'luật', 'Luật', 'Hoá', 'Ủy',
  'uỷ', 'İa', 'x×y', '1A', 'đảng', 'Đảng', 'số', 'Số', 'Chủ', 'chủ', 'động', 'Thực', 'hiện', 'Năm', 'năm', 'Hội', 'Nghị',
  'Doanh', 'nghiệp', 'Bà', 'Ông', 'Điều', 'điều', '5', 'Quyết', 'định', 'Tỉnh', 'Tết', 'Quy', 'Chính', 'phủ',
);
/** Entries of mid-sentence-caps.ts's lists, some with a capital on each word. */
// biome-ignore format: one row per purpose
const phrase = fc.constantFrom(
  'Chủ động', 'Tăng cường', 'Doanh nghiệp', 'Quy định', 'Đảng viên', 'Hội Nghị', 'Hội\u00a0Nghị', 'Kế Hoạch', 'Báo Cáo',
  'hội Nghị', 'Hội NGHỊ', 'Hội, Nghị', 'Hội Nghị,', 'Ban hành', 'Người lao động',
);
const sep = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '; ', ': ', '\u00a0', ' (', ' “', '\t', ' - ');
/** A name of Phụ lục II, each word's first letter in a case of its own (bit i of `cases`). */
const recased = fc.tuple(fc.constantFrom(...names), fc.nat()).map(([name, cases]) =>
  name.replace(/[\p{L}\p{M}]+/gu, (w) => {
    cases >>>= 1;
    return ((cases & 1) === 1 ? w.charAt(0).toUpperCase() : w.charAt(0).toLowerCase()) + w.slice(1);
  }),
);
const sentence = fc
  .array(fc.tuple(fc.oneof(word, word, phrase, fc.constantFrom(...names), recased), sep), { maxLength: 10 })
  .map((parts) => parts.flat().join(''));
// biome-ignore format: one row per purpose
const mark = fc.constantFrom(
  '', '', '', '- ', '-  - ', '– ', '+ ', '• ', '* ', ' - ', '-\t', '1. ', '2.1. ', 'a) ', 'b, ', 'I. ', 'II - ', '1; ',
  '- • ', '*- ', '+  ', '; - ', ', ', ';', '1, ', 'a; ', '-, ', '- ; ', 'I; ', '1.; ',
);
// biome-ignore format: one row per purpose
const fixedLine = fc.constantFrom(
  'CÔNG ĐOÀN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BC-CĐ',
  'Hà Nội, ngày 5 tháng 6 năm 2024', 'BÁO CÁO', 'Kết quả công tác 6 tháng', 'Nơi nhận:', '- Như trên;',
  '- Lưu: VT.', 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', 'I. TÌNH HÌNH CHUNG', '| Cột | Ô |', '',
);
const line = fc.oneof(
  fixedLine,
  fc.tuple(mark, sentence).map(([m, s]) => m + s),
);
const document = fc.array(line, { minLength: 1, maxLength: 14 }).map((lines) => lines.join('\n'));

describe('proseIndex', () => {
  it('holds the paragraphs, leads and capitals of the definition', () => {
    let notPlain = 0;
    fc.assert(
      fc.property(document, (text) => {
        const analysis = analyzeDocument(docFromText(text));
        const made = proseBlocks(analysis);
        expect(made).toEqual(byDefinition(analysis));
        const prose = proseIndex(analysis);
        expect(prose.count).toBe(made.length);
        made.forEach((b, k) => {
          expect(b.info).toBe(analysis.blocks[prose.blocks[k] as number]);
          expect(prose.texts[k]).toBe(b.text);
          expect(prose.closing[k]).toBe(b.info.kind === 'closing' ? 1 : 0);
          // A plain lead follows no "; " or ", ".
          const punct = b.text.charAt(b.lead - 1) === ' ' && /[;,]/u.test(b.text.charAt(b.lead - 2));
          if (prose.plainLead[k] === 1) expect(punct).toBe(false);
          else notPlain++;
        });
      }),
      { numRuns: 400 },
    );
    expect(notPlain).toBeGreaterThan(50); // and the others are plain
  });
});

/**
 * midSentenceCapitals's definition: kindAt at every capitalised word past the lead that opens an
 * entry of the lists, its string made (no hash, no in-place test of the next word, no early end at
 * a sentence start).
 */
function midCapitalsByDefinition(block: ProseBlock): MidCapital[] {
  const { text, lead, pass } = block;
  const out: MidCapital[] = [];
  for (let n = block.from; n < block.to; n++) {
    const start = pass.capAt[n] as number;
    const head = text.slice(start, wordEnd(text, start)).toLowerCase();
    if (start < lead || !FIRST_WORDS.has(head) || isUpperAt(text, start + 1)) continue;
    const w = words(text, start);
    const found = kindAt(text, start, lead, w, w.two);
    if (!found) continue;
    const [a, z] =
      found.kind === 'title' ? [nextWord(text, w.end)?.start ?? start, w.twoEnd] : [start, found.end];
    out.push({ start: a, end: z, written: text.slice(a, z), why: whyOf(found.kind, text.charAt(start - 2)) });
  }
  return out;
}

describe('the rules’ visits', () => {
  it('find in each paragraph what the rules find reading every ProseBlock', () => {
    let names = 0;
    let capitals = 0;
    fc.assert(
      fc.property(document, (text) => {
        const analysis = analyzeDocument(docFromText(text));
        const prose = proseIndex(analysis);
        byDefinition(analysis).forEach((block, k) => {
          const faults = properNameFaults(block, block.info.kind === 'closing');
          expect(nameFaultsAt(prose, k)).toEqual(faults);
          const mid = midCapitalsByDefinition(block);
          expect(midSentenceCapitals(block)).toEqual(mid);
          expect(midCapitalsAt(prose, k)).toEqual(mid);
          names += faults.length;
          capitals += mid.length;
        });
      }),
      { numRuns: 400 },
    );
    // The texts hold both kinds of finding: the comparison is not between two empty lists.
    expect(names).toBeGreaterThan(50);
    expect(capitals).toBeGreaterThan(50);
  });

  it('find what the definition finds in texts the analysis would have normalised (NBSP), at any lead', () => {
    const leadAfter = fc.constantFrom('', '', '; ', ', ', '1; ', 'a, ', '- ', '. ');
    fc.assert(
      fc.property(fc.array(fc.tuple(leadAfter, sentence), { maxLength: 4 }), (parts) => {
        const infos = parts.map(([mark, text], index) => ({ text: mark + text, index }));
        const pass = wordPass(infos);
        infos.forEach((info, b) => {
          const [from, to] = [pass.capFrom[b] as number, pass.capFrom[b + 1] as number];
          const lead = (parts[b] as [string, string])[0].length;
          const block = { info: info as unknown as BlockInfo, text: info.text, lead, from, to, pass };
          expect(midSentenceCapitals(block)).toEqual(midCapitalsByDefinition(block));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('compare a name with the text in place: each form is as long as its key', () => {
    expect(names.filter((form) => keyOf(form).length !== form.length)).toEqual([]);
  });
});

describe('mayBeListed', () => {
  /** The definition it was: the next word by nextWord, its hash read over nextWord's range. */
  function byNextWord(text: string, head: string, end: number): boolean {
    if (ALONE.has(head)) return true;
    const next = nextWord(text, end);
    if (!next || next.comma) return false;
    const t = unitClasses();
    let h = mix(hashUnits(head), 0x20);
    for (let i = next.start; i < next.end; i++) {
      const x = t[text.charCodeAt(i)] as number;
      if ((x & UNIT.ODD) !== 0) return true;
      h = mix(h, x & UNIT.LOW);
    }
    return PAIR_BITS[slotOf(h)] === 1;
  }
  it('reads the next word in place as nextWord reads it', () => {
    // biome-ignore format: one row per purpose
    const gap = fc.constantFrom(' ', '\u00a0', ', ', ',\u00a0', '  ', ',', '-', '', '\t', ' \u0301');
    const listed = fc.constantFrom(
      'các',
      'chủ',
      'động',
      'hội',
      'nghị',
      'Nghị',
      'kế',
      'hoạch',
      'İa',
      'x×y',
      'a1',
    );
    const text = fc.array(fc.tuple(listed, gap), { maxLength: 8 }).map((p) => p.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const m of t.matchAll(/[A-Za-zÀ-ỹđĐİ]+/gu)) {
          const end = wordEnd(t, m.index);
          const head = t.slice(m.index, end).toLowerCase();
          expect(mayBeListed(t, head, end)).toBe(byNextWord(t, head, end));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
