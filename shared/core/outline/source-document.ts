import type { DocAnalysis } from '../headings/block-info.ts';
import { guidanceScan } from './guidance-scan.ts';
import type { Outline } from './outline-schema.ts';

/**
 * Whether a part of the document is the đề cương itself: at least half of the outline's prompts
 * appear in it as written (see GuidanceScan) in a body paragraph, list item or heading. Then its
 * prompts are content, not leftovers, and its sections are meant to be empty.
 */
export function isSourceDocument(analysis: DocAnalysis, outline: Outline, partIndex: number): boolean {
  const scan = guidanceScan(analysis, outline);
  const part = analysis.parts[partIndex];
  if (!part) return false;
  const total = scan.prompts.length;
  if (total < 2) return /^(ĐỀ CƯƠNG|HƯỚNG DẪN)/u.test(part.title);
  const seen = new Uint8Array(total);
  let found = 0;
  for (let i = part.start; i <= part.end && found * 2 < total; i++) {
    const hits = scan.hitsOf(i);
    if (hits.length === 0) continue;
    const kind = analysis.blocks[i]?.kind;
    if (kind !== 'body' && kind !== 'list-item' && kind !== 'heading') continue;
    for (const p of hits) {
      if (!seen[p]) {
        seen[p] = 1;
        found++;
      }
    }
  }
  return found * 2 >= total;
}
