import type { Finding } from '../../shared/core/base/finding.ts';
import type { DocModel } from '../../shared/core/document/doc-model.ts';

/**
 * The source line (1-based) a finding sits on, or 0 for a finding about the whole document.
 * A block of a plain-text model starts at `block.line` and may join the lines after it (a page break
 * cut the paragraph); the finding's range start is located among those lines by their lengths.
 */
export function findingLine(doc: DocModel, lines: readonly string[], finding: Finding): number {
  const block = doc.blocks[finding.block];
  if (finding.block < 0 || !block?.line) return 0;
  const next = doc.blocks[finding.block + 1]?.line ?? lines.length + 1;
  let offset = 0;
  for (let line = block.line; line < next; line++) {
    const piece = (lines[line - 1] ?? '').replaceAll('*', '').trim();
    if (piece === '') continue;
    offset += piece.length + 1;
    if (finding.range[0] < offset) return line;
  }
  return block.line;
}
