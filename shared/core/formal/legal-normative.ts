import type { DocAnalysis } from '../headings/block-info.ts';
import { headerOf } from './locate-header.ts';

/** "Số: 36/2025/QĐ-UBND", "Số: 66/2025/NQ-HĐND": the year between number and ký hiệu. */
const SO_WITH_YEAR = /(?:^|\t|\s{3})Số\s*:?\s*\d*\s*\/\s*(?:19|20)\d\d\s*\/\s*\p{Lu}/u;
const cache = new WeakMap<DocAnalysis, boolean>();

/**
 * Whether the document is a văn bản quy phạm pháp luật, known by the year in its số, ký hiệu
 * (Luật Ban hành văn bản quy phạm pháp luật; NĐ 30/2020 governs the other documents). Its căn cứ
 * follow the Luật's templates (a Luật cited with its number; "Theo đề nghị …;" before the
 * sentence that promulgates it), not NĐ 30, Phụ lục I, mục II.6.a.
 */
export function isLegalNormative(analysis: DocAnalysis): boolean {
  let known = cache.get(analysis);
  if (known === undefined) {
    const end = Math.min(analysis.blocks.length, headerOf(analysis).bodyStart + 1, 12);
    known = false;
    for (let b = 0; b < end && !known; b++) known = SO_WITH_YEAR.test(analysis.blocks[b]?.text ?? '');
    cache.set(analysis, known);
  }
  return known;
}
