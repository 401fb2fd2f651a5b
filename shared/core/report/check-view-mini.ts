import { z } from 'zod/mini';
import { BlockStyleMini, type Same } from '../document/doc-model-mini.ts';
import type { CheckView } from './check-view.ts';

export type { Same };

// The check view (check-view.ts) in zod/mini, for the pages that receive it and have no room for
// full zod: the add-on sidebar (60 KB budget, inlined). The type check at the bottom keeps the two
// descriptions one shape: tsc fails when they part.

const Severity = z.enum(['error', 'warning', 'info']);
const Range = z.tuple([z.number(), z.number()]);
const FixEdit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('replace'), block: z.number(), range: Range, text: z.string() }),
  z.object({
    kind: z.literal('insert-after'),
    block: z.number(),
    blocks: z.array(z.object({ text: z.string(), style: BlockStyleMini })),
  }),
  z.object({ kind: z.literal('set-style'), block: z.number(), style: BlockStyleMini }),
]);

/** The check view as a page receives it, in zod/mini. */
export const CheckViewMini = z.object({
  outline: z.nullable(
    z.object({
      id: z.string(),
      title: z.string(),
      part: z.number(),
      coverage: z.number(),
      isSource: z.boolean(),
      sourceReason: z.optional(z.string()),
    }),
  ),
  outlineNote: z.optional(z.string()),
  checklist: z.array(
    z.object({
      path: z.string(),
      heading: z.string(),
      depth: z.number(),
      required: z.boolean(),
      found: z.boolean(),
      block: z.number(),
    }),
  ),
  findings: z.array(
    z.object({
      index: z.number(),
      ruleId: z.string(),
      severity: Severity,
      message: z.string(),
      block: z.number(),
      range: Range,
      fix: z.nullable(z.object({ label: z.string(), edits: z.array(FixEdit) })),
    }),
  ),
  counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
});

const sameShape: Same<z.infer<typeof CheckViewMini>, CheckView> = true;
void sameShape;
