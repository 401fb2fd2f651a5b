import { z } from 'zod';
import { BlockStyle } from '../document/doc-model.ts';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A text range inside one block's text, [start, end) in UTF-16 code units, as String.slice takes. */
export const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
export type Range = z.infer<typeof Range>;

/** A paragraph a fix inserts: text plus the style it should carry (hosts map it to theirs). */
export const NewBlock = z.object({ text: z.string(), style: BlockStyle });
export type NewBlock = z.infer<typeof NewBlock>;

/**
 * A fix is data, never a callback, so every host can apply it and tests can assert it.
 * - replace: replace `range` of block `block` with `text`;
 * - insert-after: insert paragraphs after block `block` (-1 = at the very start);
 * - set-style: merge `style` into block `block`'s style.
 */
export const FixEdit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('replace'), block: z.number().int().min(0), range: Range, text: z.string() }),
  z.object({ kind: z.literal('insert-after'), block: z.number().int().min(-1), blocks: z.array(NewBlock) }),
  z.object({ kind: z.literal('set-style'), block: z.number().int().min(0), style: BlockStyle }),
]);
export type FixEdit = z.infer<typeof FixEdit>;

/** One fix = a label the UI shows on its button, and the edits it makes together. */
export const Fix = z.object({ label: z.string(), edits: z.array(FixEdit).min(1) });
export type Fix = z.infer<typeof Fix>;

/** What a rule reports. `block` indexes DocModel.blocks; -1 means the document as a whole. */
export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  block: z.number().int().min(-1),
  range: Range,
  fix: Fix.optional(),
});
export type Finding = z.infer<typeof Finding>;
