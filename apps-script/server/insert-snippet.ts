import { type InsertPlan, planInsert } from '../../shared/core/snippets/insert-placement.ts';
import type { SnippetPlacement } from '../../shared/core/snippets/snippet-schema.ts';
import { type Caret, caretOf, placeCursor, placeCursorAtEnd } from './cursor.ts';
import { documentApp, type GBody, type GDocument, type GTableCell } from './gas-api.ts';
import { insertPoint } from './insert-position.ts';
import { activeBody } from './read-document.ts';
import { UserError } from './result.ts';
import { fits } from './schema-check.ts';
import { type Piece, writePieces } from './write-blocks.ts';

/** Paragraph attributes a split carries to the text after the caret (its character runs keep their common look). */
const CARRIED = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_START',
  'INDENT_FIRST_LINE',
  'INDENT_END',
  'LINE_SPACING',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'FONT_FAMILY',
  'FONT_SIZE',
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'FOREGROUND_COLOR',
];

const bodyLines = (lines: readonly string[]): Piece[] =>
  lines.map((text) => ({ kind: 'paragraph', line: { text, style: { alignment: 'justify' } } }));

/**
 * Ends the caret's paragraph at the caret: the text after it moves to a new paragraph right after,
 * with the paragraph's heading, alignment, indents and the character look all its text shares (a
 * run-by-run look is not copied: Apps Script has no split, and Paragraph.copy() would carry a list
 * item's bullet into a body paragraph).
 */
function splitAtCaret(container: GBody | GTableCell, index: number, caret: Caret): void {
  const { paragraph, offset, text } = caret;
  const attributes = paragraph.getAttributes();
  paragraph.editAsText().deleteText(offset, text.length - 1);
  const tail = container.insertParagraph(index + 1, text.slice(offset));
  const carried: Record<string, unknown> = {};
  for (const key of CARRIED) {
    const value = attributes[key];
    if (value !== null && value !== undefined) carried[key] = value;
  }
  tail.setAttributes(carried);
}

/**
 * A block at the cursor: its own paragraphs, in body style, as the core's plan says — before the
 * caret's paragraph when the caret starts it (or it is empty), after it when the caret ends it, and
 * between its two halves when the caret is inside a line. The cursor goes to the end of the last line.
 */
function insertBlock(document: GDocument, caret: Caret, plan: InsertPlan): number {
  const point = insertPoint(document, activeBody(document), true);
  const container = point.container;
  let index = container.getChildIndex(caret.paragraph);
  if (plan.splitBefore && plan.splitAfter) splitAtCaret(container, index, caret);
  if (plan.splitBefore) index += 1;
  const lines = plan.body.split('\n');
  const end = writePieces({ ...point, index }, bodyLines(lines));
  placeCursorAtEnd(document, container.getChild(end - 1).asParagraph());
  return lines.length;
}

/** How the sidebar asks for a snippet to go in; anything else falls back to the old one-line rule. */
function placementOf(raw: unknown, lines: number): SnippetPlacement {
  if (raw === 'block' || raw === 'inline') return lines > 1 ? 'block' : raw;
  return lines > 1 ? 'block' : 'inline';
}

/**
 * khungInsertSnippet(text, placement): the core's block/inline decision (insert-placement.ts) made
 * on the caret's paragraph. Inline (a phrase, a citation in a sentence): into the text at the caret,
 * with a space where a word would glue. Block (Kính gửi, căn cứ, Nơi nhận, chữ ký…; any text of
 * several lines): paragraphs of its own, the caret's line split around them. Inside a table cell
 * (the signature table) the paragraphs stay in the cell. Without a cursor (a selection), after the
 * selection. The cursor then sits after what was inserted, so consecutive inserts come in order.
 */
export function insertSnippet(raw: unknown, rawPlacement?: unknown): { ok: true; message: string } {
  if (!fits('snippetText', raw)) throw new UserError('Đoạn mẫu quá dài hoặc không phải văn bản.');
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (text.trim() === '') throw new UserError('Đoạn mẫu đang trống: hãy điền nội dung rồi chèn lại.');
  const document = documentApp().getActiveDocument();
  const lines = text.split('\n');
  const placement = placementOf(rawPlacement, lines.length);
  const cursor = document.getCursor();
  const caret = cursor ? caretOf(cursor) : null;
  if (cursor && caret) {
    const context = { before: caret.text.slice(0, caret.offset), after: caret.text.slice(caret.offset) };
    if (placement === 'inline') {
      const plan = planInsert('inline', text, context);
      // Position.insertText is documented to return null where text cannot go: then as a block.
      if (cursor.insertText(plan.text)) {
        placeCursor(document, caret.paragraph, caret.offset + plan.text.length);
        return { ok: true, message: 'Đã chèn đoạn mẫu tại con trỏ.' };
      }
    }
    const count = insertBlock(document, caret, planInsert('block', text, context));
    return {
      ok: true,
      message: count === 1 ? 'Đã chèn đoạn mẫu thành một đoạn riêng.' : `Đã chèn ${count} dòng của đoạn mẫu.`,
    };
  }
  const point = insertPoint(document, activeBody(document), true);
  const end = writePieces(point, bodyLines(lines));
  placeCursorAtEnd(document, point.container.getChild(end - 1).asParagraph());
  return {
    ok: true,
    message: `Đã chèn ${lines.length} dòng của đoạn mẫu${point.from === 'selection' ? ' sau vùng đang chọn' : ''}.`,
  };
}
