import { z } from 'zod';

/** Paragraph alignment as hosts report it. */
export const Alignment = z.enum(['left', 'center', 'right', 'justify']);
export type Alignment = z.infer<typeof Alignment>;

/**
 * What a host knows about a paragraph's look. Every field is optional: plain text knows none,
 * Google Docs knows all. Sizes in points, lengths in points (1 cm = 28.35 pt).
 */
export const BlockStyle = z.object({
  /** Host's named heading level: 0 = Title, 1..6 = Heading 1..6. Absent = normal text. */
  headingLevel: z.number().int().min(0).max(6).optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  alignment: Alignment.optional(),
  fontFamily: z.string().optional(),
  fontSizePt: z.number().positive().optional(),
  indentFirstLinePt: z.number().optional(),
  indentStartPt: z.number().optional(),
  /** The host rendered this paragraph as a list item (bullet or number it generated itself). */
  listItem: z.boolean().optional(),
});
export type BlockStyle = z.infer<typeof BlockStyle>;

/** Where a block sits inside a table, when it does. */
export const TableCellRef = z.object({
  table: z.number().int().min(0),
  row: z.number().int().min(0),
  cell: z.number().int().min(0),
});
export type TableCellRef = z.infer<typeof TableCellRef>;

/**
 * One paragraph (or one paragraph of a table cell). `locator` is opaque to the core: each host puts
 * there what it needs to find the paragraph again (a paragraph index, a DOM path, a line number).
 */
export const Block = z.object({
  text: z.string(),
  style: BlockStyle,
  table: TableCellRef.optional(),
  /** 1-based line in the source file, when the host read a text file. */
  line: z.number().int().positive().optional(),
  locator: z.union([z.string(), z.number()]).optional(),
});
export type Block = z.infer<typeof Block>;

/** Page setup in millimetres, when the host knows it. */
export const PageSetup = z.object({
  widthMm: z.number().positive(),
  heightMm: z.number().positive(),
  marginTopMm: z.number().min(0),
  marginBottomMm: z.number().min(0),
  marginLeftMm: z.number().min(0),
  marginRightMm: z.number().min(0),
});
export type PageSetup = z.infer<typeof PageSetup>;

export const DocMeta = z.object({
  /** A name for messages: a file name, a Docs title. */
  name: z.string().optional(),
  /** Which host built the model: 'text', 'markdown', 'html', 'docx', 'gdoc', 'web'. */
  source: z.string().optional(),
  page: PageSetup.optional(),
  /** True when the host gave real paragraph styles (headings, bold), so style can be trusted. */
  styled: z.boolean().optional(),
});
export type DocMeta = z.infer<typeof DocMeta>;

/** The one document shape every host translates into and the core reads. */
export const DocModel = z.object({ blocks: z.array(Block), meta: DocMeta });
export type DocModel = z.infer<typeof DocModel>;
