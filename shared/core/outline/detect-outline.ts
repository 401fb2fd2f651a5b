import type { DocAnalysis } from '../headings/block-info.ts';
import {
  assignSections,
  findCandidates,
  matchOutline,
  type OutlineMatch,
  type SectionCandidates,
  withSourceFlag,
} from './match-outline.ts';
import type { Outline } from './outline-schema.ts';
import { cachedTokens, titleSimilarity } from './similarity.ts';

/** Below this coverage no outline is named: the document follows none we know. */
export const MIN_COVERAGE = 0.35;
/** How much the title's likeness to the outline's trích yếu adds to the fit. */
const TITLE_WEIGHT = 0.15;

/**
 * Picks the outline (and the part of the document) that fits best, or null when none covers enough.
 * Every part is tried, so a plan with its đề cương attached is recognised by either.
 */
export function detectOutline(analysis: DocAnalysis, outlines: readonly Outline[]): OutlineMatch | null {
  // Every (outline, part) is scored for its candidates first, which bounds the fit it can reach;
  // the assignment — most of a match's cost — then runs best bound first, and stops once no bound
  // left can beat (or, earlier in the list, tie) the best fit found: the answer is the one trying
  // them all in order would give (the first of the best).
  const tries: { order: number; found: SectionCandidates; title: number; bound: number }[] = [];
  for (const outline of outlines) {
    for (const part of analysis.parts) {
      if (part.headings.length === 0) continue;
      const found = findCandidates(analysis, outline, part.index);
      // The trích yếu breaks ties between outlines with similar sections ("…năm 2023, nhiệm vụ…").
      const title =
        TITLE_WEIGHT * titleSimilarity(cachedTokens(analysis, part.title), subjectTokens(outline));
      tries.push({ order: tries.length, found, title, bound: found.coverageBound + title });
    }
  }
  tries.sort((a, b) => b.bound - a.bound || a.order - b.order);
  let best: { match: OutlineMatch; fit: number; order: number } | null = null;
  for (const t of tries) {
    if (best && (t.bound < best.fit || (t.bound === best.fit && t.order > best.order))) break;
    const match = assignSections(t.found);
    const fit = match.coverage + t.title;
    if (!best || fit > best.fit || (fit === best.fit && t.order < best.order))
      best = { match, fit, order: t.order };
  }
  return best && best.match.coverage >= MIN_COVERAGE ? withSourceFlag(analysis, best.match) : null;
}

/** The words of an outline's trích yếu and tên loại, parameters left out. */
function subjectTokens(outline: Outline): Set<string> {
  const subject = [outline.frame.subject ?? '', outline.frame.typeName ?? '']
    .join(' ')
    .replace(/\{\{[^}]*\}\}/g, '');
  return cachedTokens(outline, subject);
}

/** Matches a chosen outline against the part of the document it fits best. */
export function matchBestPart(analysis: DocAnalysis, outline: Outline): OutlineMatch {
  let best: OutlineMatch | null = null;
  for (const part of analysis.parts) {
    const match = matchOutline(analysis, outline, part.index);
    if (!best || match.coverage > best.coverage) best = match;
  }
  return withSourceFlag(analysis, best ?? matchOutline(analysis, outline, 0));
}
