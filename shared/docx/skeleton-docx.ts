import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SkeletonBlock } from '../core/outline/skeleton-block.ts';
import {
  type LayoutLine,
  type LayoutPiece,
  resolveLook,
  SKELETON_BODY_SIZE,
  SKELETON_FONT,
  SKELETON_PAGE,
  skeletonLayout,
} from '../core/outline/skeleton-layout.ts';
import { ruleIndentPt } from './text-width.ts';

// Skeleton blocks → a Word file in the NĐ 30 layout, with the `docx` package. This module and
// `docx` are loaded by import() only when someone asks for a .docx (CLI --format docx, the side
// panel's and the playground's "Tải về .docx"), so no bundle carries them otherwise.

const TWIPS_PER_PT = 20;
const TWIPS_PER_MM = 1440 / 25.4;
/** Word's default left and right cell margins (0.19 cm), which narrow the room a cell's text has. */
const CELL_MARGIN_PT = 5.4;
/** Spacing after a body paragraph: NĐ 30 asks for at least 6 pt (Phụ lục I, II.6.e). */
const AFTER_PT = 6;
/** Line spacing 1.15: NĐ 30 allows single up to 1.5 lines (Phụ lục I, II.6.e). */
const LINE_240THS = 276;

const twips = (pt: number) => Math.round(pt * TWIPS_PER_PT);
/** Millimetres to twips, rounded up: a margin at the bottom of NĐ 30's range must not fall below it. */
const mmTwips = (mm: number) => Math.ceil(mm * TWIPS_PER_MM);
const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;
const HEADING = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

/** A line's paragraph: its runs in the resolved look, a heading style when the block has one. */
function paragraph(l: LayoutLine, spacing: { after: number; line?: number }): Paragraph {
  const look = resolveLook(l);
  const level = l.style.headingLevel;
  return new Paragraph({
    alignment: ALIGN[look.alignment],
    ...(level && level >= 1 ? { style: HEADING[Math.min(level, 6) - 1] } : {}),
    indent: {
      left: twips(look.indentStartPt),
      firstLine: twips(look.indentFirstLinePt),
    },
    // A heading keeps its style's space above (6 pt); other lines start right after the one before.
    spacing: {
      ...(level && level >= 1 && spacing.line ? {} : { before: 0 }),
      after: spacing.after,
      ...(spacing.line ? { line: spacing.line } : {}),
    },
    children: l.text
      ? [
          new TextRun({
            text: l.text,
            font: look.fontFamily,
            size: look.fontSizePt * 2,
            bold: look.bold,
            italics: look.italic,
            color: hex(look.color),
          }),
        ]
      : [],
  });
}

/** The short solid line NĐ 30 draws under a line: an empty 1 pt paragraph with a bottom border. */
function ruleParagraph(l: LayoutLine, kind: 'text' | 'part', availablePt: number): Paragraph {
  const look = resolveLook(l);
  const indent = twips(ruleIndentPt(kind, l.text, look.fontSizePt, look.bold, availablePt));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

/**
 * A line and the rule under it, when it has one. Word reads a line break inside a run's text as a
 * space, so a line break in a block's text starts a new paragraph in the same look.
 */
function lineParagraphs(l: LayoutLine, availablePt: number, inTable: boolean): Paragraph[] {
  const spacing = inTable ? { after: 0 } : { after: twips(AFTER_PT), line: LINE_240THS };
  const out = l.text.split(/\r?\n/).map((text) => paragraph({ ...l, text }, spacing));
  if (l.ruleBelow) out.push(ruleParagraph(l, l.ruleBelow, availablePt));
  return out;
}

/** A two-column borderless table: the header, or Nơi nhận beside the signature. */
function columns(piece: Extract<LayoutPiece, { kind: 'columns' }>): Table {
  const cell = (lines: readonly LayoutLine[], widthPt: number) =>
    new TableCell({
      width: { size: twips(widthPt), type: WidthType.DXA },
      // A cell must hold a paragraph, even when the column has no line.
      children:
        lines.length > 0
          ? lines.flatMap((l) => lineParagraphs(l, widthPt - 2 * CELL_MARGIN_PT, true))
          : [new Paragraph({})],
    });
  const even = bodyWidthPt() / 2;
  const [left, right] = piece.widths ?? [even, even];
  return new Table({
    width: { size: twips(left + right), type: WidthType.DXA },
    columnWidths: [twips(left), twips(right)],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(piece.left, left), cell(piece.right, right)] })],
  });
}

/** The width the body text has on the page, in points. */
const bodyWidthPt = () =>
  ((SKELETON_PAGE.widthMm - SKELETON_PAGE.marginLeftMm - SKELETON_PAGE.marginRightMm) * 72) / 25.4;

/** Heading 1–6 as Word's navigation pane lists them: outline levels, Times New Roman, black. */
function headingStyle(level: number) {
  return {
    run: { font: SKELETON_FONT, size: SKELETON_BODY_SIZE * 2, color: '000000', bold: false, italics: false },
    paragraph: { outlineLevel: level - 1, keepNext: true, spacing: { before: twips(6), after: twips(6) } },
  };
}

/**
 * Page number centred in the top margin, Arabic, upright, 14 pt, not on the first page
 * (NĐ 30/2020, Phụ lục I, II.10).
 */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: SKELETON_FONT, size: 28 })],
      }),
    ],
  });
}

/** Skeleton blocks → a Word document in the NĐ 30 layout (A4, margins, Times New Roman, header table). */
export function skeletonDocument(blocks: readonly SkeletonBlock[], title = ''): Document {
  const children: Array<Paragraph | Table> = [];
  for (const piece of skeletonLayout(blocks)) {
    if (piece.kind === 'columns') children.push(columns(piece));
    else children.push(...lineParagraphs(piece.line, bodyWidthPt(), false));
  }
  // Word ends a body with a paragraph; a closing table last would get one anyway, empty.
  children.push(new Paragraph({}));
  const p = SKELETON_PAGE;
  return new Document({
    creator: 'Khung',
    title,
    styles: {
      default: {
        document: {
          run: { font: SKELETON_FONT, size: SKELETON_BODY_SIZE * 2, language: { value: 'vi-VN' } },
        },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
        heading4: headingStyle(4),
        heading5: headingStyle(5),
        heading6: headingStyle(6),
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmTwips(p.widthMm), height: mmTwips(p.heightMm) },
            margin: {
              top: mmTwips(p.marginTopMm),
              bottom: mmTwips(p.marginBottomMm),
              left: mmTwips(p.marginLeftMm),
              right: mmTwips(p.marginRightMm),
              header: mmTwips(10),
              footer: mmTwips(10),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
}

/** Skeleton blocks → the bytes of a .docx file. */
export async function skeletonToDocx(blocks: readonly SkeletonBlock[], title = ''): Promise<Uint8Array> {
  return Packer.pack(skeletonDocument(blocks, title), 'uint8array');
}
