import type { Fix } from '../base/finding.ts';
import type { Report } from '../base/report.ts';
import type { DocModel } from '../document/doc-model.ts';
import type { ProseBlock } from './case-scan.ts';

/**
 * A report on [start, end) of a prose block's analysed text, mapped to the user's text, with a fix
 * to `expected` when the user's text there has the same letters (only their case changes).
 */
export function caseReport(
  doc: DocModel,
  block: ProseBlock,
  start: number,
  end: number,
  expected: string | null,
  message: string,
): Report {
  const index = block.info.index;
  const range: [number, number] = [block.info.toOriginal(start), block.info.toOriginal(end)];
  const original = doc.blocks[index]?.text.slice(range[0], range[1]) ?? '';
  const report: Report = { block: index, range, message };
  if (expected !== null && original !== expected && original.toLowerCase() === expected.toLowerCase()) {
    const fix: Fix = {
      label: `Sửa thành “${expected}”`,
      edits: [{ kind: 'replace', block: index, range, text: expected }],
    };
    report.fix = fix;
  }
  return report;
}
