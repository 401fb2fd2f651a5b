// The slice of the Apps Script API the server uses, as narrow interfaces. The real services are
// assigned to these types in the accessors below, so `tsc -p apps-script/tsconfig.server.json`
// proves that every call the server makes exists in @types/google-apps-script with a compatible
// signature; the DocumentApp fake (playground/document-app/) implements the same interfaces, so
// the server can call nothing the fake does not model.

type D = typeof GoogleAppsScript.Document;
/** The Apps Script enum types, as @types/google-apps-script declares them. */
export type ElementType = GoogleAppsScript.Document.ElementType;
export type ParagraphHeading = GoogleAppsScript.Document.ParagraphHeading;
export type HorizontalAlignment = GoogleAppsScript.Document.HorizontalAlignment;

/** Attribute maps as getAttributes()/setAttributes() take them: keys are DocumentApp.Attribute names. */
export type Attributes = Record<string, unknown>;

/** Element: its type, its parent and the as*() casts. */
export interface GElement {
  getType(): ElementType;
  getParent(): GContainer | null;
  asParagraph(): GParagraph;
  asListItem(): GParagraph;
  asTable(): GTable;
  asTableCell(): GTableCell;
  asBody(): GBody;
  asText(): GText;
}

/** ContainerElement: children and text. */
export interface GContainer extends GElement {
  getNumChildren(): number;
  getChild(childIndex: number): GElement;
  getChildIndex(child: GElement): number;
  getText(): string;
}

/** Text: edits by character offsets (end offsets are inclusive). */
export interface GText extends GElement {
  getText(): string;
  deleteText(startOffset: number, endOffsetInclusive: number): unknown;
  insertText(offset: number, text: string): unknown;
  setAttributes(startOffset: number, endOffsetInclusive: number, attributes: Attributes): unknown;
}

/** Paragraph (and ListItem, which has the same calls here). */
export interface GParagraph extends GContainer {
  getAttributes(): Attributes;
  setAttributes(attributes: Attributes): unknown;
  setHeading(heading: ParagraphHeading): unknown;
  setText(text: string): void;
  editAsText(): GText;
  removeFromParent(): unknown;
}

/** TableCell: a container of paragraphs. */
export interface GTableCell extends GContainer {
  insertParagraph(childIndex: number, text: string): GParagraph;
  appendParagraph(text: string): GParagraph;
  setPaddingTop(padding: number): unknown;
  setPaddingBottom(padding: number): unknown;
}

/** TableRow: a container of cells. */
export interface GTableRow extends GContainer {
  getNumCells(): number;
  getCell(cellIndex: number): GTableCell;
}

/** Table: rows, cells, borders and column widths. */
export interface GTable extends GContainer {
  getNumRows(): number;
  getRow(rowIndex: number): GTableRow;
  getCell(rowIndex: number, cellIndex: number): GTableCell;
  setBorderWidth(width: number): unknown;
  setColumnWidth(columnIndex: number, width: number): unknown;
  removeFromParent(): unknown;
}

/** Body of a tab: paragraphs, tables, page size and margins. */
export interface GBody extends GContainer {
  /** Includes the page attributes (PAGE_WIDTH, PAGE_HEIGHT, MARGIN_*), in points. */
  getAttributes(): Attributes;
  getParagraphs(): GParagraph[];
  getTables(): GTable[];
  insertParagraph(childIndex: number, text: string): GParagraph;
  insertTable(childIndex: number, cells: string[][]): GTable;
  getPageWidth(): number;
  getPageHeight(): number;
  getMarginTop(): number;
  getMarginBottom(): number;
  getMarginLeft(): number;
  getMarginRight(): number;
  setPageWidth(width: number): unknown;
  setPageHeight(height: number): unknown;
  setMarginTop(margin: number): unknown;
  setMarginBottom(margin: number): unknown;
  setMarginLeft(margin: number): unknown;
  setMarginRight(margin: number): unknown;
}

/** Position: the cursor. */
export interface GPosition {
  getElement(): GElement;
  getOffset(): number;
  /** Documented to return null when the position does not allow inserting text. */
  insertText(text: string): GText | null;
}

/** RangeElement: one element of a selection. */
export interface GRangeElement {
  getElement(): GElement;
  isPartial(): boolean;
  getStartOffset(): number;
  getEndOffsetInclusive(): number;
}

/** Range: a selection. */
export interface GRange {
  getRangeElements(): GRangeElement[];
}

/** RangeBuilder: builds a Range to select. */
export interface GRangeBuilder {
  addElement(element: GElement): GRangeBuilder;
  build(): GRange;
}

/** DocumentTab: a tab holding a body. */
export interface GDocumentTab {
  getBody(): GBody;
}

/** Tab of a document. */
export interface GTab {
  asDocumentTab(): GDocumentTab;
}

/** Document: tabs, cursor and selection. */
export interface GDocument {
  getName(): string;
  getBody(): GBody;
  getActiveTab(): GTab;
  /** null when the user has a selection instead of a cursor, or when the document has no focus. */
  getCursor(): GPosition | null;
  /** Documented to return null when nothing is selected. */
  getSelection(): GRange | null;
  setSelection(range: GRange): unknown;
  /** Moves the user's cursor (a position from newPosition); the selection is cleared. */
  setCursor(position: GPosition): unknown;
  newRange(): GRangeBuilder;
  /** A position in an element (a Text or a Paragraph), as the cursor is one. */
  newPosition(element: GElement, offset: number): GPosition;
}

/** DocumentApp: the enums and the active document. */
export interface GDocumentApp {
  Attribute: D['Attribute'];
  ElementType: D['ElementType'];
  HorizontalAlignment: D['HorizontalAlignment'];
  ParagraphHeading: D['ParagraphHeading'];
  getActiveDocument(): GDocument;
  getUi(): GUi;
}

/** Menu: the add-on menu. */
export interface GMenu {
  addItem(caption: string, functionName: string): GMenu;
  addSeparator(): GMenu;
  addToUi(): void;
}

/** HtmlOutput: a file read from the project. */
export interface GHtmlOutput {
  getContent(): string;
  setTitle(title: string): GHtmlOutput;
}

/** Ui: the add-on menu and the sidebar. */
export interface GUi {
  createAddonMenu(): GMenu;
  showSidebar(userInterface: GHtmlOutput): void;
}

/** HtmlService: reads the project's HTML files. */
export interface GHtmlService {
  createHtmlOutputFromFile(filename: string): GHtmlOutput;
}

/** Properties: a key-value store. */
export interface GProperties {
  getProperty(key: string): string | null;
  getProperties(): Record<string, string>;
  setProperties(properties: Record<string, string>): unknown;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

/** PropertiesService: the user's store. */
export interface GPropertiesService {
  getUserProperties(): GProperties;
}

// The accessors read the globals at call time (Apps Script defines them; tests install the fake).
// Assigning the real typed globals to the narrow types is the compile-time compatibility proof.

/** DocumentApp, typed as the slice the server uses. */
export function documentApp(): GDocumentApp {
  const real: GoogleAppsScript.Document.DocumentApp = DocumentApp;
  return real;
}

/** The user's property store (per user, per script). */
export function userProperties(): GProperties {
  const real: GoogleAppsScript.Properties.Properties = PropertiesService.getUserProperties();
  return real;
}

/** HtmlService, for the sidebar file. */
export function htmlService(): GHtmlService {
  const real: GoogleAppsScript.HTML.HtmlService = HtmlService;
  return real;
}
