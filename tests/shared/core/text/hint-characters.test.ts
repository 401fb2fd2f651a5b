import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { citedKyHieuFaults } from '../../../../shared/core/formal/cited-ky-hieu.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { maybePlaceholder } from '../../../../shared/core/rules/placeholder-hint.ts';
import { HINT_CHARACTER, HINT_PHRASE } from '../../../../shared/core/text/hint-characters.ts';
import { MAYBE_CHARACTER_OR_NFC, scanHygiene } from '../../../../shared/core/text/hygiene.ts';
import { LEGACY_HINT } from '../../../../shared/core/text/legacy-encoding.ts';
import { isAlreadyNormal } from '../../../../shared/core/text/normalize.ts';
import { anyText, trickyText } from './arbitraries.ts';

const UNITS = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
const isHint = (s: string): boolean => HINT_CHARACTER.test(s);
/** Every UTF-16 unit that is not a hint character. */
const PLAIN_UNITS = UNITS.filter((u) => !isHint(u));

/** Windows-1252 0x80–0x9F, the standard table (its five undefined bytes stay C1 controls). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/**
 * The units a Windows-1252 or Latin-1 decoder makes of UTF-8's continuation bytes 0x80–0xBF and of
 * its lead bytes 0xC2–0xF4 (Latin-1 letters under both), keeping the ones that are no hint: a
 * mojibake sequence made of these alone must find nothing.
 */
const CONTINUATIONS = [
  ...CP1252_80_9F,
  ...Array.from({ length: 0x40 }, (_, k) => String.fromCharCode(0x80 + k)),
];
const PLAIN_CONTINUATIONS = [...new Set(CONTINUATIONS)].filter((u) => !isHint(u));
const PLAIN_LEADS = Array.from({ length: 0xf5 - 0xc2 }, (_, k) => String.fromCharCode(0xc2 + k)).filter(
  (u) => !isHint(u),
);

/** Vietnamese prose without hint characters, with the Windows-1252 look-alikes mojibake is made of. */
const plainText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'Cộng hòa xã hội chủ nghĩa Việt Nam, Độc lập - Tự do; “ơ ư đ” 12.'),
    fc.constantFrom(...PLAIN_LEADS, ...PLAIN_CONTINUATIONS),
    fc.constantFrom(...PLAIN_UNITS),
  ),
  maxLength: 30,
});

