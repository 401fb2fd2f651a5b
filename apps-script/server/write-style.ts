import type { BlockStyle } from '../../shared/core/document/doc-model.ts';
import { alignmentFor, headingFor } from './enum-values.ts';
import type { Attributes, GParagraph } from './gas-api.ts';

/** NĐ 30/2020, Phụ lục I, I.4: Times New Roman; body text 13–14 pt (14 here). */
export const FONT = 'Times New Roman';
/** Body text size in points. */
export const BODY_SIZE = 14;
/** Guidance paragraphs are the đề cương's prompts: grey italics, so nobody mistakes them for content. */
export const GUIDANCE_COLOR = '#7f7f7f';
const TEXT_COLOR = '#000000';

/**
 * The attributes that make a paragraph look as its BlockStyle says, with every character attribute
 * set explicitly: Docs' named heading styles bring their own font, size and colour otherwise.
 */
export function attributesFor(style: BlockStyle, options: { guidance?: boolean } = {}): Attributes {
  const attrs: Attributes = {
    FONT_FAMILY: style.fontFamily ?? FONT,
    FONT_SIZE: style.fontSizePt ?? BODY_SIZE,
    BOLD: style.bold ?? false,
    ITALIC: style.italic ?? options.guidance ?? false,
    FOREGROUND_COLOR: options.guidance ? GUIDANCE_COLOR : TEXT_COLOR,
    HORIZONTAL_ALIGNMENT: alignmentFor(style.alignment ?? 'justify'),
  };
  const start = style.indentStartPt ?? 0;
  attrs.INDENT_START = start;
  attrs.INDENT_FIRST_LINE = start + (style.indentFirstLinePt ?? 0);
  return attrs;
}

/** Only the attributes a set-style fix names (a fix merges, it does not reset). */
export function partialAttributes(style: BlockStyle): Attributes {
  const attrs: Attributes = {};
  if (style.bold !== undefined) attrs.BOLD = style.bold;
  if (style.italic !== undefined) attrs.ITALIC = style.italic;
  if (style.fontFamily !== undefined) attrs.FONT_FAMILY = style.fontFamily;
  if (style.fontSizePt !== undefined) attrs.FONT_SIZE = style.fontSizePt;
  if (style.alignment !== undefined) attrs.HORIZONTAL_ALIGNMENT = alignmentFor(style.alignment);
  if (style.indentStartPt !== undefined) attrs.INDENT_START = style.indentStartPt;
  if (style.indentFirstLinePt !== undefined)
    attrs.INDENT_FIRST_LINE = (style.indentStartPt ?? 0) + style.indentFirstLinePt;
  return attrs;
}

/** Gives a paragraph its named style and look: two calls. */
export function styleParagraph(
  paragraph: GParagraph,
  style: BlockStyle,
  options: { guidance?: boolean } = {},
): void {
  paragraph.setHeading(headingFor(style.headingLevel));
  paragraph.setAttributes(attributesFor(style, options));
}

/** Whether a new paragraph is a prompt to replace: italic without bold, as renderSkeleton and the fixes make them. */
export const looksLikeGuidance = (style: BlockStyle) =>
  style.italic === true && !style.bold && style.headingLevel === undefined;
