import type { Finding, Severity } from '../base/finding.ts';
import type { Report } from '../base/report.ts';
import type { DocModel } from '../document/doc-model.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import type { OutlineMatch } from '../outline/match-outline.ts';
import type { Outline } from '../outline/outline-schema.ts';

export type { Report };

/** What a rule sees: the document, its structure, and the outline it was matched to (if any). */
export interface RuleContext {
  doc: DocModel;
  analysis: DocAnalysis;
  outline: Outline | null;
  match: OutlineMatch | null;
}

/** A rule: one file, its id = its file name, listed in the registry. */
export interface Rule {
  id: string;
  /** One Vietnamese sentence for the README table and the UI. */
  description: string;
  defaultSeverity: Severity;
  /** Structural rules need headings; formal rules read the frame; hygiene reads characters. */
  group: 'cấu trúc' | 'thể thức' | 'ký tự';
  /**
   * Where the rule comes from, as the README and the UI cite it: an article of NĐ 30/2020 or
   * QĐ 933/QĐ-TLĐ, the outline of the upper body, or a consistency principle — never a document.
   */
  source: string;
  check(context: RuleContext, report: (r: Report) => void): void;
}

/** Builds a finding from a report, for rules' tests and the engine. */
export function toFinding(rule: Rule, r: Report, severity: Severity, doc: DocModel): Finding {
  const length = r.block >= 0 ? (doc.blocks[r.block]?.text.length ?? 0) : 0;
  const finding: Finding = {
    ruleId: rule.id,
    severity: r.severity ?? severity,
    message: r.message,
    block: r.block,
    range: r.range ?? [0, length],
  };
  if (r.fix) finding.fix = r.fix;
  return finding;
}
