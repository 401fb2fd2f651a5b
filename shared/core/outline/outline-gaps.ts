import type { OutlineMatch, SectionMatch } from './match-outline.ts';

/**
 * Pairs "previous>current" (block indexes) of matched headings that are outline siblings, with only
 * unmatched (missing) outline sections between them: a gap in their numbering is the missing
 * sections' place, not a numbering slip.
 */
export function gapsExplainedByOutline(match: OutlineMatch | null): Set<string> {
  const out = new Set<string>();
  if (!match) return out;
  const sections = match.sections;
  for (let a = 0; a < sections.length; a++) {
    const from = sections[a] as SectionMatch;
    if (from.block < 0) continue;
    let missing = 0;
    for (let b = a + 1; b < sections.length; b++) {
      const to = sections[b] as SectionMatch;
      if (to.flat.depth < from.flat.depth) break;
      if (to.flat.parent !== from.flat.parent) continue;
      if (to.block < 0) {
        missing++;
        continue;
      }
      if (missing > 0) out.add(`${from.block}>${to.block}`);
      break;
    }
  }
  return out;
}
