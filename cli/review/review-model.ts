import type { Severity } from '../../shared/core/base/finding.ts';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { flattenSections, headingText } from '../../shared/core/outline/flatten-sections.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { CheckResult } from '../../shared/core/rules/check-document.ts';
import type { DriveFile } from '../google/drive-schema.ts';
import { MIME } from '../google/drive-schema.ts';
import { toReport } from '../report-model.ts';

/** ok: no error found · errors: errors found · failed: could not be read · skipped: not a Doc or .docx. */
export type ReviewStatus = 'ok' | 'errors' | 'failed' | 'skipped';

/** Vietnamese names of the statuses, as every output shows them. */
export const STATUS_LABEL: Record<ReviewStatus, string> = {
  ok: 'Đạt',
  errors: 'Có lỗi',
  failed: 'Không đọc được',
  skipped: 'Bỏ qua',
};

/** A required section of the outline: one column of the matrix. */
export interface ReviewSection {
  path: string;
  heading: string;
  /** A column title that stands alone: "III.1 Tồn tại, hạn chế" rather than "1. Tồn tại, hạn chế". */
  label: string;
}

/** One file of the folder and what the check found in it. */
export interface ReviewEntry {
  id: string;
  name: string;
  kind: 'gdoc' | 'docx' | 'other';
  link?: string;
  modifiedTime?: string;
  status: ReviewStatus;
  counts: Record<Severity, number>;
  /** Parallel to ReviewReport.sections: true when the document has that required section. */
  present: boolean[];
  /** How much of the outline was found, 0–1. */
  coverage?: number;
  /** Why the file was not read (failed, skipped). */
  problem?: string;
  findings: Array<{ ruleId: string; severity: Severity; message: string; where: string }>;
  /** Read from the local cache (unchanged since the last run). */
  cached: boolean;
}

/** The whole review, as the terminal, HTML, CSV and JSON outputs print it. */
export interface ReviewReport {
  folder: { id: string; name: string };
  outline: { id: string; title: string };
  generatedAt: string;
  sections: ReviewSection[];
  entries: ReviewEntry[];
  totals: Record<ReviewStatus, number>;
}

/** The outline's required sections, depth-first, as matrix columns. */
export function requiredSections(outline: Outline): ReviewSection[] {
  return flattenSections(outline)
    .filter((f) => f.section.required)
    .map((f) => ({
      path: f.path,
      heading: headingText(f),
      label: f.depth > 1 ? `${f.path} ${f.section.title}` : headingText(f),
    }));
}

/**
 * The link when it is an https URL, else undefined: a link comes from the API's answer, and a
 * javascript:, data: or file: link in the report would run or open something on a click.
 */
export function httpsLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(file: DriveFile): ReviewEntry['kind'] {
  if (file.mimeType === MIME.googleDoc) return 'gdoc';
  return file.mimeType === MIME.docx || /\.docx$/i.test(file.name) ? 'docx' : 'other';
}

function base(file: DriveFile, sections: readonly ReviewSection[]): Omit<ReviewEntry, 'status'> {
  return {
    id: file.id,
    name: file.name,
    kind: kindOf(file),
    ...(file.webViewLink && httpsLink(file.webViewLink) ? { link: file.webViewLink } : {}),
    ...(file.modifiedTime ? { modifiedTime: file.modifiedTime } : {}),
    counts: { error: 0, warning: 0, info: 0 },
    present: sections.map(() => false),
    findings: [],
    cached: false,
  };
}

/** The entry of a file that was read and checked. */
export function checkedEntry(
  file: DriveFile,
  doc: DocModel,
  result: CheckResult,
  sections: readonly ReviewSection[],
  cached: boolean,
): ReviewEntry {
  const report = toReport(file.name, doc, result);
  const found = new Set(report.sections.filter((s) => s.found).map((s) => s.path));
  return {
    ...base(file, sections),
    status: result.counts.error > 0 ? 'errors' : 'ok',
    counts: { ...result.counts },
    present: sections.map((s) => found.has(s.path)),
    ...(report.outline ? { coverage: report.outline.coverage } : {}),
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      where: f.where,
    })),
    cached,
  };
}

/** The entry of a file that could not be read, or is not a document Khung reads. */
export function unreadEntry(
  file: DriveFile,
  status: 'failed' | 'skipped',
  problem: string,
  sections: readonly ReviewSection[],
): ReviewEntry {
  return { ...base(file, sections), status, problem };
}

/** How many entries have each status. */
export function totalsOf(entries: readonly ReviewEntry[]): Record<ReviewStatus, number> {
  const totals: Record<ReviewStatus, number> = { ok: 0, errors: 0, failed: 0, skipped: 0 };
  for (const e of entries) totals[e.status]++;
  return totals;
}

/** For each required section, how many of the read documents lack it. */
export function missingCounts(report: ReviewReport): number[] {
  const read = report.entries.filter((e) => e.status === 'ok' || e.status === 'errors');
  return report.sections.map((_, i) => read.filter((e) => !e.present[i]).length);
}
