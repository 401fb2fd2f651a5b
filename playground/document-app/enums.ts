// DocumentApp enums. In Apps Script they are opaque enum objects that stringify to their names; the
// fake uses the names themselves, which keeps them comparable with === and usable as attribute keys.
const names = <const T extends readonly string[]>(...items: T) =>
  Object.freeze(Object.fromEntries(items.map((n) => [n, n]))) as { readonly [K in T[number]]: K };

/** ParagraphHeading names. */
export const ParagraphHeadingNames = names(
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
);
/** The ElementType names the fake produces. */
export const ElementTypeNames = names(
  'BODY_SECTION',
  'PARAGRAPH',
  'LIST_ITEM',
  'TABLE',
  'TABLE_ROW',
  'TABLE_CELL',
  'TEXT',
);
/** HorizontalAlignment names. */
export const HorizontalAlignmentNames = names('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
/** Attribute names (the keys of getAttributes()). */
export const AttributeNames = names(
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
);

type Doc = typeof GoogleAppsScript.Document;
/** The enums typed as @types/google-apps-script declares them. */
export const ParagraphHeading = ParagraphHeadingNames as unknown as Doc['ParagraphHeading'];
/** ElementType, typed as declared. */
export const ElementType = ElementTypeNames as unknown as Doc['ElementType'];
/** HorizontalAlignment, typed as declared. */
export const HorizontalAlignment = HorizontalAlignmentNames as unknown as Doc['HorizontalAlignment'];
/** Attribute, typed as declared. */
export const Attribute = AttributeNames as unknown as Doc['Attribute'];

/** An element type name. */
export type ElementKind = keyof typeof ElementTypeNames;
/** A paragraph heading name. */
export type HeadingName = keyof typeof ParagraphHeadingNames;

/** Attributes that live on the characters (runs); the rest live on the paragraph. */
export const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'BACKGROUND_COLOR',
  'BOLD',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'ITALIC',
  'LINK_URL',
  'STRIKETHROUGH',
  'UNDERLINE',
]);
/** Paragraph attributes a plain paragraph reports; list items add LIST_ID, NESTING_LEVEL, GLYPH_TYPE. */
export const PARAGRAPH_ATTRIBUTES: readonly string[] = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'SPACING_AFTER',
  'SPACING_BEFORE',
];
/** Attributes only list items have. */
export const LIST_ATTRIBUTES: readonly string[] = ['LIST_ID', 'NESTING_LEVEL', 'GLYPH_TYPE'];
