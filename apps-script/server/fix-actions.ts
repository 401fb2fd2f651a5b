import type { Fix } from '../../shared/core/base/finding.ts';
import { applyFixes } from '../../shared/core/rules/apply-fixes.ts';
import { applyEdits, validateEdits } from './apply-edits.ts';
import { checkActive } from './check.ts';
import { documentApp, type GDocument, type GParagraph } from './gas-api.ts';
import { activeBody, isContent } from './read-document.ts';
import { UserError } from './result.ts';
import { fits } from './schema-check.ts';

/**
 * khungApplyFixes: re-reads and re-checks; refuses when the text changed since the check the user
 * saw; validates every edit before touching the document; applies them as one operation from the
 * end; then checks again and returns the new view.
 */
export function applyFixesToDocument(outlineId: string, signature: string, findingIndexes: unknown) {
  if (!fits('findingIndexes', findingIndexes)) throw new UserError('Chưa chọn lỗi nào để sửa.');
  const before = checkActive(outlineId);
  if (before.read.signature !== signature) {
    throw new UserError(
      'Văn bản đã thay đổi từ lần kiểm tra trước, nên Khung chưa sửa gì để tránh sửa nhầm chỗ. Hãy bấm Kiểm tra lại rồi sửa.',
    );
  }
  const fixes: Fix[] = [];
  for (const index of new Set(findingIndexes)) {
    const fix = before.result.findings[index]?.fix;
    if (!fix)
      throw new UserError(
        'Lỗi được chọn không có cách sửa tự động (hoặc đã được sửa). Hãy bấm Kiểm tra lại.',
      );
    fixes.push(fix);
  }
  // All or nothing: every edit of every chosen fix is checked before the document is touched.
  validateEdits(
    before.read.doc,
    fixes.flatMap((f) => f.edits),
  );
  const planned = applyFixes(before.read.doc, fixes);
  try {
    applyEdits(
      before.read,
      planned.applied.flatMap((f) => f.edits),
    );
  } catch (error) {
    console.error('khung: applyEdits:', error);
    throw new UserError(
      'Google Tài liệu dừng giữa chừng khi đang sửa, nên có thể chỉ một phần đã được sửa. Bấm Ctrl+Z để hoàn tác, rồi bấm Kiểm tra lại.',
    );
  }
  const after = checkActive(outlineId);
  const expected = planned.doc.blocks.map((b) => b.text).filter(isContent);
  const actual = after.read.doc.blocks.map((b) => b.text);
  const landed = expected.length === actual.length && expected.every((t, i) => t === actual[i]);
  const skipped =
    planned.skipped.length > 0 ? ` ${planned.skipped.length} sửa khác trùng chỗ nên để lần sau.` : '';
  const message = landed
    ? `Đã sửa ${planned.applied.length} lỗi.${skipped} Khung đã kiểm tra lại văn bản.`
    : `Đã sửa ${planned.applied.length} lỗi, nhưng văn bản sau khi sửa khác dự kiến; hãy xem lại các đoạn vừa sửa (Ctrl+Z để hoàn tác).`;
  return { ok: true as const, message, view: after.view, signature: after.read.signature };
}

/** khungSelectBlock: selects the block's paragraph (reading only the paragraphs' text up to it). */
export function selectBlock(block: unknown) {
  if (!fits('blockIndex', block))
    throw new UserError('Lỗi này thuộc cả văn bản, không gắn với đoạn nào để chọn.');
  const read = readDocumentLight(block);
  const range = read.document.newRange().addElement(read.paragraph).build();
  read.document.setSelection(range);
  return { ok: true as const, message: 'Đã chọn đoạn có lỗi trong văn bản.' };
}

function readDocumentLight(block: number): { document: GDocument; paragraph: GParagraph } {
  const document = documentApp().getActiveDocument();
  let seen = -1;
  for (const paragraph of activeBody(document).getParagraphs()) {
    if (isContent(paragraph.getText()) && ++seen === block) return { document, paragraph };
  }
  throw new UserError('Không tìm thấy đoạn này nữa: văn bản đã thay đổi. Hãy bấm Kiểm tra lại.');
}
