import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';
import { type FlatSection, flattenSections } from './flatten-sections.ts';
import type { Outline } from './outline-schema.ts';
import { isSourceDocument } from './source-document.ts';
import { matchTokens, titleSimilarity } from './similarity.ts';

/** How one outline section was found in the document. */
export interface SectionMatch {
  flat: FlatSection;
  /** The heading block that carries it, or -1 when it is missing. */
  block: number;
  score: number;
}

/** The result of matching an outline against one part of a document. */
export interface OutlineMatch {
  outline: Outline;
  part: number;
  sections: SectionMatch[];
  /** Weighted share of the outline found, in [0, 1]; top-level sections weigh double. */
  coverage: number;
  /** The document is the đề cương itself (its prompts are the content), not a report written to it. */
  isSource: boolean;
}

const THRESHOLD = 0.5;
const LABEL_BONUS = 0.2;
const PARENT_BONUS = 0.1;

/**
 * Finds each outline section among the headings of one part: by folded title and aliases, helped by
 * an equal number ("II." for II) and by lying under the heading matched to the parent section.
 * Depth by depth, best pairs first, each heading used once.
 */
export function matchOutline(analysis: DocAnalysis, outline: Outline, partIndex: number): OutlineMatch {
  const part = analysis.parts[partIndex];
  const headings = (part?.headings ?? []).map((i) => analysis.blocks[i]).filter((b): b is BlockInfo => !!b);
  const flat = flattenSections(outline);
  const sectionTokens = flat.map((f) => [f.section.title, ...(f.section.aliases ?? [])].map(matchTokens));
  const headingTokens = headings.map((h) => matchTokens(h.title));
  const result: SectionMatch[] = flat.map((f) => ({ flat: f, block: -1, score: 0 }));
  const used = new Set<number>();
  const maxDepth = Math.max(...flat.map((f) => f.depth));

  for (let depth = 1; depth <= maxDepth; depth++) {
    const pairs: Array<{ s: number; h: number; score: number }> = [];
    for (const f of flat) {
      if (f.depth !== depth) continue;
      const parentBlock = f.parent >= 0 ? (result[f.parent]?.block ?? -1) : -1;
      headings.forEach((h, hi) => {
        let score = Math.max(...(sectionTokens[f.index] ?? []).map((t) => titleSimilarity(t, headingTokens[hi] ?? new Set())));
        if (h.numbering && h.numbering.scheme === f.section.numbering && sameLabel(h.numbering.label, f.label)) {
          score += LABEL_BONUS;
        }
        if (parentBlock >= 0 && isUnder(analysis, h.index, parentBlock)) score += PARENT_BONUS;
        if (score >= THRESHOLD) pairs.push({ s: f.index, h: h.index, score });
      });
    }
    pairs.sort((a, b) => b.score - a.score || a.h - b.h);
    for (const p of pairs) {
      const r = result[p.s];
      if (!r || r.block >= 0 || used.has(p.h)) continue;
      r.block = p.h;
      r.score = Math.min(p.score, 1);
      used.add(p.h);
    }
  }
  let weight = 0;
  let found = 0;
  for (const r of result) {
    const w = r.flat.depth === 1 ? 2 : 1;
    weight += w;
    found += w * r.score;
  }
  const coverage = weight > 0 ? found / weight : 0;
  return { outline, part: partIndex, sections: result, coverage, isSource: isSourceDocument(analysis, flat, partIndex) };
}

function sameLabel(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').toLocaleUpperCase('vi') === b.replace(/\s+/g, ' ').toLocaleUpperCase('vi');
}

/** Whether heading `block` lies under heading `ancestor` in the document's tree. */
function isUnder(analysis: DocAnalysis, block: number, ancestor: number): boolean {
  let p = analysis.blocks[block]?.parent ?? -1;
  while (p >= 0) {
    if (p === ancestor) return true;
    p = analysis.blocks[p]?.parent ?? -1;
  }
  return false;
}
