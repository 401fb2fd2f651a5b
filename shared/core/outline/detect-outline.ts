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
import { partDocumentType, tenLoaiOf, typeAgrees } from './part-type.ts';
import { cachedTokens, titleSimilarity } from './similarity.ts';

/**
 * Below this coverage no outline is named: the document follows none we know. On the corpus, the
 * wrong fits of a type-agreeing outline (a document sharing a few common titles: "Kết quả", "Tổ chức
 * thực hiện") reach 0.36 at most, and a real report that left out half its đề cương's sections 0.49.
 */
export const MIN_COVERAGE = 0.4;

/** The outline detected, or null with why none was named (Vietnamese, for the UIs). */
export interface Detection {
  match: OutlineMatch | null;
  note: string | null;
}
/** How much the title's likeness to the outline's trích yếu adds to the fit. */
const TITLE_WEIGHT = 0.15;

/**
 * Picks the outline (and the part of the document) that fits best, or null when none covers enough.
 * Every part is tried, so a plan with its đề cương attached is recognised by either.
 */
export function detectOutline(analysis: DocAnalysis, outlines: readonly Outline[]): OutlineMatch | null {
  return detectOutlineExplained(analysis, outlines).match;
}

/**
 * detectOutline, saying why it abstains: an outline is only tried on a part whose tên loại agrees
 * with the outline's document type (never a BÁO CÁO to a Thông báo outline), and only named when it
 * covers MIN_COVERAGE of the outline.
 */
export function detectOutlineExplained(analysis: DocAnalysis, outlines: readonly Outline[]): Detection {
  // Every (outline, part) is scored for its candidates first, which bounds the fit it can reach;
  // the assignment — most of a match's cost — then runs best bound first, and stops once no bound
  // left can beat (or, earlier in the list, tie) the best fit found: the answer is the one trying
  // them all in order would give (the first of the best).
  const tries: { order: number; found: SectionCandidates; title: number; bound: number }[] = [];
  const types = analysis.parts.map((p) => partDocumentType(p.title));
  let numbered = false;
  for (const outline of outlines) {
    for (const part of analysis.parts) {
      if (part.headings.length === 0) continue;
      numbered = true;
      if (!typeAgrees(outline, types[part.index])) continue;
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
  if (best && best.match.coverage >= MIN_COVERAGE)
    return { match: withSourceFlag(analysis, best.match), note: null };
  return { match: null, note: abstention(analysis, numbered, best?.match ?? null) };
}

/** Why no outline was named. */
function abstention(analysis: DocAnalysis, numbered: boolean, nearest: OutlineMatch | null): string {
  if (!numbered) return 'Văn bản không có đề mục đánh số nào để đối chiếu với đề cương.';
  if (!nearest) {
    const title = analysis.parts.find(
      (p) => p.headings.length > 0 && partDocumentType(p.title) === null,
    )?.title;
    return `Tên loại “${tenLoaiOf(title ?? '')}” không ứng với đề cương nào đã có, nên không đối chiếu với đề cương.`;
  }
  return `Đề cương gần nhất là “${nearest.outline.title}” nhưng chỉ khớp ${Math.round(nearest.coverage * 100)}% (cần từ ${Math.round(MIN_COVERAGE * 100)}%), nên không coi văn bản là viết theo đề cương đó.`;
}

/** The words of an outline's trích yếu and tên loại, parameters left out; made once per outline. */
function subjectTokens(outline: Outline): Set<string> {
  let tokens = SUBJECTS.get(outline);
  if (!tokens) {
    const subject = [outline.frame.subject ?? '', outline.frame.typeName ?? '']
      .join(' ')
      .replace(/\{\{[^}]*\}\}/g, '');
    tokens = cachedTokens(outline, subject);
    SUBJECTS.set(outline, tokens);
  }
  return tokens;
}
const SUBJECTS = new WeakMap<Outline, Set<string>>();

/** Matches a chosen outline against the part of the document it fits best. */
export function matchBestPart(analysis: DocAnalysis, outline: Outline): OutlineMatch {
  let best: OutlineMatch | null = null;
  for (const part of analysis.parts) {
    const match = matchOutline(analysis, outline, part.index);
    if (!best || match.coverage > best.coverage) best = match;
  }
  return withSourceFlag(analysis, best ?? matchOutline(analysis, outline, 0));
}
