import type { TableCellRef } from '../../shared/core/document/doc-model.ts';
import { type ParaProps, paraProps, type RunProps, runProps } from './properties.ts';
import {
  MC_NS,
  TreeBuilder,
  W_NS,
  wChild,
  type XmlElement,
  type XmlHandler,
  type XmlNode,
} from './xml-events.ts';

/** A stretch of text with the direct properties of its run, or a line break inside the paragraph. */
export type Piece = { text: string; run: RunProps } | 'break';

/** One paragraph as document.xml writes it: direct properties only, resolved later. */
export interface RawParagraph {
  para: ParaProps;
  pieces: Piece[];
  cell?: TableCellRef;
  /** The style of the table the paragraph sits in (w:tblStyle). */
  tableStyleId?: string;
}

/**
 * Skipped whole: deleted and moved-away text (tracked changes show the document as accepted), field
 * codes (their result is read), the old properties of a tracked change, content-control settings.
 */
const SKIP = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'fldData',
  'sdtPr',
  'sdtEndPr',
  'footnoteReference',
  'endnoteReference',
]);

interface Table {
  index: number;
  row: number;
  cell: number;
  styleId?: string;
}
interface Paragraph {
  para: ParaProps;
  pieces: Piece[];
  cell?: TableCellRef;
  tableStyleId?: string;
}
interface Run {
  props: RunProps;
  paragraph: Paragraph;
  /** The piece this run is writing to, so one run's text stays one piece. */
  open?: { text: string; run: RunProps };
}

/**
 * Reads document.xml as a stream of events: paragraphs (of the body, of table cells at any depth, of
 * text boxes) are handed over as they close, in reading order; only small property blocks (w:pPr,
 * w:rPr, w:tblPr, w:sectPr) are kept as trees. Memory stays at one paragraph plus what the caller keeps.
 */
export class BodyReader implements XmlHandler {
  /** The first section's properties (page size and margins), in document order. */
  section: XmlNode | undefined;
  private readonly stack: XmlElement[] = [];
  private skipAt = -1;
  private capture: { tree: TreeBuilder; kind: string } | undefined;
  private readonly paragraphs: Paragraph[] = [];
  private readonly runs: Run[] = [];
  private readonly tables: Table[] = [];
  private tableCount = 0;
  private inText = false;

  constructor(private readonly emit: (paragraph: RawParagraph) => void) {}

  open(el: XmlElement): void {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(el);
    if (this.skipAt >= 0) return;
    if (this.capture) {
      this.capture.tree.open(el);
      return;
    }
    if (el.ns === MC_NS && el.local === 'Fallback') {
      // mc:Choice and mc:Fallback hold the same content twice (a text box as DrawingML and as VML).
      this.skipAt = this.stack.length - 1;
      return;
    }
    if (!W_NS.has(el.ns)) return;
    const inRun = parent?.local === 'r';
    switch (el.local) {
      case 'p':
        this.paragraphs.push(this.newParagraph());
        return;
      case 'r': {
        const paragraph = this.paragraphs[this.paragraphs.length - 1];
        if (paragraph) this.runs.push({ props: {}, paragraph });
        return;
      }
      case 't':
        this.inText = inRun;
        return;
      case 'tab':
        if (inRun) this.addText('\t');
        return;
      case 'noBreakHyphen':
        if (inRun) this.addText('-');
        return;
      case 'br':
        if (inRun && (el.attrs.type === undefined || el.attrs.type === 'textWrapping')) this.addBreak();
        return;
      case 'cr':
        if (inRun) this.addBreak();
        return;
      case 'tbl':
        this.tables.push({ index: this.tableCount++, row: -1, cell: -1 });
        return;
      case 'tr': {
        const table = this.tables[this.tables.length - 1];
        if (table) {
          table.row++;
          table.cell = -1;
        }
        return;
      }
      case 'tc': {
        const table = this.tables[this.tables.length - 1];
        if (table) table.cell++;
        return;
      }
    }
    const owner = parent?.local;
    const kind =
      (el.local === 'pPr' && owner === 'p') ||
      (el.local === 'rPr' && owner === 'r') ||
      (el.local === 'tblPr' && owner === 'tbl') ||
      (el.local === 'sectPr' && owner === 'body')
        ? el.local
        : undefined;
    if (kind) {
      this.capture = { tree: new TreeBuilder(), kind };
      this.capture.tree.open(el);
    } else if (SKIP.has(el.local)) this.skipAt = this.stack.length - 1;
  }

  close(el: XmlElement): void {
    this.stack.pop();
    if (this.skipAt >= 0) {
      if (this.stack.length === this.skipAt) this.skipAt = -1;
      return;
    }
    if (this.capture) {
      this.capture.tree.close();
      if (this.capture.tree.done) this.captured(this.capture.kind, this.capture.tree.root());
      return;
    }
    if (!W_NS.has(el.ns)) return;
    if (el.local === 't') this.inText = false;
    else if (el.local === 'r') this.runs.pop();
    else if (el.local === 'tbl') this.tables.pop();
    else if (el.local === 'p') {
      const paragraph = this.paragraphs.pop();
      if (paragraph) this.emit(paragraph);
    }
  }

  text(text: string): void {
    if (this.inText && this.skipAt < 0 && !this.capture) this.addText(text);
  }

  private newParagraph(): Paragraph {
    const paragraph: Paragraph = { para: {}, pieces: [] };
    const table = this.tables[this.tables.length - 1];
    if (table) {
      paragraph.cell = { table: table.index, row: Math.max(0, table.row), cell: Math.max(0, table.cell) };
      if (table.styleId) paragraph.tableStyleId = table.styleId;
    }
    return paragraph;
  }

  private captured(kind: string, node: XmlNode | undefined): void {
    this.capture = undefined;
    if (kind === 'pPr') {
      const paragraph = this.paragraphs[this.paragraphs.length - 1];
      if (paragraph) paragraph.para = paraProps(node);
      this.section ??= wChild(node, 'sectPr');
    } else if (kind === 'rPr') {
      const run = this.runs[this.runs.length - 1];
      if (run) run.props = runProps(node);
    } else if (kind === 'tblPr') {
      const table = this.tables[this.tables.length - 1];
      const style = wChild(node, 'tblStyle')?.attrs.val;
      if (table && style) table.styleId = style;
    } else if (kind === 'sectPr') this.section ??= node;
  }

  private addText(text: string): void {
    const run = this.runs[this.runs.length - 1];
    if (!run) return;
    if (run.open) run.open.text += text;
    else {
      run.open = { text, run: run.props };
      run.paragraph.pieces.push(run.open);
    }
  }

  private addBreak(): void {
    const run = this.runs[this.runs.length - 1];
    if (!run) return;
    run.paragraph.pieces.push('break');
    delete run.open;
  }
}
