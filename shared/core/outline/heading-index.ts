import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';
import { cachedTokens, similarityOfCounts } from './similarity.ts';

/** A part's headings, their title words, and an inverted index word → headings that hold it. */
export interface HeadingIndex {
  headings: BlockInfo[];
  tokens: Set<string>[];
  byWord: Map<string, number[]>;
  /** Scratch counts for bestSimilarities, all zero between calls. */
  common: Uint32Array;
  /** Scratch scores bestSimilarities returns (overwritten by the next call). */
  best: Float64Array;
  touched: number[];
}

const CACHE = new WeakMap<DocAnalysis, Map<number, HeadingIndex>>();

/**
 * The heading index of one part, built once per analysis: detection matches every outline against
 * the same headings, so each outline section then costs the headings sharing a word with it, not all.
 */
export function headingIndex(analysis: DocAnalysis, partIndex: number): HeadingIndex {
  let byPart = CACHE.get(analysis);
  if (!byPart) {
    byPart = new Map();
    CACHE.set(analysis, byPart);
  }
  const cached = byPart.get(partIndex);
  if (cached) return cached;
  const part = analysis.parts[partIndex];
  const headings = (part?.headings ?? []).map((i) => analysis.blocks[i]).filter((b): b is BlockInfo => !!b);
  const tokens = headings.map((h) => cachedTokens(analysis, h.title));
  const byWord = new Map<string, number[]>();
  tokens.forEach((set, h) => {
    for (const w of set) {
      const list = byWord.get(w);
      if (list) list.push(h);
      else byWord.set(w, [h]);
    }
  });
  const index = {
    headings,
    tokens,
    byWord,
    common: new Uint32Array(headings.length),
    best: new Float64Array(headings.length),
    touched: [],
  };
  byPart.set(partIndex, index);
  return index;
}

/**
 * For each heading, the best titleSimilarity with any of `titles` (a section's title and aliases).
 * A heading that shares no word with them scores 0, as titleSimilarity gives, without being visited.
 * `titles` are lists of distinct match words. The array returned is the index's scratch: read it
 * before the next call (detection makes hundreds).
 */
export function bestSimilarities(index: HeadingIndex, titles: readonly (readonly string[])[]): Float64Array {
  const best = index.best;
  best.fill(0);
  const common = index.common;
  const touched = index.touched;
  for (const title of titles) {
    if (title.length === 0) continue;
    for (let i = 0; i < title.length; i++) {
      const holding = index.byWord.get(title[i] as string);
      if (holding === undefined) continue;
      for (let k = 0; k < holding.length; k++) {
        const h = holding[k] as number;
        if (common[h] === 0) touched.push(h);
        common[h] = (common[h] as number) + 1;
      }
    }
    for (let k = 0; k < touched.length; k++) {
      const h = touched[k] as number;
      const similarity = similarityOfCounts(common[h] as number, title.length, index.tokens[h]?.size ?? 0);
      if (similarity > (best[h] as number)) best[h] = similarity;
      common[h] = 0;
    }
    touched.length = 0;
  }
  return best;
}
