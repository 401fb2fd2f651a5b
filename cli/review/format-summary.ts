import type { Colors } from '../format-text.ts';
import { type ReviewReport, type ReviewStatus, STATUS_LABEL } from './review-model.ts';

const cell = (s: string, width: number) => {
  const text = s.normalize('NFC');
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
};

/** The terminal table: one row a file (status, counts, missing required sections), then the totals. */
export function formatSummary(report: ReviewReport, c: Colors): string {
  const paint: Record<ReviewStatus, (s: string) => string> = {
    ok: c.green,
    errors: c.red,
    failed: c.yellow,
    skipped: c.dim,
  };
  const nameWidth = Math.min(40, Math.max(8, ...report.entries.map((e) => e.name.length)));
  const lines = [
    c.bold(`Rà soát thư mục “${report.folder.name}” theo đề cương ${report.outline.id}`),
    '',
    c.bold(
      `${'#'.padStart(3)}  ${cell('Tệp', nameWidth)}  ${cell('Trạng thái', 14)}  Lỗi  C.báo  Thiếu mục bắt buộc`,
    ),
  ];
  report.entries.forEach((e, i) => {
    const read = e.status === 'ok' || e.status === 'errors';
    const missing = report.sections.filter((_, k) => !e.present[k]).map((s) => s.path);
    const detail = read ? (missing.length ? missing.join(', ') : '—') : (e.problem ?? '');
    lines.push(
      `${String(i + 1).padStart(3)}  ${cell(e.name, nameWidth)}  ${paint[e.status](cell(STATUS_LABEL[e.status], 14))}  ` +
        `${(read ? String(e.counts.error) : '').padStart(3)}  ${(read ? String(e.counts.warning) : '').padStart(5)}  ${read ? detail : c.dim(detail)}`,
    );
  });
  const t = report.totals;
  lines.push(
    '',
    `${report.entries.length} tệp: ${c.green(`${t.ok} đạt`)}, ${c.red(`${t.errors} có lỗi`)}, ${c.yellow(`${t.failed} không đọc được`)}, ${t.skipped} bỏ qua.`,
  );
  return `${lines.join('\n')}\n`;
}
