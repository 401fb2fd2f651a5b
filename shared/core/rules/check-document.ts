import type { Finding, Severity } from '../base/finding.ts';
import type { DocModel } from '../document/doc-model.ts';
import { analyzeDocument } from '../headings/analyze-document.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import { detectOutlineExplained, matchBestPart } from '../outline/detect-outline.ts';
import type { OutlineMatch } from '../outline/match-outline.ts';
import type { Outline } from '../outline/outline-schema.ts';
import { RULES } from './registry.ts';
import { type Rule, type RuleContext, toFinding } from './rule.ts';

export interface CheckOptions {
  /** An outline, 'auto' to detect one among `outlines`, or null to check without one. */
  outline?: Outline | 'auto' | null;
  /** The outlines to detect from (for 'auto'). */
  outlines?: readonly Outline[];
  /** The rules to run; all registered rules by default. */
  rules?: readonly Rule[];
}

export interface CheckResult {
  findings: Finding[];
  match: OutlineMatch | null;
  /** Why no outline was detected (Vietnamese, for the UIs), or null. */
  outlineNote: string | null;
  analysis: DocAnalysis;
  counts: Record<Severity, number>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The whole check: structure → outline (chosen or detected) → every rule → findings sorted by place.
 * A rule that fails is reported as one info finding instead of breaking the check.
 */
export function checkDocument(doc: DocModel, options: CheckOptions = {}): CheckResult {
  const analysis = analyzeDocument(doc);
  const chosen = options.outline === undefined ? 'auto' : options.outline;
  let match: OutlineMatch | null = null;
  let outlineNote: string | null = null;
  if (chosen === 'auto' && (options.outlines ?? []).length > 0) {
    ({ match, note: outlineNote } = detectOutlineExplained(analysis, options.outlines ?? []));
  } else if (chosen && chosen !== 'auto') match = matchBestPart(analysis, chosen);
  const outline = match?.outline ?? null;
  const context: RuleContext = { doc, analysis, outline, match };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const configured = outline?.severities?.[rule.id];
    if (configured === 'off') continue;
    try {
      rule.check(context, (r) => {
        const finding = toFinding(rule, r, r.severity ?? rule.defaultSeverity, doc);
        if (configured) finding.severity = configured;
        findings.push(finding);
      });
    } catch {
      findings.push({
        ruleId: rule.id,
        severity: 'info',
        message: `Quy tắc “${rule.id}” gặp lỗi nội bộ và đã bị bỏ qua; các kết quả khác vẫn đúng.`,
        block: -1,
        range: [0, 0],
      });
    }
  }
  findings.sort(
    (a, b) =>
      a.block - b.block || a.range[0] - b.range[0] || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { findings, match, outlineNote, analysis, counts };
}
