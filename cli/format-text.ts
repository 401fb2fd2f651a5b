import { outlineExplanation } from '../shared/core/report/outline-explanation.ts';
import type { CheckReport } from './report-model.ts';

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

/** ANSI colours, or none (not a terminal, or NO_COLOR set). */
export function colors(enabled: boolean): Colors {
  const wrap = (code: number) => (s: string) => (enabled ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap(31), yellow: wrap(33), blue: wrap(34), green: wrap(32), dim: wrap(2), bold: wrap(1) };
}

const GROUPS = [
  ['error', 'Lỗi', 'red'],
  ['warning', 'Cảnh báo', 'yellow'],
  ['info', 'Gợi ý', 'blue'],
] as const;

/** The human report: which outline, the section checklist, findings grouped by severity, the counts. */
export function formatText(report: CheckReport, c: Colors): string {
  const lines: string[] = [c.bold(report.file)];
  if (report.outline) {
    const o = report.outline;
    lines.push(
      `Đề cương: ${o.title} (${o.id}) — khớp ${Math.round(o.coverage * 100)}%${o.part > 1 ? `, phần ${o.part} của văn bản` : ''}`,
    );
    const explanation = outlineExplanation(report);
    if (explanation) lines.push(c.dim(explanation));
    for (const s of report.sections) {
      const mark = s.found ? c.green('✓') : s.required ? c.red('✗') : c.dim('–');
      lines.push(
        `  ${mark} ${s.heading.length > 80 ? `${s.heading.slice(0, 77)}…` : s.heading}${s.found ? c.dim(` (${s.where})`) : s.required ? '' : c.dim(' (không bắt buộc)')}`,
      );
    }
  } else {
    const explanation = outlineExplanation(report);
    if (explanation) lines.push(c.dim(explanation));
    lines.push(
      c.dim(
        'Không nhận ra đề cương nào; chỉ kiểm tra cấu trúc chung và ký tự. Chọn đề cương bằng --outline <id>.',
      ),
    );
  }
  for (const [severity, title, color] of GROUPS) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', c.bold(c[color](`${title} (${group.length})`)));
    for (const f of group) {
      lines.push(`  ${c.dim(`${f.where}:`)} ${f.message} ${c.dim(`[${f.ruleId}]`)}`);
      if (f.excerpt) lines.push(`    ${c.dim(`› ${f.excerpt}`)}`);
      if (f.fix) lines.push(`    ${c.dim(`sửa được: ${f.fix.label}`)}`);
    }
  }
  const { error, warning, info } = report.counts;
  lines.push(
    '',
    error + warning + info === 0
      ? c.green('Không phát hiện lỗi nào.')
      : `Tổng: ${error} lỗi, ${warning} cảnh báo, ${info} gợi ý.`,
  );
  return `${lines.join('\n')}\n`;
}
