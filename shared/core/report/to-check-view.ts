import { headingText } from '../outline/flatten-sections.ts';
import type { CheckResult } from '../rules/check-document.ts';
import type { CheckView } from './check-view.ts';

// Apart from check-view.ts's zod schemas (types only here), so the command line, which prints a check
// without validating it, starts without loading zod.

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
