import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';
import { type FlatSection, flattenSections } from './flatten-sections.ts';
import { bestSimilarities, headingIndex } from './heading-index.ts';
import type { Outline } from './outline-schema.ts';
import { cachedTokens } from './similarity.ts';
import { sourceReason } from './source-document.ts';

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
  /** Weighted share of the outline found, in [0, 1] (see `coverageOf`). */
  coverage: number;
  /** The document is the đề cương itself (its prompts are the content), not a report written to it. */
  isSource: boolean;
  /** Why it is taken for the đề cương itself, in Vietnamese, for the UIs ("tên loại của văn bản là …"). */
  sourceReason?: string;
}

const THRESHOLD = 0.5;
const PARENT_BONUS = 0.1;
/** Below THRESHOLD - PARENT_BONUS (less a hair for rounding), a pair can never be assigned. */
const CANDIDATE = THRESHOLD - PARENT_BONUS - 1e-9;
const MIN_TEXT = 0.3;
const LABEL_BONUS = 0.2;
const DEPTH_BONUS = 0.1;
const WRONG_PARENT = 0.3;

/**
 * Finds each outline section among the headings of one part: by folded title and aliases, helped by
 * an equal number ("II." for II), an equal depth, and — in a second pass — by lying under the heading
 * matched to the parent section. Best pairs first over the whole tree, each heading used once.
 */
export function matchOutline(analysis: DocAnalysis, outline: Outline, partIndex: number): OutlineMatch {
  return assignSections(findCandidates(analysis, outline, partIndex));
}

/** The first half of matchOutline: every pair section → heading that may be assigned, with its score. */
export interface SectionCandidates {
  analysis: DocAnalysis;
  outline: Outline;
  part: number;
  flat: FlatSection[];
  headings: BlockInfo[];
  candidates: Candidates;
  /** The most coverage the assignment can give: each section at its best candidate's score. */
  coverageBound: number;
}

/** Scores every pair that can reach THRESHOLD in either pass, and bounds the coverage they can give. */
export function findCandidates(
  analysis: DocAnalysis,
  outline: Outline,
  partIndex: number,
): SectionCandidates {
  const index = headingIndex(analysis, partIndex);
  const headings = index.headings;
  const flat = flatSectionsOf(outline);
  // Pairs that can reach THRESHOLD in either pass (a parent adds at most PARENT_BONUS): all others
  // score below it whatever happens, so assign() never needs to look at them. Kept as three
  // parallel lists: detection matches hundreds of sections, and most have one candidate or none.
  const candidates: Candidates = { s: [], h: [], score: [] };
  const titles = sectionTitlesOf(outline, flat);
  const best = new Float64Array(flat.length);
  flat.forEach((f, s) => {
    const scores = bestSimilarities(index, titles[s] as string[][]);
    for (let hi = 0; hi < headings.length; hi++) {
      let score = scores[hi] as number;
      // Numbers and depth only help a heading whose words already resemble the section's.
      if (score < MIN_TEXT) continue;
      const h = headings[hi] as BlockInfo;
      if (
        h.numbering &&
        h.numbering.scheme === f.section.numbering &&
        sameLabel(h.numbering.label, f.label)
      ) {
        score += LABEL_BONUS;
      }
      if (h.level === f.depth) score += DEPTH_BONUS;
      if (score >= CANDIDATE) {
        candidates.s.push(s);
        candidates.h.push(hi);
        candidates.score.push(score);
        if (score > (best[s] as number)) best[s] = score;
      }
    }
  });
  // A section is only ever given one of its candidates, so its score is at most its best one's.
  const coverageBound = coverageOf(flat, (s) => Math.min(best[s] as number, 1));
  return { analysis, outline, part: partIndex, flat, headings, candidates, coverageBound };
}

/** The second half of matchOutline: the greedy assignment, its two passes, and the coverage. */
export function assignSections(found: SectionCandidates): OutlineMatch {
  const { analysis, outline, flat, headings, candidates } = found;
  let chosen = assign(flat.length, candidates, (c) => candidates.score[c] as number);
  chosen = assign(flat.length, candidates, (c) => {
    const f = flat[candidates.s[c] as number];
    const parent = f && f.parent >= 0 ? (chosen[f.parent] ?? -1) : -1;
    const score = candidates.score[c] as number;
    if (parent < 0) return score;
    const parentBlock = headings[candidates.h[parent] as number]?.index ?? -1;
    return isUnder(analysis, headings[candidates.h[c] as number]?.index ?? -1, parentBlock)
      ? score + PARENT_BONUS
      : score - WRONG_PARENT;
  });
  const sections = flat.map((f, s) => {
    const c = chosen[s] ?? -1;
    if (c < 0) return { flat: f, block: -1, score: 0 };
    return {
      flat: f,
      block: headings[candidates.h[c] as number]?.index ?? -1,
      score: Math.min(candidates.score[c] as number, 1),
    };
  });
  return {
    outline,
    part: found.part,
    sections,
    coverage: coverageOf(flat, (s) => sections[s]?.score ?? 0),
    // Costly (every paragraph against every prompt): decided only for the outline finally chosen.
    isSource: false,
  };
}

