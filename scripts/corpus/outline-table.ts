import type { SectionMatch } from '../../shared/core/outline/match-outline.ts';
import type { CheckedEntry } from './run-corpus.ts';

/**
 * Which outline the check took for each corpus document, how much of it it found, and the line each
 * section was found on: the outline half of `khung check` that the fault score does not see. A change in
 * matching or detection shows here in review, document by document (tests/corpus/corpus-outlines.txt),
 * before it shows as a finding or as nothing at all.
 */
export function outlineTable(checked: readonly CheckedEntry[]): string {
  const lines: string[] = [];
  for (const { entry, doc, result } of checked) {
    const match = result.match;
    if (!match) {
      lines.push(`${entry.name}: không đề cương`);
      continue;
    }
    const source = match.isSource ? ' (chính đề cương)' : '';
    lines.push(`${entry.name}: ${match.outline.id} ${Math.round(match.coverage * 100)}%${source}`);
    for (const s of match.sections) {
      const where = s.block < 0 ? missing(s) : String(doc.blocks[s.block]?.line ?? `#${s.block}`);
      lines.push(`  ${s.flat.path} ${s.flat.section.title} ⇐ ${where}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A section not found: ✗ when the outline requires it, — when it may be left out. */
function missing(s: SectionMatch): string {
  return s.flat.section.required ? '✗' : '—';
}
