import type { LayoutLine, LayoutPiece } from '../../shared/core/outline/skeleton-layout.ts';
import type { GBody, GParagraph, GTable, GTableCell } from './gas-api.ts';
import type { InsertPoint } from './insert-position.ts';
import { attributesFor, styleParagraph } from './write-style.ts';

/**
 * A paragraph to write: text, style, and whether it is a guidance prompt (grey italics) — the core's
 * laid-out line (shared/core/outline/skeleton-layout.ts); Docs draws no rules under lines here.
 */
export type Line = LayoutLine;

/** What to write at an insert point, in order: paragraphs, and two-column borderless tables. */
export type Piece = LayoutPiece;

/**
 * Writes pieces in order from the insert point: each paragraph costs three calls (insert, heading,
 * attributes); a table a few more for its borders and column widths. Returns the index after the last.
 */
export function writePieces(point: InsertPoint, pieces: readonly Piece[]): number {
  let index = point.index;
  for (const piece of pieces) {
    if (piece.kind === 'paragraph') {
      writeParagraph(point.container.insertParagraph(index++, piece.line.text), piece.line);
    } else {
      const body = point.container as GBody;
      const table = body.insertTable(index, [[piece.left[0]?.text ?? '', piece.right[0]?.text ?? '']]);
      // Docs keeps a paragraph before every table and may add one (the Docs API documents it for
      // insertTable), so continue after where the table really is, not after the index asked for.
      index = body.getChildIndex(table) + 1;
      writeColumns(table, piece);
    }
  }
  return index;
}

function writeParagraph(paragraph: GParagraph, line: Line): void {
  styleParagraph(paragraph, line.style, line.guidance ? { guidance: true } : {});
}

/**
 * A borderless two-column table (NĐ 30's header: cơ quan | Quốc hiệu; closing: Nơi nhận | chữ ký).
 * insertTable() makes each cell's first paragraph from the grid; the other lines are appended.
 */
function writeColumns(table: GTable, piece: Extract<Piece, { kind: 'columns' }>): void {
  table.setBorderWidth(0);
  if (piece.widths) {
    table.setColumnWidth(0, piece.widths[0]);
    table.setColumnWidth(1, piece.widths[1]);
  }
  const fill = (cell: GTableCell, lines: Line[]) => {
    const [first, ...rest] = lines;
    if (first) {
      const paragraph = cell.getChild(0).asParagraph();
      paragraph.setAttributes(attributesFor(first.style, first.guidance ? { guidance: true } : {}));
    }
    for (const line of rest) writeParagraph(cell.appendParagraph(line.text), line);
  };
  fill(table.getCell(0, 0), piece.left);
  fill(table.getCell(0, 1), piece.right);
}
