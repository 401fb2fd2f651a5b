import { z } from 'zod';
import { headingText } from '../outline/flatten-sections.ts';
import type { CheckResult } from '../rules/check-document.ts';
import { Fix, Range, Severity } from '../rules/finding.ts';

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

/** Turns a check result into the view every host shows. */
export function toCheckView(result: CheckResult): CheckView {
  const match = result.match;
  return {
    outline: match
      ? {
          id: match.outline.id,
          title: match.outline.title,
          part: match.part,
          coverage: Math.round(match.coverage * 100) / 100,
          isSource: match.isSource,
          ...(match.sourceReason ? { sourceReason: match.sourceReason } : {}),
        }
      : null,
    ...(result.outlineNote ? { outlineNote: result.outlineNote } : {}),
    checklist: (match?.sections ?? []).map((s) => ({
      path: s.flat.path,
      heading: headingText(s.flat),
      depth: s.flat.depth,
      required: s.flat.section.required,
      found: s.block >= 0,
      block: s.block,
    })),
    findings: result.findings.map((f, index) => ({
      index,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      block: f.block,
      range: f.range,
      fix: f.fix ?? null,
    })),
    counts: { ...result.counts },
  };
}
