import { loadBuiltInOutlines } from '../cli/load-outlines.ts';
import type { Severity } from '../shared/core/rules/finding.ts';
import { RULES } from '../shared/core/rules/registry.ts';

/** The README's generated regions: `<!-- name:start -->` … `<!-- name:end -->`. */
export const README_REGIONS = ['rules', 'outlines'] as const;
export type ReadmeRegion = (typeof README_REGIONS)[number];

const SEVERITY_VI: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'gợi ý' };

/** A table cell: one line, with the pipe escaped so it cannot end the cell. */
const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const width = (text: string): number => [...text].length;

/**
 * A markdown table with its columns padded as Biome's formatter pads them, so `biome check` accepts
 * the README as generated (the structure test compares cells, not padding, in case a formatter differs).
 */
function markdownTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((r) => r.map(cell));
  const widths = header.map((_, c) => Math.max(3, ...all.map((r) => width(r[c] ?? ''))));
  const line = (r: string[]) =>
    `| ${r.map((v, c) => v + ' '.repeat((widths[c] ?? 0) - width(v))).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head ?? []), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The README rules table, one row per rule in RULES order. */
export function rulesTable(): string {
  return markdownTable(
    ['Quy tắc', 'Nhóm', 'Mức mặc định', 'Mô tả'],
    RULES.map((rule) => [`\`${rule.id}\``, rule.group, SEVERITY_VI[rule.defaultSeverity], rule.description]),
  );
}

/** The README outlines table, one row per built-in outline sorted by id. */
export function outlinesTable(): string {
  const { outlines, errors } = loadBuiltInOutlines();
  if (errors.length > 0) throw new Error(`Đề cương không hợp lệ:\n${errors.join('\n')}`);
  const sorted = [...outlines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return markdownTable(
    ['Mã', 'Tên', 'Loại', 'Nguồn'],
    sorted.map((o) => {
      const { issuer, number, date } = o.provenance;
      const source = [issuer, number, date].filter((part): part is string => Boolean(part)).join(', ');
      return [`\`${o.id}\``, o.title, o.documentType, source];
    }),
  );
}

/** The generated table of one README region. */
export function readmeTable(region: ReadmeRegion): string {
  return region === 'rules' ? rulesTable() : outlinesTable();
}

/** Where a region's content lies in `readme` ([from, to), between its markers), or null when a marker is missing. */
function regionBounds(readme: string, region: ReadmeRegion): [number, number] | null {
  const start = `<!-- ${region}:start -->`;
  const from = readme.indexOf(start);
  const to = from < 0 ? -1 : readme.indexOf(`<!-- ${region}:end -->`, from + start.length);
  return to < 0 ? null : [from + start.length, to];
}

/** What stands between a region's markers in `readme`, trimmed; null when a marker is missing. */
export function readmeRegion(readme: string, region: ReadmeRegion): string | null {
  const bounds = regionBounds(readme, region);
  return bounds ? readme.slice(...bounds).trim() : null;
}

/** `readme` with the region's content replaced by `table`; throws (in Vietnamese) when a marker is missing. */
export function replaceReadmeRegion(readme: string, region: ReadmeRegion, table: string): string {
  const bounds = regionBounds(readme, region);
  if (!bounds)
    throw new Error(`README.md thiếu cặp đánh dấu <!-- ${region}:start --> … <!-- ${region}:end -->`);
  return `${readme.slice(0, bounds[0])}\n\n${table}\n\n${readme.slice(bounds[1])}`;
}