describe('HINT_CHARACTER', () => {
  it('is at most 16 ranges, so irregexp tests it with inline branches', () => {
    let ranges = 0;
    for (let c = 0; c < 0x10000; c++) if (isHint(UNITS[c] as string) && !isHint(UNITS[c - 1] ?? '')) ranges++;
    expect(ranges).toBeLessThanOrEqual(16);
  });

  it('holds every unit that makes a text need normalising (analyzeDocument skips isAlreadyNormal without it)', () => {
    for (let u = 0; u <= 0xffff; u++) {
      const s = `a${String.fromCharCode(u)}b`;
      if (!isAlreadyNormal(s)) expect(HINT_CHARACTER.test(s), `U+${u.toString(16)}`).toBe(true);
    }
  });

  it('is flagged by the analysis exactly where the written text holds it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText, trickyText), { maxLength: 12 }), (lines) => {
        const doc = docFromText(lines.join('\n'));
        const analysis = analyzeDocument(doc);
        expect([...analysis.hints]).toEqual(doc.blocks.map((b) => (HINT_CHARACTER.test(b.text) ? 1 : 0)));
        analysis.blocks.forEach((info, i) => {
          if (!analysis.hints[i]) expect(info.text).toBe(doc.blocks[i]?.text);
          // DocAnalysis.leadUnits: the first unit of the block's own words, read without the block.
          expect(analysis.leadUnits[i]).toBe(info.text.charCodeAt(info.numbering?.titleStart ?? 0) || 0);
        });
      }),
    );
  });

  it("holds every unit unicode-hygiene's single-character test finds", () => {
    expect(UNITS.filter((u) => MAYBE_CHARACTER_OR_NFC.test(u) && !isHint(u))).toEqual([]);
  });

  it('holds a unit of every mojibake sequence (all made of plain units are checked)', () => {
    expect(PLAIN_LEADS.length).toBeGreaterThan(5);
    expect(PLAIN_CONTINUATIONS).toContain('“');
    const missed: string[] = [];
    for (const lead of PLAIN_LEADS) {
      for (const b of PLAIN_CONTINUATIONS) {
        if (scanHygiene(lead + b).length > 0) missed.push(lead + b);
        for (const c of PLAIN_CONTINUATIONS) {
          if (scanHygiene(lead + b + c).length > 0) missed.push(lead + b + c);
          if (lead.charCodeAt(0) < 0xf0) continue;
          for (const d of PLAIN_CONTINUATIONS)
            if (scanHygiene(lead + b + c + d).length > 0) missed.push(lead + b + c + d);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('leaves scanHygiene nothing to find in text without it', () => {
    fc.assert(
      fc.property(plainText, (t) => {
        expect(scanHygiene(t)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    for (const t of [trickyText, anyText])
      fc.assert(
        fc.property(t, (s) => scanHygiene(s).length === 0 || isHint(s)),
        { numRuns: 3000 },
      );
  });

  it('holds a unit of every legacy-encoding hint (all one- and two-unit hints are checked)', () => {
    const missed = UNITS.filter((u) => LEGACY_HINT.test(u) && !isHint(u));
    for (let a = 0; a < 0x180; a++) {
      for (let b = 0; b < 0x300; b++) {
        const pair = String.fromCharCode(a, b);
        if (LEGACY_HINT.test(pair) && !isHint(pair)) missed.push(pair);
      }
    }
    expect(missed).toEqual([]);
  });

  it('holds the "/" of every cited số, ký hiệu with spaces', () => {
    const unit = fc.constantFrom(...'0123456789 /-–ABCĐQNTWđa.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (s) => citedKyHieuFaults(s).length === 0 || isHint(s)),
      { numRuns: 5000 },
    );
    expect(citedKyHieuFaults('theo Quyết định 745 /QĐ-TLĐ')).not.toHaveLength(0);
  });
});

describe('HINT_CHARACTER and HINT_PHRASE', () => {
  it('hold every placeholder hint: where neither is, maybePlaceholder is false', () => {
    const unit = fc.constantFrom('.', '…', '_', '[', '{', '(', 'x', 'X', 'a', ' ', 'ã', 'Ｘ', '\u2025');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (s) => {
        expect(!maybePlaceholder(s) || isHint(s) || HINT_PHRASE.test(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(anyText, (s) => !maybePlaceholder(s) || isHint(s) || HINT_PHRASE.test(s)),
      { numRuns: 3000 },
    );
  });
});

describe('DocAnalysis.hints and .phrases', () => {
  it('mark the blocks whose written or analysed text holds a hint', () => {
    const lines = [
      'Công đoàn cơ sở tổ chức hội nghị.',
      'Vie\u0323\u0302t Nam', // combining marks: the written text holds a hint, the analysed one none
      'Theo Nghị quyết 02-NQ/TW',
      'Số: 12/BC-CĐCS',
      'Chỗ trống ..... và xxx',
      'Baùo caùo',
    ];
    const analysis = analyzeDocument(docFromText(lines.join('\n')));
    expect([...analysis.hints]).toEqual([0, 1, 1, 1, 0, 1]);
    expect([...analysis.phrases]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(analysis.hints).toBe(analysis.hints);
  });
});

// Lines of the real documents (and of the fixtures), with their real faults: "QÐ", a lost bullet,
// dot leaders, cited ký hiệu with spaces; mutated with the units the rules look for.
const seedDir = join(import.meta.dirname, '../../../../../shared/seeds');
const fixtureDir = join(import.meta.dirname, '../../../fixtures/check');
const REAL_LINES = [
  ...(existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : []).map((f) =>
    readFileSync(join(seedDir, f), 'utf8'),
  ),
  ...readdirSync(fixtureDir).flatMap((name) =>
    readdirSync(join(fixtureDir, name))
      .filter((f) => f.startsWith('input.'))
      .map((f) => readFileSync(join(fixtureDir, name, f), 'utf8')),
  ),
]
  .flatMap((text) => text.split('\n'))
  .concat(['Cá»™ng hÃ²a', 'Ã“NG', 'B¸o c¸o kÕt qu¶', 'Baùo caùo', '\uf0b7 Phát huy', 'Số: ......./BC'])
  .filter((line) => line.trim() !== '');

/** Every claim the rules make of the hints, for one text. */
function hintsCover(t: string): boolean {
  const character = HINT_CHARACTER.test(t);
  const phrase = HINT_PHRASE.test(t);
  return (
    (scanHygiene(t).length === 0 || character) &&
    (!LEGACY_HINT.test(t) || character) &&
    (!maybePlaceholder(t) || character || phrase) &&
    (citedKyHieuFaults(t).length === 0 || character)
  );
}

describe('the hints on real lines', () => {
  it('cover every fault of the seeds and fixtures', () => {
    expect(REAL_LINES.length).toBeGreaterThan(100);
    expect(REAL_LINES.filter((line) => !hintsCover(line))).toEqual([]);
  });

  it('cover them with units of damage, legacy bytes and blanks inserted anywhere', () => {
    const unit = fc.constantFrom(
      ...'Ð\ufffd\u200b\u00a0\u0301Ã“Ì‰á»™¸µùõ.....xxx/ ([{…_“”–Ðđ',
      '.....',
      'xXx',
      ' / ',
      '\u0090',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...REAL_LINES),
        fc.array(fc.tuple(fc.nat(), unit), { maxLength: 4 }),
        (line, inserts) => {
          let t = line;
          for (const [at, u] of inserts) {
            const k = at % (t.length + 1);
            t = t.slice(0, k) + u + t.slice(k);
          }
          return hintsCover(t);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
