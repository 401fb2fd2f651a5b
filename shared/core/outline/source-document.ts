import type { DocAnalysis } from '../headings/block-info.ts';
import type { FlatSection } from './flatten-sections.ts';
import { cachedTokens } from './similarity.ts';

/** Guidance this close to a paragraph counts as the same text. */
export const SAME_TEXT = 0.85;

const NONE: readonly number[] = [];

/**
 * Whether a part of the document is the đề cương itself: at least half of the outline's prompts
 * appear in it as written (Dice ≥ SAME_TEXT with some paragraph). Then its prompts are content,
 * not leftovers, and its sections are meant to be empty.
 */
export function isSourceDocument(analysis: DocAnalysis, flat: FlatSection[], partIndex: number): boolean {
  const guidance = flat
    .flatMap((f) => f.section.guidance ?? [])
    .map((g) => cachedTokens(flat, g))
    .filter((t) => t.size >= 3);
  const part = analysis.parts[partIndex];
  if (!part) return false;
  if (guidance.length < 2) return /^(ĐỀ CƯƠNG|HƯỚNG DẪN)/u.test(part.title);
  // Inverted index word → prompts holding it, so each paragraph costs its own words, not
  // (paragraphs × prompts) set comparisons.
  const byWord = new Map<string, number[]>();
  guidance.forEach((g, gi) => {
    for (const w of g) {
      const list = byWord.get(w);
      if (list) list.push(gi);
      else byWord.set(w, [gi]);
    }
  });
  const seen = new Uint8Array(guidance.length);
  const common = new Uint16Array(guidance.length);
  let found = 0;
  const touched: number[] = [];
  // A paragraph written twice ("- Như trên;", a repeated sentence) has the same cached word set:
  // it can find nothing the first time did not.
  const done = new Set<Set<string>>();
  for (let i = part.start; i <= part.end && found * 2 < guidance.length; i++) {
    const b = analysis.blocks[i];
    if (!b || (b.kind !== 'body' && b.kind !== 'list-item' && b.kind !== 'heading')) continue;
    const p = cachedTokens(analysis, b.text);
    if (p.size < 3 || done.has(p)) continue;
    done.add(p);
    touched.length = 0;
    for (const w of p) {
      for (const gi of byWord.get(w) ?? NONE) {
        if (common[gi] === 0) touched.push(gi);
        common[gi] = (common[gi] ?? 0) + 1;
      }
    }
    for (const gi of touched) {
      const g = guidance[gi] as Set<string>;
      if (!seen[gi] && (2 * (common[gi] ?? 0)) / (g.size + p.size) >= SAME_TEXT) {
        seen[gi] = 1;
        found++;
      }
      common[gi] = 0;
    }
  }
  return found * 2 >= guidance.length;
}
