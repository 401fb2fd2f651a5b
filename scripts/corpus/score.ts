import type { Finding, Severity } from '../../shared/core/base/finding.ts';
import { type Annotation, type FaultKind, lineOf } from './annotation.ts';

/** A finding placed on a source line (0 = the document as a whole). */
export interface PlacedFinding {
  line: number;
  finding: Finding;
}

export type Verdict = 'true' | 'false' | 'unjudged';

/** How one document scored. */
export interface DocumentScore {
  name: string;
  faults: { id: string; kind: FaultKind; line: number; quote: string; found: boolean }[];
  findings: { placed: PlacedFinding; verdict: Verdict }[];
}

/**
 * Which fault kinds a document-level finding (line 0) of a rule can stand for. A document fault is
 * found when a document-level finding of a rule listed for its kind is made; rules not listed here
 * match no document fault.
 */
export const DOCUMENT_LEVEL_KINDS: Record<string, readonly FaultKind[]> = {
  'quoc-hieu-tieu-ngu': ['missing-part', 'quoc-hieu'],
  'so-ky-hieu': ['missing-part', 'so-ky-hieu'],
  'ngay-thang': ['missing-part', 'date'],
  'ten-loai-trich-yeu': ['missing-part'],
  'noi-nhan': ['missing-part', 'noi-nhan'],
  'chu-ky': ['missing-part', 'chu-ky'],
  'dau-ket-thuc': ['missing-part', 'ket-thuc'],
  'dau-thanh-nhat-quan': ['spelling'],
};

/**
 * Scores one document against its annotation (the natural score of ../shared/corpus/README.md):
 * a fault is found when a finding sits on its line or one of its `also_lines` (a document fault:
 * when a matching document-level finding is made); a finding is true on a fault line, false on a
 * clean line, unjudged on residue, debatable and unlisted lines. A document-level finding that matches
 * no document fault is false for a full document and unjudged for an excerpt.
 */
export function scoreDocument(
  name: string,
  annotation: Annotation,
  placed: readonly PlacedFinding[],
): DocumentScore {
  const faultLines = new Set<number>();
  for (const f of annotation.faults) for (const l of [f.line, ...(f.also_lines ?? [])]) faultLines.add(l);
  const clean = new Set((annotation.clean_lines ?? []).map(lineOf));
  const onLine = new Set(placed.map((p) => p.line));
  const docLevel = placed.filter((p) => p.line === 0);
  const docFaultFound = (kind: FaultKind) =>
    docLevel.some((p) => DOCUMENT_LEVEL_KINDS[p.finding.ruleId]?.includes(kind) ?? false);

  const faults: DocumentScore['faults'] = annotation.faults.map((f) => ({
    id: f.id,
    kind: f.kind,
    line: f.line,
    quote: f.quote,
    found: [f.line, ...(f.also_lines ?? [])].some((l) => onLine.has(l)),
  }));
  for (const f of annotation.doc_faults ?? []) {
    faults.push({ id: f.id, kind: f.kind, line: 0, quote: '(cả văn bản)', found: docFaultFound(f.kind) });
  }
  const docKinds = new Set((annotation.doc_faults ?? []).map((f) => f.kind));
  const findings = placed.map((p): DocumentScore['findings'][number] => {
    if (p.line === 0) {
      const matches = (DOCUMENT_LEVEL_KINDS[p.finding.ruleId] ?? []).some((k) => docKinds.has(k));
      return { placed: p, verdict: matches ? 'true' : annotation.full === true ? 'false' : 'unjudged' };
    }
    if (faultLines.has(p.line)) return { placed: p, verdict: 'true' };
    return { placed: p, verdict: clean.has(p.line) ? 'false' : 'unjudged' };
  });
  return { name, faults, findings };
}

/** Recall and precision over several documents, overall, per fault kind and per severity. */
export interface Totals {
  faults: number;
  found: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  byKind: Map<FaultKind, { faults: number; found: number; recall: number }>;
  bySeverity: Map<Severity, { truePositives: number; falsePositives: number }>;
}

export function totals(scores: readonly DocumentScore[]): Totals {
  const byKind = new Map<FaultKind, { faults: number; found: number; recall: number }>();
  const bySeverity = new Map<Severity, { truePositives: number; falsePositives: number }>();
  let faults = 0;
  let found = 0;
  let tp = 0;
  let fp = 0;
  for (const s of scores) {
    for (const f of s.faults) {
      const k = byKind.get(f.kind) ?? { faults: 0, found: 0, recall: 0 };
      k.faults++;
      faults++;
      if (f.found) {
        k.found++;
        found++;
      }
      byKind.set(f.kind, k);
    }
    for (const { placed, verdict } of s.findings) {
      if (verdict === 'unjudged') continue;
      const sev = bySeverity.get(placed.finding.severity) ?? { truePositives: 0, falsePositives: 0 };
      if (verdict === 'true') {
        tp++;
        sev.truePositives++;
      } else {
        fp++;
        sev.falsePositives++;
      }
      bySeverity.set(placed.finding.severity, sev);
    }
  }
  for (const k of byKind.values()) k.recall = k.faults ? k.found / k.faults : 1;
  return {
    faults,
    found,
    recall: faults ? found / faults : 1,
    truePositives: tp,
    falsePositives: fp,
    precision: tp + fp ? tp / (tp + fp) : 1,
    byKind,
    bySeverity,
  };
}
