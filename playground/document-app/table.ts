import type { GParagraph, GTable, GTableCell, GTableRow } from '../../apps-script/server/gas-api.ts';
import { FakeContainer, type FakeContext } from './element.ts';
import { FakeParagraph } from './paragraph.ts';

/** A table cell: a container of paragraphs (never empty: it keeps at least one paragraph). */
export class FakeTableCell extends FakeContainer implements GTableCell {
  readonly kind = 'TABLE_CELL' as const;
  protected readonly label = 'TableCell';
  padding: { top?: number; bottom?: number } = {};

  constructor(ctx: FakeContext, text: string) {
    super(ctx);
    this.adopt(new FakeParagraph(ctx, text));
  }

  plainText(): string {
    return this.children.map((c) => c.plainText()).join('\n');
  }

  insertParagraph(childIndex: number, text: string): GParagraph {
    this.count('insertParagraph');
    return this.adopt(new FakeParagraph(this.ctx, text), childIndex);
  }

  appendParagraph(text: string): GParagraph {
    this.count('appendParagraph');
    return this.adopt(new FakeParagraph(this.ctx, text));
  }

  setPaddingTop(padding: number): FakeTableCell {
    this.count('setPaddingTop');
    this.padding.top = padding;
    return this;
  }

  setPaddingBottom(padding: number): FakeTableCell {
    this.count('setPaddingBottom');
    this.padding.bottom = padding;
    return this;
  }

  /** The paragraphs of this cell (uncounted). */
  paragraphs(): FakeParagraph[] {
    return this.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  }
}

/** A table row: a container of cells. */
export class FakeTableRow extends FakeContainer implements GTableRow {
  readonly kind = 'TABLE_ROW' as const;
  protected readonly label = 'TableRow';

  plainText(): string {
    return this.children.map((c) => c.plainText()).join('\t');
  }

  getNumCells(): number {
    this.count('getNumCells');
    return this.children.length;
  }

  getCell(cellIndex: number): GTableCell {
    this.count('getCell');
    return cellAt(this, cellIndex);
  }

  /** The cells (uncounted). */
  cells(): FakeTableCell[] {
    return this.children as FakeTableCell[];
  }
}

/** A table built from a string grid, as Body.insertTable(index, cells) documents. */
export class FakeTable extends FakeContainer implements GTable {
  readonly kind = 'TABLE' as const;
  protected readonly label = 'Table';
  borderWidth = 1;
  readonly columnWidths = new Map<number, number>();

  constructor(ctx: FakeContext, cells: string[][]) {
    super(ctx);
    if (cells.length === 0 || cells.some((r) => r.length === 0))
      throw new Error('Table must have at least one cell.');
    for (const rowTexts of cells) {
      const row = this.adopt(new FakeTableRow(ctx));
      for (const text of rowTexts) row.adopt(new FakeTableCell(ctx, text));
    }
  }

  plainText(): string {
    return this.children.map((c) => c.plainText()).join('\n');
  }

  getNumRows(): number {
    this.count('getNumRows');
    return this.children.length;
  }

  getRow(rowIndex: number): GTableRow {
    this.count('getRow');
    const row = this.children[rowIndex];
    if (!row) throw new Error(`Row index (${rowIndex}) out of range.`);
    return row as FakeTableRow;
  }

  getCell(rowIndex: number, cellIndex: number): GTableCell {
    this.count('getCell');
    const row = this.children[rowIndex];
    if (!row) throw new Error(`Row index (${rowIndex}) out of range.`);
    return cellAt(row as FakeTableRow, cellIndex);
  }

  setBorderWidth(width: number): FakeTable {
    this.count('setBorderWidth');
    this.borderWidth = width;
    return this;
  }

  setColumnWidth(columnIndex: number, width: number): FakeTable {
    this.count('setColumnWidth');
    this.columnWidths.set(columnIndex, width);
    return this;
  }

  removeFromParent(): FakeTable {
    this.count('removeFromParent');
    this.detach();
    return this;
  }

  /** The rows (uncounted). */
  rows(): FakeTableRow[] {
    return this.children as FakeTableRow[];
  }
}

function cellAt(row: FakeTableRow, cellIndex: number): FakeTableCell {
  const cell = row.children[cellIndex];
  if (!cell) throw new Error(`Cell index (${cellIndex}) out of range.`);
  return cell as FakeTableCell;
}
