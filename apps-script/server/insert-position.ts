import { isType } from './enum-values.ts';
import type { GBody, GContainer, GDocument, GElement, GTableCell } from './gas-api.ts';
import { UserError } from './result.ts';

/** Where new paragraphs go: a container (the body, or a table cell for snippets) and a child index. */
export interface InsertPoint {
  container: GBody | GTableCell;
  index: number;
  /** How the place was found, for the message to the user. */
  from: 'cursor' | 'selection' | 'empty-document';
}

/** Said when there is neither a cursor nor a selection in a non-empty document. */
export const NO_PLACE =
  'Chưa biết chèn vào đâu: hãy bấm chuột vào văn bản để đặt con trỏ ở chỗ cần chèn, rồi bấm Chèn lại.';
/** Said when an outline is to be inserted in a table cell. */
export const IN_TABLE =
  'Con trỏ đang ở trong một bảng. Đề cương có bảng riêng (phần đầu và chữ ký) nên không chèn vào trong bảng được: hãy đặt con trỏ ở một dòng ngoài bảng rồi thử lại.';

/** The element's ancestor that is a direct child of the body, and the table cell on the way, if any. */
function topLevel(element: GElement): { node: GElement; cell: GTableCell | null; inCell: GElement } {
  let node: GElement = element;
  let cell: GTableCell | null = null;
  let inCell: GElement = element;
  let parent = node.getParent();
  while (parent && !isType(parent.getType(), 'BODY_SECTION')) {
    if (!cell && isType(parent.getType(), 'TABLE_CELL')) {
      cell = parent.asTableCell();
      inCell = node;
    }
    node = parent;
    parent = node.getParent();
  }
  if (!parent)
    throw new UserError(
      'Con trỏ không nằm trong phần thân văn bản (có thể ở đầu trang, chân trang hoặc chú thích): hãy đặt con trỏ vào thân văn bản.',
    );
  return { node, cell, inCell };
}

/** The paragraph the cursor is in (a cursor on text points at the Text element inside it). */
function paragraphOf(element: GElement): GElement {
  return isType(element.getType(), 'TEXT') ? (element.getParent() as GElement) : element;
}

function isEmpty(element: GElement): boolean {
  try {
    return (element as GContainer).getText() === '';
  } catch {
    return false;
  }
}

/**
 * Resolves where to insert: at the cursor (before its paragraph when the cursor is at its start or
 * the paragraph is empty, else after it); after a selection; at the start of an empty document.
 * Inside a table, snippets go into the cell; outlines (`allowCell: false`) refuse with a message.
 * `empty` saves a read when the caller already knows whether the body is blank.
 */
export function insertPoint(
  document: GDocument,
  body: GBody,
  allowCell: boolean,
  empty?: boolean,
): InsertPoint {
  const cursor = document.getCursor();
  if (cursor) {
    const paragraph = paragraphOf(cursor.getElement());
    const offset = cursor.getOffset();
    const { node, cell, inCell } = topLevel(paragraph);
    const before = offset === 0 || isEmpty(paragraph);
    if (cell) {
      if (!allowCell) throw new UserError(IN_TABLE);
      return { container: cell, index: cell.getChildIndex(inCell) + (before ? 0 : 1), from: 'cursor' };
    }
    return { container: body, index: body.getChildIndex(node) + (before ? 0 : 1), from: 'cursor' };
  }
  const selection = document.getSelection();
  const elements = selection?.getRangeElements() ?? [];
  const last = elements[elements.length - 1];
  if (last) {
    const { node } = topLevel(last.getElement());
    return { container: body, index: body.getChildIndex(node) + 1, from: 'selection' };
  }
  if (empty ?? body.getText().trim() === '') return { container: body, index: 0, from: 'empty-document' };
  throw new UserError(NO_PLACE);
}
