import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../../../bench/generate-report.ts';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { ENDING, isDocumentEnding, sectionEnd } from '../../../../shared/core/rules/section-helpers.ts';

const fixtures = join(import.meta.dirname, '../../../fixtures/check');
// The real documents beside the repository, when present.
const seeds = join(import.meta.dirname, '../../../../../shared/seeds');
const texts = [
  ...(existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')) : []).map((f) =>
    readFileSync(join(seeds, f), 'utf8'),
  ),
  ...readdirSync(fixtures).flatMap((name) =>
    readdirSync(join(fixtures, name))
      .filter((f) => f === 'input.txt' || f === 'input.md')
      .map((f) => readFileSync(join(fixtures, name, f), 'utf8')),
  ),
  generateReport().text,
];

describe('sectionEnd with a limit', () => {
  it('is min(section end, limit): the walk stops early and answers the same', () => {
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts) {
      const analysis = analyzeDocument(docFromText(text));
      for (const part of analysis.parts) {
        for (const heading of part.headings) {
          const end = sectionEnd(analysis, heading);
          for (const limit of [
            heading,
            heading + 1,
            heading + 2,
            heading + 5,
            end - 1,
            end,
            end + 1,
            part.end + 3,
          ]) {
            if (limit < heading) continue;
            expect(sectionEnd(analysis, heading, limit)).toBe(Math.min(end, limit));
          }
        }
      }
    }
  });
});

// heading-level reads the headings from the parts' lists instead of every block's analysis.
describe("the parts' heading lists", () => {
  it('hold every heading block, in document order', () => {
    let seen = 0;
    for (const text of texts) {
      const analysis = analyzeDocument(docFromText(text));
      const listed = analysis.parts.flatMap((part) => part.headings);
      const headings = analysis.blocks.filter((b) => b.kind === 'heading').map((b) => b.index);
      expect(listed).toEqual(headings);
      seen += headings.length;
    }
    expect(seen).toBeGreaterThan(100);
  });
});

describe('isDocumentEnding', () => {
  it('answers as ENDING does, reading the two ends only', () => {
    const piece = fc.constantFrom(
      'Trên đây',
      'Trên đây là',
      'Trên đâyx',
      'Trên đây_',
      'Trên đây1',
      'trên đây',
    );
    const tail = fc.constantFrom('', ' ', './.', '.', '/.', 'báo cáo./.', 'x', 'đ', '…/.');
    fc.assert(
      fc.property(fc.constantFrom('', 'a ', ' '), piece, fc.string({ maxLength: 3 }), tail, (a, b, c, d) => {
        const text = a + b + c + d;
        expect(isDocumentEnding(text), text).toBe(ENDING.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
