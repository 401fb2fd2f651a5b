import { applyEdits, validateEdits } from './apply-edits.ts';
import { documentApp, type GDocument, type GParagraph } from './gas-api.ts';
import { activeBody, isContent, readDocument } from './read-document.ts';
import { UserError } from './result.ts';
import { fits } from './schema-check.ts';

const CHANGED = 'Văn bản đã thay đổi, hãy bấm Kiểm tra lại rồi sửa: Khung chưa sửa gì để tránh sửa nhầm chỗ.';

/**
 * khungApplyEdits: the edits of the fixes the sidebar computed on the document it read. Nothing is
 * applied unless every named paragraph still holds the text the sidebar saw and every edit fits its
 * paragraph (all or nothing); then the edits go in as one operation from the end, and the document is
 * read again for the sidebar's re-check. Reading the named paragraphs costs one call a paragraph.
 */
export function applyRequestedEdits(rawEdits: unknown, named: unknown) {
  if (!fits('fixEdits', rawEdits) || !fits('namedBlocks', named))
    throw new UserError('Chưa chọn lỗi nào để sửa được.');
  const document = documentApp().getActiveDocument();
  const body = activeBody(document);
  const paragraphs = body.getParagraphs().filter((p) => isContent(p.getText()));
  const texts = paragraphs.map((p) => p.getText());
  for (const { block, text } of named) if (texts[block] !== text) throw new UserError(CHANGED);
  // Every edit must point inside the text it was computed on: named, or Khung refuses.
  const seen = new Set(named.map((n) => n.block));
  if (rawEdits.some((e) => e.block >= 0 && !seen.has(e.block))) throw new UserError(CHANGED);
  const doc = { blocks: texts.map((text) => ({ text, style: {} })), meta: {} };
  validateEdits(doc, rawEdits);
  try {
    applyEdits({ body, paragraphs }, rawEdits);
  } catch (error) {
    console.error('khung: applyEdits:', error);
    throw new UserError(
      'Google Tài liệu dừng giữa chừng khi đang sửa, nên có thể chỉ một phần đã được sửa. Bấm Ctrl+Z để hoàn tác, rồi bấm Kiểm tra lại.',
    );
  }
  const after = readDocument();
  return { ok: true as const, doc: after.doc, signature: after.signature };
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
