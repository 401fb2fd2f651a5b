import type { Alignment, Block, BlockStyle, TableCellRef } from '../../shared/core/document/doc-model.ts';
import { elementStyle, firstFamily, readAlignment, type StyleSheet } from './html-style.ts';

/** Elements that start and end paragraphs: text on either side of them belongs to different blocks. */
export const BLOCK = new Set(
  (
    'p div h1 h2 h3 h4 h5 h6 li td th blockquote pre ul ol dl dt dd table tr thead tbody tfoot caption ' +
    'section article header footer nav aside main address figure figcaption form fieldset legend center ' +
    'body html hr details summary menu dir dialog hgroup search listing'
  ).split(' '),
);
/** Heading elements and their levels. */
const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** A table being read: its index in document order and the row and cell reached so far. */
export interface TableCounter {
  index: number;
  row: number;
  cell: number;
}

/** An element and everything it passes down to the text inside it. */
export interface Frame {
  bold: boolean;
  italic: boolean;
  fontFamily: string | undefined;
  fontSizePt: number | undefined;
  alignment: Alignment | undefined;
  indentFirstLinePt: number | undefined;
  /** margin-left of the nearest block element only (margins are not inherited). */
  indentStartPt: number | undefined;
  headingLevel: number | undefined;
  listItem: boolean;
  cell: TableCellRef | undefined;
  table: TableCounter | undefined;
  pre: boolean;
  hidden: boolean;
}

/** A piece of text and the look of the element it sits in. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  fontFamily: string | undefined;
  fontSizePt: number | undefined;
}

/** The frame outside every element. */
export const ROOT: Frame = {
  bold: false,
  italic: false,
  fontFamily: undefined,
  fontSizePt: undefined,
  alignment: undefined,
  indentFirstLinePt: undefined,
  indentStartPt: undefined,
  headingLevel: undefined,
  listItem: false,
  cell: undefined,
  table: undefined,
  pre: false,
  hidden: false,
};

/** The frame of an element: what it inherits from its parent, then its tag, attributes and CSS. */
export function makeFrame(
  name: string,
  attrs: ReadonlyMap<string, string>,
  parent: Frame,
  sheet: StyleSheet,
): Frame {
  const frame: Frame = { ...parent };
  const isBlock = BLOCK.has(name);
  const classes = (attrs.get('class') ?? '').split(/\s+/).filter((c) => c !== '');
  if (name === 'b' || name === 'strong') frame.bold = true;
  if (name === 'i' || name === 'em') frame.italic = true;
  const face = name === 'font' ? attrs.get('face') : undefined;
  const family = face === undefined ? undefined : firstFamily(face);
  if (family) frame.fontFamily = family;
  if (isBlock) frame.indentStartPt = undefined;
  const level = HEADING[name];
  if (level !== undefined) frame.headingLevel = level;
  // Google Docs exports the Title style as <p class="title">; readDocument maps Word's Title the same way.
  if ((name === 'p' || level !== undefined) && classes.includes('title')) frame.headingLevel = 0;
  if (name === 'li') frame.listItem = true;
  if (name === 'pre' || name === 'listing') frame.pre = true;
  if (name === 'center') frame.alignment = 'center';
  const align = attrs.get('align');
  const alignment = align !== undefined && isBlock && name !== 'table' ? readAlignment(align) : undefined;
  if (alignment) frame.alignment = alignment;

  const css = elementStyle(sheet, name, classes, attrs.get('style'));
  if (css.bold !== undefined) frame.bold = css.bold;
  if (css.italic !== undefined) frame.italic = css.italic;
  if (css.fontFamily !== undefined) frame.fontFamily = css.fontFamily;
  if (css.fontSizePt !== undefined) frame.fontSizePt = css.fontSizePt;
  if (isBlock && css.alignment !== undefined) frame.alignment = css.alignment;
  if (isBlock && css.indentFirstLinePt !== undefined) frame.indentFirstLinePt = css.indentFirstLinePt;
  if (isBlock && css.indentStartPt !== undefined) frame.indentStartPt = css.indentStartPt;
  if (css.hidden) frame.hidden = true;
  return frame;
}

/** A block from its text, the runs it was made of, and the frame of the element it ends in. */
export function makeBlock(text: string, runs: readonly Run[], f: Frame): Block {
  const style: BlockStyle = {};
  if (f.headingLevel !== undefined) style.headingLevel = f.headingLevel;
  // Bold/italic/font only when they cover ALL the visible text; a bold word doesn't make a bold paragraph.
  const inked = runs.filter((r) => /\S/.test(r.text));
  if (inked.every((r) => r.bold)) style.bold = true;
  if (inked.every((r) => r.italic)) style.italic = true;
  const family = inked[0]?.fontFamily;
  if (family !== undefined && inked.every((r) => r.fontFamily === family)) style.fontFamily = family;
  const size = inked[0]?.fontSizePt;
  if (size !== undefined && inked.every((r) => r.fontSizePt === size)) style.fontSizePt = size;
  if (f.alignment !== undefined) style.alignment = f.alignment;
  if (f.indentFirstLinePt !== undefined) style.indentFirstLinePt = f.indentFirstLinePt;
  if (f.indentStartPt !== undefined) style.indentStartPt = f.indentStartPt;
  if (f.listItem) style.listItem = true;
  const block: Block = { text, style };
  if (f.cell) block.table = { ...f.cell };
  return block;
}
