import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../../../bench/generate-report.ts';
import { loadBuiltInOutlines } from '../../../../cli/load-outlines.ts';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import type { DocAnalysis } from '../../../../shared/core/headings/block-info.ts';
import {
  detectOutline,
  detectOutlineExplained,
  MIN_COVERAGE,
} from '../../../../shared/core/outline/detect-outline.ts';
import { skeletonToText } from '../../../../shared/core/outline/format-skeleton.ts';
import { matchOutline, type OutlineMatch } from '../../../../shared/core/outline/match-outline.ts';
import type { Outline } from '../../../../shared/core/outline/outline-schema.ts';
import { partDocumentType, typeAgrees } from '../../../../shared/core/outline/part-type.ts';
import { renderSkeleton } from '../../../../shared/core/outline/render-skeleton.ts';
import { cachedTokens, titleSimilarity } from '../../../../shared/core/outline/similarity.ts';

const { outlines } = loadBuiltInOutlines();

/** The definition detectOutline must agree with: every outline and part in order, the first best fit. */
function detectByTryingAll(analysis: DocAnalysis, list: readonly Outline[]): OutlineMatch | null {
  let best: { match: OutlineMatch; fit: number } | null = null;
  for (const outline of list) {
    for (const part of analysis.parts) {
      if (part.headings.length === 0 || !typeAgrees(outline, partDocumentType(part.title))) continue;
      const match = matchOutline(analysis, outline, part.index);
      const subject = [outline.frame.subject ?? '', outline.frame.typeName ?? '']
        .join(' ')
        .replace(/\{\{[^}]*\}\}/g, '');
      const fit =
        match.coverage +
        0.15 * titleSimilarity(cachedTokens(analysis, part.title), cachedTokens(outline, subject));
      if (!best || fit > best.fit) best = { match, fit };
    }
  }
  return best && best.match.coverage >= MIN_COVERAGE ? best.match : null;
}

const summary = (m: OutlineMatch | null) =>
  m && { outline: m.outline.id, part: m.part, coverage: m.coverage, blocks: m.sections.map((s) => s.block) };

const skeletonText = (o: Outline) => skeletonToText(renderSkeleton(o, {}));

describe('detectOutline (assignment only where the bound of the fit can still win)', () => {
  it('names what trying every outline in order names, on every outline’s own skeleton', () => {
    for (const o of outlines) {
      const analysis = analyzeDocument(docFromText(skeletonText(o)));
      const found = detectOutline(analysis, outlines);
      expect(summary(found)).toEqual(summary(detectByTryingAll(analysis, outlines)));
      expect(found?.outline.id).toBe(o.id);
    }
  });

  it('agrees on the bench report and on skeletons pasted together, cut short or in another list order', () => {
    const texts = fc.sample(
      fc.tuple(
        fc.subarray([...outlines], { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 5, max: 100 }),
        fc.boolean(),
      ),
      { numRuns: 40, seed: 7 },
    );
    const cases: [string, readonly Outline[]][] = [[generateReport().text, outlines]];
    for (const [picked, percent, reversed] of texts) {
      const joined = picked.map(skeletonText).join('\n-----oOo-----\n');
      const lines = joined.split('\n');
      const list = reversed ? [...outlines].reverse() : outlines;
      cases.push([lines.slice(0, Math.max(3, Math.round((lines.length * percent) / 100))).join('\n'), list]);
    }
    for (const [text, list] of cases) {
      const analysis = analyzeDocument(docFromText(text));
      expect(summary(detectOutline(analysis, list))).toEqual(summary(detectByTryingAll(analysis, list)));
    }
  });

  it('gives two outlines that fit equally the first in the list', () => {
    const o = outlines[0] as Outline;
    const twin = { ...o, id: `${o.id}-ban-sao` };
    const analysis = analyzeDocument(docFromText(skeletonText(o)));
    expect(detectOutline(analysis, [o, twin])?.outline.id).toBe(o.id);
    expect(detectOutline(analysis, [twin, o])?.outline.id).toBe(twin.id);
  });
});

describe('detection abstains when unsure, and says why', () => {
  const byId = (id: string) => outlines.find((o) => o.id === id) as Outline;
  const sectionsOf = (o: Outline) =>
    skeletonText(o)
      .split('\n')
      .filter((l) => /^[IVX]+\. /.test(l))
      .flatMap((l) => [l, 'Nội dung đã thực hiện trong kỳ, có số liệu cụ thể của đơn vị.']);

  it('never names an outline of another document type than the tên loại (a BÁO CÁO is no Thông báo)', () => {
    const text = [
      'BÁO CÁO',
      'Kết quả thực hiện kết luận của Ban Thường vụ',
      ...sectionsOf(byId('thong-bao')),
    ].join('\n');
    const found = detectOutlineExplained(analyzeDocument(docFromText(text)), outlines);
    expect(found.match?.outline.documentType ?? 'none').not.toBe('thong-bao');
  });

  it('names no outline for a tên loại none is written to, and says so', () => {
    const text = ['CHỈ THỊ', 'Về tăng cường công tác an toàn lao động', ...sectionsOf(byId('ke-hoach'))].join(
      '\n',
    );
    const found = detectOutlineExplained(analyzeDocument(docFromText(text)), outlines);
    expect(found.match).toBeNull();
    expect(found.note).toContain('Tên loại “CHỈ THỊ”');
  });

  it('names no outline below MIN_COVERAGE, and names the nearest one with its share', () => {
    const text = ['BÁO CÁO', 'Kết quả công tác', 'I. ĐẶC ĐIỂM TÌNH HÌNH', 'Đơn vị có 40 đoàn viên.'].join(
      '\n',
    );
    const found = detectOutlineExplained(analyzeDocument(docFromText(text)), outlines);
    expect(found.match).toBeNull();
    expect(found.note).toMatch(/^Đề cương gần nhất là “.+” nhưng chỉ khớp \d+% \(cần từ \d+%\)/);
  });
});
