import type { Attributes, GBody, GParagraph, GTable } from '../../apps-script/server/gas-api.ts';
import { FakeContainer, type FakeContext, type FakeElement } from './element.ts';
import { FakeParagraph } from './paragraph.ts';
import { FakeTable, FakeTableCell } from './table.ts';

/** A4 in points, with Docs' default 1-inch margins. */
const DEFAULT_PAGE = { width: 595.276, height: 841.89, top: 72, bottom: 72, left: 72, right: 72 };

/** The body of one tab: paragraphs, list items and tables; a new body holds one empty paragraph. */
export class FakeBody extends FakeContainer implements GBody {
  readonly kind = 'BODY_SECTION' as const;
  protected readonly label = 'Body';
  page = { ...DEFAULT_PAGE };

  constructor(ctx: FakeContext) {
    super(ctx);
    this.adopt(new FakeParagraph(ctx, ''));
  }

  /** Body text: each top-level element's text on its own line, as Body.getText() returns it. */
  plainText(): string {
    return this.children.map((c) => c.plainText()).join('\n');
  }

  /** The body's attributes: page size and margins in points, as the Attribute enum documents them. */
  getAttributes(): Attributes {
    this.count('getAttributes');
    const { width, height, top, bottom, left, right } = this.page;
    return {
      PAGE_WIDTH: width,
      PAGE_HEIGHT: height,
      MARGIN_TOP: top,
      MARGIN_BOTTOM: bottom,
      MARGIN_LEFT: left,
      MARGIN_RIGHT: right,
    };
  }

  /** Every paragraph and list item, tables included, in document order (documented as "all"). */
  getParagraphs(): GParagraph[] {
    this.count('getParagraphs');
    return this.allParagraphs();
  }

  getTables(): GTable[] {
    this.count('getTables');
    return this.children.filter((c): c is FakeTable => c instanceof FakeTable);
  }

  insertParagraph(childIndex: number, text: string): GParagraph {
    this.count('insertParagraph');
    return this.adopt(new FakeParagraph(this.ctx, text), childIndex);
  }

  /**
   * Docs keeps a paragraph before every table: the Docs API documents that insertTable adds a newline
   * before the table; the fake does so when the table would otherwise open the body.
   */
  insertTable(childIndex: number, cells: string[][]): GTable {
    this.count('insertTable');
    const table = new FakeTable(this.ctx, cells);
    if (childIndex === 0) this.adopt(new FakeParagraph(this.ctx, ''), 0);
    return this.adopt(table, childIndex === 0 ? 1 : childIndex);
  }

  getPageWidth(): number {
    this.count('getPageWidth');
    return this.page.width;
  }
  getPageHeight(): number {
    this.count('getPageHeight');
    return this.page.height;
  }
  getMarginTop(): number {
    this.count('getMarginTop');
    return this.page.top;
  }
  getMarginBottom(): number {
    this.count('getMarginBottom');
    return this.page.bottom;
  }
  getMarginLeft(): number {
    this.count('getMarginLeft');
    return this.page.left;
  }
  getMarginRight(): number {
    this.count('getMarginRight');
    return this.page.right;
  }
  setPageWidth(width: number): FakeBody {
    this.count('setPageWidth');
    this.page.width = width;
    return this;
  }
  setPageHeight(height: number): FakeBody {
    this.count('setPageHeight');
    this.page.height = height;
    return this;
  }
  setMarginTop(margin: number): FakeBody {
    this.count('setMarginTop');
    this.page.top = margin;
    return this;
  }
  setMarginBottom(margin: number): FakeBody {
    this.count('setMarginBottom');
    this.page.bottom = margin;
    return this;
  }
  setMarginLeft(margin: number): FakeBody {
    this.count('setMarginLeft');
    this.page.left = margin;
    return this;
  }
  setMarginRight(margin: number): FakeBody {
    this.count('setMarginRight');
    this.page.right = margin;
    return this;
  }

  /** Every paragraph in order, tables included (uncounted). */
  allParagraphs(): FakeParagraph[] {
    const out: FakeParagraph[] = [];
    const walk = (el: FakeElement) => {
      if (el instanceof FakeParagraph) out.push(el);
      else if (el instanceof FakeTable)
        for (const row of el.rows()) for (const cell of row.cells()) cell.children.forEach(walk);
      else if (el instanceof FakeTableCell) el.children.forEach(walk);
    };
    this.children.forEach(walk);
    return out;
  }

  /** Appends a paragraph (uncounted), for building test documents. */
  addParagraph(
    text: string,
    options: { heading?: string; attrs?: Record<string, unknown>; listItem?: boolean } = {},
  ): FakeParagraph {
    const p = this.adopt(new FakeParagraph(this.ctx, text, options.listItem));
    if (options.heading) p.attrs.HEADING = options.heading;
    if (options.attrs) for (const run of p.runs) Object.assign(run.attrs, options.attrs);
    return p;
  }

  /** Appends a table (uncounted). */
  addTable(cells: string[][]): FakeTable {
    return this.adopt(new FakeTable(this.ctx, cells));
  }
}
