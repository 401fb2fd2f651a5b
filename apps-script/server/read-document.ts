import type {
  Block,
  BlockStyle,
  DocModel,
  PageSetup,
  TableCellRef,
} from '../../shared/core/document/doc-model.ts';
import { alignmentOf, headingLevelOf } from './enum-values.ts';
import { type Attributes, documentApp, type GBody, type GDocument, type GParagraph } from './gas-api.ts';
import { textSignature } from './signature.ts';

/** The active tab read into a DocModel, with the paragraph behind each block. */
export interface ReadResult {
  document: GDocument;
  body: GBody;
  doc: DocModel;
  /** paragraphs[i] is the Docs paragraph of doc.blocks[i]. */
  paragraphs: GParagraph[];
  signature: string;
}

/** The body of the active tab (Docs has tabs); documents without tab support fall back to getBody(). */
export function activeBody(document: GDocument): GBody {
  try {
    return document.getActiveTab().asDocumentTab().getBody();
  } catch {
    return document.getBody();
  }
}

/** Blank paragraphs are layout, not content: the core never sees them (as in docFromText). */
export const isContent = (text: string) => text.trim().length > 0;

/** Cheap change detection: one call for the whole tab's text. */
export function bodySignature(body: GBody): string {
  return textSignature(body.getText());
}

/** The active tab's body and its whole text: what a poll reads, and a full read can start from. */
export interface TabText {
  document: GDocument;
  body: GBody;
  text: string;
}

/** Reads the active tab's text in one call (after the calls that reach the tab). */
export function activeTabText(): TabText {
  const document = documentApp().getActiveDocument();
  const body = activeBody(document);
  return { document, body, text: body.getText() };
}

/**
 * Reads the active tab in one pass: each paragraph's text and attributes (getText + getAttributes,
 * never per character), the table cells, the page setup. About 2 calls a paragraph plus a few per
 * table (Apps Script best practices: minimise calls to services). `known`, when a poll has just read
 * the tab's text, saves reaching the tab and reading the text a second time.
 */
export function readDocument(known?: TabText): ReadResult {
  const document = known?.document ?? documentApp().getActiveDocument();
  const body = known?.body ?? activeBody(document);
  const all = body.getParagraphs();
  const cells = tableCells(body, all.length);
  const blocks: Block[] = [];
  const paragraphs: GParagraph[] = [];
  all.forEach((paragraph, index) => {
    const text = paragraph.getText();
    if (!isContent(text)) return;
    const block: Block = { text, style: styleOf(paragraph.getAttributes()), locator: index };
    const cell = cells.get(index);
    if (cell) block.table = cell;
    blocks.push(block);
    paragraphs.push(paragraph);
  });
  const doc: DocModel = {
    blocks,
    meta: { name: document.getName(), source: 'gdoc', styled: true, page: pageOf(body) },
  };
  return {
    document,
    body,
    doc,
    paragraphs,
    signature: known ? textSignature(known.text) : bodySignature(body),
  };
}

/** Docs attributes → BlockStyle; null means "inherited from the named style", so it is left out. */
export function styleOf(attrs: Attributes): BlockStyle {
  const style: BlockStyle = {};
  const level = headingLevelOf(attrs.HEADING);
  if (level !== undefined) style.headingLevel = level;
  if (typeof attrs.BOLD === 'boolean') style.bold = attrs.BOLD;
  if (typeof attrs.ITALIC === 'boolean') style.italic = attrs.ITALIC;
  const alignment = alignmentOf(attrs.HORIZONTAL_ALIGNMENT);
  if (alignment) style.alignment = alignment;
  if (typeof attrs.FONT_FAMILY === 'string' && attrs.FONT_FAMILY) style.fontFamily = attrs.FONT_FAMILY;
  if (typeof attrs.FONT_SIZE === 'number' && attrs.FONT_SIZE > 0) style.fontSizePt = attrs.FONT_SIZE;
  const start = typeof attrs.INDENT_START === 'number' ? attrs.INDENT_START : undefined;
  if (start !== undefined) style.indentStartPt = start;
  // Docs measures the first line from the margin; NĐ 30's "lùi đầu dòng" is relative to the paragraph.
  if (typeof attrs.INDENT_FIRST_LINE === 'number')
    style.indentFirstLinePt = attrs.INDENT_FIRST_LINE - (start ?? 0);
  if (attrs.LIST_ID !== null && attrs.LIST_ID !== undefined) style.listItem = true;
  return style;
}

const mm = (pt: number) => Math.round(((pt * 25.4) / 72) * 10) / 10;

/**
 * Page size and margins from one getAttributes() call (the PAGE_* and MARGIN_* attributes); the six
 * getters only when an attribute is missing.
 */
function pageOf(body: GBody): PageSetup | undefined {
  const attrs = body.getAttributes();
  const pt = (key: string, getter: () => number) =>
    typeof attrs[key] === 'number' ? (attrs[key] as number) : getter();
  const page = {
    widthMm: mm(pt('PAGE_WIDTH', () => body.getPageWidth())),
    heightMm: mm(pt('PAGE_HEIGHT', () => body.getPageHeight())),
    marginTopMm: mm(pt('MARGIN_TOP', () => body.getMarginTop())),
    marginBottomMm: mm(pt('MARGIN_BOTTOM', () => body.getMarginBottom())),
    marginLeftMm: mm(pt('MARGIN_LEFT', () => body.getMarginLeft())),
    marginRightMm: mm(pt('MARGIN_RIGHT', () => body.getMarginRight())),
  };
  return page.widthMm > 0 && page.heightMm > 0 ? page : undefined;
}

/**
 * Which of body.getParagraphs() sit in a table cell. getParagraphs() lists table paragraphs in
 * document order, so each top-level table's paragraphs start at (its child index − tables before it
 * + their paragraphs). When the body holds anything else at top level (a table of contents) or a
 * nested table, the counts disagree and no cell is reported rather than a wrong one.
 */
function tableCells(body: GBody, paragraphCount: number): Map<number, TableCellRef> {
  const cells = new Map<number, TableCellRef>();
  const tables = body.getTables();
  if (tables.length === 0) return cells;
  let inTables = 0;
  try {
    tables.forEach((table, k) => {
      let next = body.getChildIndex(table) - k + inTables;
      const start = next;
      const rows = table.getNumRows();
      for (let r = 0; r < rows; r++) {
        const row = table.getRow(r);
        const count = row.getNumCells();
        for (let c = 0; c < count; c++) {
          const n = row.getCell(c).getNumChildren();
          for (let j = 0; j < n; j++) cells.set(next++, { table: k, row: r, cell: c });
        }
      }
      inTables += next - start;
    });
  } catch {
    return new Map();
  }
  const topLevel = paragraphCount - inTables + tables.length;
  return topLevel === body.getNumChildren() ? cells : new Map();
}
