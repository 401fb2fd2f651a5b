import { z } from 'zod/mini';
import type { BlockStyle, DocModel } from './doc-model.ts';

// The document model (doc-model.ts) in zod/mini, for the pages that receive it and have no room for
// full zod: the add-on sidebar and the extension's side panel. The type checks at the bottom keep the
// two descriptions one shape: tsc fails when they part.

/** A paragraph's style (BlockStyle), in zod/mini. */
export const BlockStyleMini = z.object({
  headingLevel: z.optional(z.number()),
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  alignment: z.optional(z.enum(['left', 'center', 'right', 'justify'])),
  fontFamily: z.optional(z.string()),
  fontSizePt: z.optional(z.number()),
  indentFirstLinePt: z.optional(z.number()),
  indentStartPt: z.optional(z.number()),
  listItem: z.optional(z.boolean()),
});

/** The document model, in zod/mini. */
export const DocModelMini = z.object({
  blocks: z.array(
    z.object({
      text: z.string(),
      style: BlockStyleMini,
      table: z.optional(z.object({ table: z.number(), row: z.number(), cell: z.number() })),
      line: z.optional(z.number()),
      locator: z.optional(z.union([z.string(), z.number()])),
    }),
  ),
  meta: z.object({
    name: z.optional(z.string()),
    source: z.optional(z.string()),
    page: z.optional(
      z.object({
        widthMm: z.number(),
        heightMm: z.number(),
        marginTopMm: z.number(),
        marginBottomMm: z.number(),
        marginLeftMm: z.number(),
        marginRightMm: z.number(),
      }),
    ),
    styled: z.optional(z.boolean()),
  }),
});

/** True when two types are identical, optional properties included (mutual assignability is not enough). */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const sameStyle: Same<z.infer<typeof BlockStyleMini>, BlockStyle> = true;
const sameDoc: Same<z.infer<typeof DocModelMini>, DocModel> = true;
void sameStyle;
void sameDoc;
