import type { DocAnalysis } from '../headings/block-info.ts';
import type { FlatSection } from './flatten-sections.ts';
import { cachedTokens, dice } from './similarity.ts';

/** Guidance this close to a paragraph counts as the same text. */
export const SAME_TEXT = 0.85;

/**
 * Whether a part of the document is the đề cương itself: at least half of the outline's prompts
 * appear in it as written. Then its prompts are content, not leftovers, and its sections are
 * meant to be empty.
 */
export function isSourceDocument(analysis: DocAnalysis, flat: FlatSection[], partIndex: number): boolean {
  const guidance = flat
    .flatMap((f) => f.section.guidance ?? [])
    .map((g) => cachedTokens(flat, g))
    .filter((t) => t.size >= 3);
  const part = analysis.parts[partIndex];
  if (!part) return false;
  if (guidance.length < 2) return /^(ĐỀ CƯƠNG|HƯỚNG DẪN)/u.test(part.title);
  const paragraphs: Array<Set<string>> = [];
  for (let i = part.start; i <= part.end; i++) {
    const b = analysis.blocks[i];
    if (b && (b.kind === 'body' || b.kind === 'list-item' || b.kind === 'heading'))
      paragraphs.push(cachedTokens(analysis, b.text));
  }
  let found = 0;
  guidance.forEach((g, i) => {
    // Stop as soon as the answer is known either way.
    if (found * 2 >= guidance.length || (found + guidance.length - i) * 2 < guidance.length) return;
    // Dice ≥ 0.85 needs sizes within a ratio of 0.74: skip paragraphs that cannot reach it.
    if (
      paragraphs.some(
        (p) => Math.min(p.size, g.size) >= 0.74 * Math.max(p.size, g.size) && dice(g, p) >= SAME_TEXT,
      )
    )
      found++;
  });
  return found * 2 >= guidance.length;
}
