import { z } from 'zod';
import { Fix, Range, Severity } from '../base/finding.ts';

/** One outline section in the checklist: ✓ when a heading of the document matched it. */
export const ChecklistItem = z.object({
  path: z.string(),
  heading: z.string(),
  depth: z.number().int().min(1),
  required: z.boolean(),
  found: z.boolean(),
  /** The matched block, -1 when missing. */
  block: z.number().int().min(-1),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** A finding as the UIs show it; `index` is its place in the check, used to ask a host to apply its fix. */
export const ViewFinding = z.object({
  index: z.number().int().min(0),
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  block: z.number().int().min(-1),
  range: Range,
  fix: Fix.nullable(),
});
export type ViewFinding = z.infer<typeof ViewFinding>;

/** Everything a sidebar, side panel or report needs to show one check: host-neutral, serialisable. */
export const CheckView = z.object({
  outline: z
    .object({
      id: z.string(),
      title: z.string(),
      part: z.number().int().min(0),
      coverage: z.number(),
      isSource: z.boolean(),
      /** Why the document is taken for the đề cương itself ("tên loại của văn bản là …"). */
      sourceReason: z.string().optional(),
    })
    .nullable(),
  /** Why no outline was detected, when none was. */
  outlineNote: z.string().optional(),
  checklist: z.array(ChecklistItem),
  findings: z.array(ViewFinding),
  counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
});
export type CheckView = z.infer<typeof CheckView>;