/** Completes a chosen match with whether the document is the đề cương itself. */
export function withSourceFlag(analysis: DocAnalysis, match: OutlineMatch): OutlineMatch {
  const reason = sourceReason(analysis, match.outline, match.part);
  return reason ? { ...match, isSource: true, sourceReason: reason } : { ...match, isSource: false };
}

const FLAT = new WeakMap<Outline, FlatSection[]>();
/** flattenSections, once per outline: detection matches every outline against every part. */
function flatSectionsOf(outline: Outline): FlatSection[] {
  let flat = FLAT.get(outline);
  if (!flat) {
    flat = flattenSections(outline);
    FLAT.set(outline, flat);
  }
  return flat;
}

/** Candidate pairs section → heading (indices into the flat sections and the part's headings). */
export interface Candidates {
  s: number[];
  h: number[];
  score: number[];
}

/**
 * Greedy assignment, best pairs first: section index → the candidate chosen for it (-1 when none
 * reaches the threshold). Pairs are ordered completely (score, then heading, then section), so the
 * order the candidates were found in does not matter.
 */
function assign(sections: number, candidates: Candidates, score: (c: number) => number): number[] {
  const scores: number[] = [];
  const order: number[] = [];
  for (let c = 0; c < candidates.s.length; c++) {
    scores[c] = score(c);
    if ((scores[c] as number) >= THRESHOLD) order.push(c);
  }
  const { s, h } = candidates;
  // -1/1 rather than differences: a comparator returning fractions boxes a number a comparison.
  order.sort((a, b) => {
    const byScore = (scores[b] as number) - (scores[a] as number);
    if (byScore !== 0) return byScore > 0 ? 1 : -1;
    return (h[a] as number) - (h[b] as number) || (s[a] as number) - (s[b] as number);
  });
  const result = new Array<number>(sections).fill(-1);
  const used = new Set<number>();
  for (const c of order) {
    const section = s[c] as number;
    const heading = h[c] as number;
    if ((result[section] ?? -1) >= 0 || used.has(heading)) continue;
    result[section] = c;
    used.add(heading);
  }
  return result;
}

const TITLES = new WeakMap<Outline, string[][][]>();
/** Each flat section's title and aliases as match words (distinct, as a list), once per outline. */
function sectionTitlesOf(outline: Outline, flat: FlatSection[]): string[][][] {
  let titles = TITLES.get(outline);
  if (!titles) {
    titles = flat.map((f) =>
      [f.section.title, ...(f.section.aliases ?? [])].map((t) => [...cachedTokens(outline, t)]),
    );
    TITLES.set(outline, titles);
  }
  return titles;
}

/**
 * Share of the outline found: top-level sections weigh 3, required sub-sections 1, optional ones ¼,
 * so a report that leaves out suggested topics still fits its đề cương better than another one.
 */
function coverageOf(flat: readonly FlatSection[], scoreOf: (s: number) => number): number {
  let weight = 0;
  let found = 0;
  flat.forEach((f, s) => {
    const w = f.depth === 1 ? 3 : f.section.required ? 1 : 0.25;
    weight += w;
    found += w * scoreOf(s);
  });
  return weight > 0 ? found / weight : 0;
}

function sameLabel(a: string, b: string): boolean {
  return a === b || labelKey(a) === labelKey(b);
}

const LABEL_KEYS = new Map<string, string>();
/** A label as compared: spaces collapsed, upper case ("thứ  nhất" = "THỨ NHẤT"); labels are few. */
function labelKey(label: string): string {
  let key = LABEL_KEYS.get(label);
  if (key === undefined) {
    key = label.replace(/\s+/g, ' ').toLocaleUpperCase('vi');
    if (LABEL_KEYS.size < 10_000) LABEL_KEYS.set(label, key);
  }
  return key;
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
