import type { Finding } from '../shared/core/base/finding.ts';
import type { DocModel } from '../shared/core/document/doc-model.ts';
import type { CheckView } from '../shared/core/report/check-view.ts';
import { toCheckView } from '../shared/core/report/to-check-view.ts';
import type { CheckResult } from '../shared/core/rules/check-document.ts';

/** One finding with where a person finds it: a line of the file, or a paragraph number. */
export interface LocatedFinding extends Finding {
  where: string;
  line?: number;
  excerpt: string;
}

/** The check of one file, as the text and JSON outputs print it. */
export interface CheckReport {
  file: string;
  outline: {
    id: string;
    title: string;
    /** 1 for the document's first part (the view counts from 0). */
    part: number;
    coverage: number;
    isSource: boolean;
    /** Why the document is taken for the đề cương itself. */
    sourceReason?: string;
  } | null;
  /** Why no outline was detected, when none was. */
  outlineNote?: string;
  sections: Array<{ path: string; heading: string; required: boolean; found: boolean; where?: string }>;
  findings: LocatedFinding[];
  counts: CheckResult['counts'];
}

/** Builds the printable report of a check: the core's CheckView, placed in the file. */
export function toReport(file: string, doc: DocModel, result: CheckResult): CheckReport {
  return reportFromView(file, doc, toCheckView(result));
}

/**
 * The core's view of a check with what only the command line knows added: the file's name, where
 * each finding and section is (a line of a text file, else a paragraph number) and a short quote.
 */
export function reportFromView(file: string, doc: DocModel, view: CheckView): CheckReport {
  const where = (block: number) => {
    if (block < 0) return { where: 'cả văn bản' };
    const line = doc.blocks[block]?.line;
    return line !== undefined ? { where: `dòng ${line}`, line } : { where: `đoạn ${block + 1}` };
  };
  return {
    file,
    outline: view.outline
      ? {
          id: view.outline.id,
          title: view.outline.title,
          part: view.outline.part + 1,
          coverage: view.outline.coverage,
          isSource: view.outline.isSource,
          ...(view.outline.sourceReason ? { sourceReason: view.outline.sourceReason } : {}),
        }
      : null,
    ...(view.outlineNote ? { outlineNote: view.outlineNote } : {}),
    sections: view.checklist.map((s) => ({
      path: s.path,
      heading: s.heading,
      required: s.required,
      found: s.found,
      ...(s.found ? { where: where(s.block).where } : {}),
    })),
    findings: view.findings.map((f) => {
      const text = f.block >= 0 ? (doc.blocks[f.block]?.text ?? '') : '';
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        block: f.block,
        range: f.range,
        ...(f.fix ? { fix: f.fix } : {}),
        ...where(f.block),
        excerpt: excerpt(text, f.range),
      };
    }),
    counts: { ...view.counts },
  };
}

/** A short quote around the finding's range, so the reader sees what is meant. */
function excerpt(text: string, [start, end]: [number, number]): string {
  if (!text) return '';
  const from = Math.max(0, start - 20);
  const to = Math.min(text.length, Math.max(end, start + 1) + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
