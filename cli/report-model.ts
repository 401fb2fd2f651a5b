import type { DocModel } from '../shared/core/document/doc-model.ts';
import { headingText } from '../shared/core/outline/flatten-sections.ts';
import type { CheckResult } from '../shared/core/rules/check-document.ts';
import type { Finding } from '../shared/core/rules/finding.ts';

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

/** Builds the printable report of a check. */
export function toReport(file: string, doc: DocModel, result: CheckResult): CheckReport {
  const where = (block: number) => {
    if (block < 0) return { where: 'cả văn bản' };
    const line = doc.blocks[block]?.line;
    return line !== undefined ? { where: `dòng ${line}`, line } : { where: `đoạn ${block + 1}` };
  };
  const match = result.match;
  return {
    file,
    outline: match
      ? {
          id: match.outline.id,
          title: match.outline.title,
          part: match.part + 1,
          coverage: Math.round(match.coverage * 100) / 100,
          isSource: match.isSource,
          ...(match.sourceReason ? { sourceReason: match.sourceReason } : {}),
        }
      : null,
    ...(result.outlineNote ? { outlineNote: result.outlineNote } : {}),
    sections: (match?.sections ?? []).map((s) => ({
      path: s.flat.path,
      heading: headingText(s.flat),
      required: s.flat.section.required,
      found: s.block >= 0,
      ...(s.block >= 0 ? { where: where(s.block).where } : {}),
    })),
    findings: result.findings.map((f) => {
      const text = f.block >= 0 ? (doc.blocks[f.block]?.text ?? '') : '';
      return { ...f, ...where(f.block), excerpt: excerpt(text, f.range) };
    }),
    counts: result.counts,
  };
}

/** A short quote around the finding's range, so the reader sees what is meant. */
function excerpt(text: string, [start, end]: [number, number]): string {
  if (!text) return '';
  const from = Math.max(0, start - 20);
  const to = Math.min(text.length, Math.max(end, start + 1) + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
