import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltInOutlines } from '../cli/load-outlines.ts';
import { packageRoot } from '../cli/package-root.ts';
import type { Severity } from '../shared/core/base/finding.ts';
import type { DocumentType, Outline } from '../shared/core/outline/outline-schema.ts';
import { RULES } from '../shared/core/rules/registry.ts';
import { SnippetFile, SnippetGroup } from '../shared/core/snippets/snippet-schema.ts';
import { EDITORS_HEADER, editorsTable } from './editors-table.ts';

/**
 * The generated tables of the documentation: `<!-- name:start -->` … `<!-- name:end -->` in their home
 * file (relative to the package root). `npm run readme` rewrites them; tests fail when one is stale.
 */
export const TABLE_FILES = {
  rules: join('docs', 'rules.md'),
  outlines: join('docs', 'content.md'),
  snippets: join('docs', 'content.md'),
  editors: join('docs', 'editors.md'),
} as const;
export type ReadmeRegion = keyof typeof TABLE_FILES;
export const TABLE_REGIONS = Object.keys(TABLE_FILES) as ReadmeRegion[];

/** Where a rule's code lives, as a link from docs/rules.md. */
export const ruleFileLink = (id: string): string => `../shared/core/rules/rules/${id}.ts`;

const SEVERITY_VI: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'gợi ý' };

/** A table cell: one line, with the pipe escaped so it cannot end the cell. */
const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const width = (text: string): number => [...text].length;

/**
 * A markdown table with its columns padded as Biome's formatter pads them, so `biome check` accepts
 * the docs as generated (the structure test compares cells, not padding, in case a formatter differs).
 */
export function markdownTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((r) => r.map(cell));
  const widths = header.map((_, c) => Math.max(3, ...all.map((r) => width(r[c] ?? ''))));
  const line = (r: string[]) =>
    `| ${r.map((v, c) => v + ' '.repeat((widths[c] ?? 0) - width(v))).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head ?? []), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The rules table (docs/rules.md), one row per rule in RULES order. */
export function rulesTable(): string {
  return markdownTable(
    ['Quy tắc', 'Nhóm', 'Mức mặc định', 'Mô tả', 'Nguồn'],
    RULES.map((rule) => [
      `[\`${rule.id}\`](${ruleFileLink(rule.id)})`,
      rule.group,
      SEVERITY_VI[rule.defaultSeverity],
      rule.description,
      rule.source,
    ]),
  );
}

const TYPE_VI: Record<DocumentType, string> = {
  'bao-cao': 'Báo cáo',
  'ke-hoach': 'Kế hoạch',
  'huong-dan': 'Hướng dẫn',
  'cong-van': 'Công văn',
  'chuong-trinh': 'Chương trình',
  'thong-bao': 'Thông báo',
  'to-trinh': 'Tờ trình',
  'quyet-dinh': 'Quyết định',
  'nghi-quyet': 'Nghị quyết',
  'de-cuong': 'Đề cương',
};

/** "25/5/2020" from "2020-05-25" ("2020" stays "2020"): how the docs write dates. */
const dayMonthYear = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return [d, m, y]
    .filter((p): p is string => Boolean(p))
    .map((p, i, all) => (i < all.length - 1 ? String(Number(p)) : p))
    .join('/');
};

/** Where an outline comes from: issuer, number and date of the source, the seed file, and whether it was checked. */
export function outlineSource(o: Outline): string {
  const { issuer, number, date, seed, verified } = o.provenance;
  // A generic outline's issuer already names NĐ 30 and its sample layout; its number and date repeat it.
  const parts = seed ? [issuer, number, date && dayMonthYear(date)] : [issuer];
  const text = parts.filter((part): part is string => Boolean(part)).join(', ');
  const notes = [
    seed ? `tệp gốc ${seed.slice(0, 3)}` : '',
    verified ? '' : 'tên mục theo thông lệ, chưa kiểm chứng',
  ];
  const extra = notes.filter(Boolean).join('; ');
  return extra ? `${text} (${extra})` : text;
}

/** The outlines table (docs/content.md), one row per built-in outline sorted by id. */
export function outlinesTable(): string {
  const { outlines, errors } = loadBuiltInOutlines();
  if (errors.length > 0) throw new Error(`Đề cương không hợp lệ:\n${errors.join('\n')}`);
  const sorted = [...outlines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return markdownTable(
    ['Mã', 'Tên', 'Loại', 'Nguồn'],
    sorted.map((o) => [`\`${o.id}\``, o.title, TYPE_VI[o.documentType], outlineSource(o)]),
  );
}

/** The snippet files of snippets/, parsed; throws (in Vietnamese) on an invalid file. */
export function loadSnippetFiles(dir = join(packageRoot(), 'snippets')): SnippetFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => {
      const parsed = SnippetFile.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`Tệp đoạn mẫu không hợp lệ: ${f}`);
      return parsed.data;
    });
}

/** The snippet-groups table: one row per group in the UI's order (group, title, count), then the total. */
export function snippetsTable(): string {
  const files = loadSnippetFiles();
  const all = files.flatMap((f) => f.snippets);
  const rows = SnippetGroup.options.map((group) => {
    const inGroup = all.filter((s) => s.group === group);
    const title = files.find((f) => f.snippets.some((s) => s.group === group))?.title ?? '';
    const legacy = inGroup.filter((s) => s.legacy).length;
    return [`\`${group}\``, title, legacy > 0 ? `${inGroup.length} (${legacy} cũ)` : String(inGroup.length)];
  });
  return markdownTable(['Nhóm', 'Tên', 'Số đoạn mẫu'], [...rows, ['', '**Tổng**', `**${all.length}**`]]);
}

/** The generated table of one region. */
export function readmeTable(region: ReadmeRegion): string {
  if (region === 'rules') return rulesTable();
  if (region === 'outlines') return outlinesTable();
  if (region === 'editors') return markdownTable(EDITORS_HEADER, editorsTable());
  return snippetsTable();
}

/** Whether `text` has both markers of `region`. */
export function hasRegion(text: string, region: ReadmeRegion): boolean {
  return regionBounds(text, region) !== null;
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
    throw new Error(
      `${TABLE_FILES[region]} thiếu cặp đánh dấu <!-- ${region}:start --> … <!-- ${region}:end -->`,
    );
  return `${readme.slice(0, bounds[0])}\n\n${table}\n\n${readme.slice(bounds[1])}`;
}
