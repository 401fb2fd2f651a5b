import type { Fix, FixEdit } from '../../shared/core/base/finding.ts';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { applyFixes } from '../../shared/core/rules/apply-fixes.ts';
import type { LocalCheck } from './local-check.ts';

/** A paragraph an edit names, with the text it held when the sidebar read it. */
export interface NamedBlock {
  block: number;
  text: string;
}

/** What the sidebar asks the server to apply (khungApplyEdits), and what it expects afterwards. */
export interface FixRequest {
  edits: FixEdit[];
  named: NamedBlock[];
  applied: number;
  skipped: number;
  /** The texts the document should hold once the edits are in (blank paragraphs aside). */
  expected: string[];
}

/**
 * The edits of the chosen findings' fixes, planned on the checked document by the core
 * (apply-fixes.ts: overlapping fixes are left for later, never half-applied), with every paragraph
 * they touch named by its text, so the server applies nothing if one of them changed meanwhile.
 */
export function fixRequest(
  checked: LocalCheck,
  findingIndexes: readonly number[],
): FixRequest | { message: string } {
  const fixes: Fix[] = [];
  for (const index of new Set(findingIndexes)) {
    const fix = checked.result.findings[index]?.fix;
    if (!fix)
      return { message: 'Lỗi được chọn không có cách sửa tự động (hoặc đã được sửa). Hãy bấm Kiểm tra lại.' };
    fixes.push(fix);
  }
  const planned = applyFixes(checked.doc, fixes);
  const edits = planned.applied.flatMap((f) => f.edits);
  if (edits.length === 0)
    return { message: 'Các lỗi được chọn không sửa được cùng lúc. Hãy bấm Kiểm tra lại.' };
  const blocks = [...new Set(edits.map((e) => e.block).filter((b) => b >= 0))].sort((a, b) => a - b);
  return {
    edits,
    named: blocks.map((block) => ({ block, text: checked.doc.blocks[block]?.text ?? '' })),
    applied: planned.applied.length,
    skipped: planned.skipped.length,
    expected: planned.doc.blocks.map((b) => b.text).filter((t) => t.trim().length > 0),
  };
}

/** What the officer is told once the server applied a request and read the document again. */
export function fixMessage(request: FixRequest, after: DocModel): string {
  const actual = after.blocks.map((b) => b.text);
  const landed =
    request.expected.length === actual.length && request.expected.every((t, i) => t === actual[i]);
  const skipped = request.skipped > 0 ? ` ${request.skipped} sửa khác trùng chỗ nên để lần sau.` : '';
  return landed
    ? `Đã sửa ${request.applied} lỗi.${skipped} Khung đã kiểm tra lại văn bản.`
    : `Đã sửa ${request.applied} lỗi, nhưng văn bản sau khi sửa khác dự kiến; hãy xem lại các đoạn vừa sửa (Ctrl+Z để hoàn tác).`;
}
