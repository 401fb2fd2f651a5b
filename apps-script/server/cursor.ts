import { isType } from './enum-values.ts';
import type { GBody, GContainer, GDocument, GElement, GParagraph, GPosition, GTableCell } from './gas-api.ts';

// The cursor in paragraph terms. Apps Script's Position counts characters inside one Text element,
// and a paragraph may hold several (Position.insertText makes a new one each time), or counts child
// elements when it points at the paragraph itself; the insert decisions need the caret's offset in
// the paragraph's whole text, and moving the cursor needs the way back.

/** The paragraph (or list item) the cursor is in and the caret's offset in its text. */
export interface Caret {
  paragraph: GParagraph;
  offset: number;
  text: string;
}

const textLength = (element: GElement): number =>
  isType(element.getType(), 'TEXT') ? element.asText().getText().length : 0;

const isParagraph = (element: GElement): boolean =>
  isType(element.getType(), 'PARAGRAPH') || isType(element.getType(), 'LIST_ITEM');

/** Where the cursor is, in paragraph terms; null when it is not in a paragraph's text. */
export function caretOf(cursor: GPosition): Caret | null {
  const element = cursor.getElement();
  const offset = cursor.getOffset();
  let paragraph: GContainer;
  let childrenBefore: number;
  let inElement = 0;
  if (isType(element.getType(), 'TEXT')) {
    const parent = element.getParent();
    if (!parent || !isParagraph(parent)) return null;
    paragraph = parent;
    childrenBefore = parent.getChildIndex(element);
    inElement = offset;
  } else if (isParagraph(element)) {
    paragraph = element as GContainer;
    childrenBefore = offset;
  } else return null;
  let before = inElement;
  for (let i = 0; i < childrenBefore; i++) before += textLength(paragraph.getChild(i));
  return { paragraph: paragraph as GParagraph, offset: before, text: paragraph.getText() };
}

/**
 * Puts the cursor at `offset` characters into a paragraph's text. Moving the cursor is a convenience:
 * a Docs that refuses it leaves the insert done, so a failure here is swallowed.
 */
export function placeCursor(document: GDocument, paragraph: GParagraph, offset: number): void {
  try {
    let rest = offset;
    const count = paragraph.getNumChildren();
    for (let i = 0; i < count; i++) {
      const child = paragraph.getChild(i);
      const length = textLength(child);
      if (isType(child.getType(), 'TEXT') && rest <= length) {
        document.setCursor(document.newPosition(child, rest));
        return;
      }
      rest -= length;
    }
    document.setCursor(document.newPosition(paragraph, count));
  } catch {
    // The insert went in; the cursor stays where Docs keeps it.
  }
}

/** Puts the cursor at the end of a paragraph's text. */
export function placeCursorAtEnd(document: GDocument, paragraph: GParagraph): void {
  placeCursor(document, paragraph, paragraph.getText().length);
}

/** Puts the cursor at the start of a paragraph (a Position in a paragraph counts its children). */
export function placeCursorAt(document: GDocument, paragraph: GParagraph): void {
  try {
    document.setCursor(document.newPosition(paragraph, 0));
  } catch {
    // As placeCursor: the insert is done either way.
  }
}

/**
 * Puts the cursor at the start of the element at `index` of a container (the paragraph after an
 * insert), when it is a paragraph; a table there (or nothing) leaves the cursor where it is. A
 * Position in a paragraph counts its children, so offset 0 is its start whatever it holds: four
 * calls, as an outline's insert is counted call by call.
 */
export function placeCursorAfter(document: GDocument, container: GBody | GTableCell, index: number): void {
  try {
    if (index >= container.getNumChildren()) return;
    const next = container.getChild(index);
    if (isType(next.getType(), 'PARAGRAPH')) document.setCursor(document.newPosition(next, 0));
  } catch {
    // As placeCursor: the insert is done either way.
  }
}
