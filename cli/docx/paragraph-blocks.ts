import type { Block, BlockStyle, PageSetup } from '../../shared/core/document/doc-model.ts';
import type { Piece, RawParagraph } from './body-reader.ts';
import type { ListCounter, ListLabel } from './list-counter.ts';
import type { ListDefinitions } from './numbering.ts';
import type { ThemeFonts } from './package-parts.ts';
import { type FontRef, intAttr, mergeProps, type ParaProps, type RunProps } from './properties.ts';
import { headingLevelOfNames } from './style-names.ts';
import type { StyleSheet } from './styles.ts';
import { wChild, type XmlNode } from './xml-events.ts';

/** What resolving a paragraph needs: the styles, the lists and their running counters, the theme. */
export interface DocxContext {
  styles: StyleSheet;
  lists: ListDefinitions;
  counter: ListCounter;
  theme: ThemeFonts;
}

/** A run's effective look, after the style hierarchy. */
interface Look {
  text: string;
  bold: boolean;
  italic: boolean;
  font?: string;
  sizePt?: number;
}

/**
 * Bold and italic are toggles in Word's styles: set in both the paragraph style and the character
 * style they cancel out; direct formatting is absolute (ECMA-376 Part 1, 17.7.3).
 */
function toggle(values: ReadonlyArray<boolean | undefined>): boolean | undefined {
  const set = values.filter((v): v is boolean => v !== undefined);
  return set.length === 0 ? undefined : set.filter(Boolean).length % 2 === 1;
}

function fontName(font: FontRef | undefined, theme: ThemeFonts): string | undefined {
  if (!font) return undefined;
  return 'family' in font ? font.family : theme[font.theme];
}

/** The numbering of a paragraph: its own w:numPr, else its style's (a heading style tied to a list). */
function listLabel(raw: RawParagraph, styleId: string | undefined, styleNum: ParaProps, ctx: DocxContext) {
  const direct = raw.para.numId !== undefined;
  const numId = direct ? raw.para.numId : styleNum.numId;
  if (numId === undefined || numId === '0') return undefined;
  const level =
    raw.para.level ??
    (direct ? undefined : styleNum.level) ??
    (styleId === undefined ? undefined : ctx.lists.levelOfStyle(numId, styleId)) ??
    0;
  return ctx.counter.next(numId, level);
}

/**
 * One paragraph → its blocks (one per line: a soft line break starts a new block, as the HTML and text
 * readers do), with Word's list label before the text and the look resolved through docDefaults →
 * table style → paragraph style (basedOn chain) → list level → character style → direct formatting.
 */
export function paragraphBlocks(raw: RawParagraph, ctx: DocxContext): Block[] {
  const { styles, theme } = ctx;
  const styleId = raw.para.styleId ?? styles.defaultId('paragraph');
  const pStyle = styles.resolve(styleId);
  const tableStyleId = raw.tableStyleId ?? (raw.cell ? styles.defaultId('table') : undefined);
  const tStyle = styles.resolve(tableStyleId);
  const label: ListLabel | undefined = listLabel(raw, styleId, pStyle.para, ctx);
  const para = mergeProps(styles.defaultPara, tStyle.para, pStyle.para, label?.level.para, raw.para);

  const look = (piece: { text: string; run: RunProps }): Look | undefined => {
    const cStyle = styles.resolve(piece.run.styleId ?? styles.defaultId('character'));
    const run = mergeProps(styles.defaultRun, tStyle.run, pStyle.run, cStyle.run, piece.run);
    if (run.hidden) return undefined;
    const out: Look = {
      text: piece.text,
      bold:
        piece.run.bold ??
        toggle([tStyle.run.bold, pStyle.run.bold, cStyle.run.bold]) ??
        styles.defaultRun.bold ??
        false,
      italic:
        piece.run.italic ??
        toggle([tStyle.run.italic, pStyle.run.italic, cStyle.run.italic]) ??
        styles.defaultRun.italic ??
        false,
    };
    const font = fontName(run.font, theme);
    if (font) out.font = font;
    if (run.halfPoints) out.sizePt = run.halfPoints / 2;
    return out;
  };

  const base: BlockStyle = {};
  const heading = headingLevelOfNames(pStyle.names);
  const outline = para.outlineLevel;
  if (heading !== undefined) base.headingLevel = heading;
  else if (outline !== undefined && outline < 9) base.headingLevel = Math.min(outline + 1, 6);
  if (para.alignment) base.alignment = para.alignment;
  if (para.indentStart !== undefined) base.indentStartPt = para.indentStart / 20;
  if (para.indentFirstLine !== undefined) base.indentFirstLinePt = para.indentFirstLine / 20;
  if (label) base.listItem = true;

  const blocks: Block[] = [];
  let prefix = label && label.text !== '' ? label.text + label.separator : '';
  for (const line of lines(raw.pieces)) {
    const looks = line.map(look).filter((l): l is Look => l !== undefined);
    const text = looks.map((l) => l.text).join('');
    if (text.trim() === '') continue;
    const visible = looks.filter((l) => l.text.trim() !== '');
    const main = visible.reduce((a, b) => (b.text.trim().length > a.text.trim().length ? b : a));
    const style: BlockStyle = {
      ...base,
      bold: visible.every((l) => l.bold),
      italic: visible.every((l) => l.italic),
    };
    if (main.font) style.fontFamily = main.font;
    if (main.sizePt) style.fontSizePt = main.sizePt;
    const block: Block = { text: prefix + text, style };
    prefix = '';
    if (raw.cell) block.table = raw.cell;
    blocks.push(block);
  }
  return blocks;
}

/** The pieces of a paragraph split at its line breaks. */
function lines(pieces: readonly Piece[]): Array<Array<{ text: string; run: RunProps }>> {
  const out: Array<Array<{ text: string; run: RunProps }>> = [[]];
  for (const piece of pieces) {
    if (piece === 'break') out.push([]);
    else out[out.length - 1]?.push(piece);
  }
  return out;
}

const mm = (twips: number) => Math.round((twips / 1440) * 25.4 * 10) / 10;

/** w:sectPr → page size and margins in mm (a gutter adds to the left margin, where Word puts it). */
export function pageSetup(section: XmlNode | undefined): PageSetup | undefined {
  const size = wChild(section, 'pgSz');
  const margins = wChild(section, 'pgMar');
  const w = intAttr(size, 'w');
  const h = intAttr(size, 'h');
  if (!margins || w === undefined || h === undefined || w <= 0 || h <= 0) return undefined;
  const m = (name: string) => Math.abs(intAttr(margins, name) ?? 0);
  return {
    widthMm: mm(w),
    heightMm: mm(h),
    marginTopMm: mm(m('top')),
    marginBottomMm: mm(m('bottom')),
    marginLeftMm: mm(m('left') + m('gutter')),
    marginRightMm: mm(m('right')),
  };
}
