import { documentFromPlainText } from '../../cli/read/markdown.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import type { CorpusEntry } from './load-corpus.ts';

/**
 * Which outline the check takes for each corpus document, how much of it it finds, and the line each
 * section is found on ("—" when missing; ✗ a missing required one): the outline half of `khung check`
 * that the fault score does not see. A change in matching or detection shows here in review, document
 * by document (tests/corpus/corpus-outlines.txt), before it shows as a finding or as nothing at all.
 */
export function outlineTable(entries: readonly CorpusEntry[], outlines: readonly Outline[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    const doc = documentFromPlainText(entry.text, `${entry.name}.txt`);
    const { match } = checkDocument(doc, { outline: 'auto', outlines });
    if (!match) {
      lines.push(`${entry.name}: không đề cương`);
      continue;
    }
    lines.push(
      `${entry.name}: ${match.outline.id} ${Math.round(match.coverage * 100)}%${match.isSource ? ' (chính đề cương)' : ''}`,
    );
    for (const s of match.sections) {
      const line =
        s.block < 0
          ? s.flat.section.required
            ? '✗'
            : '—'
          : String(doc.blocks[s.block]?.line ?? `#${s.block}`);
      lines.push(`  ${s.flat.path} ${s.flat.section.title} ⇐ ${line}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
