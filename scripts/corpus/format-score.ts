import type { DocumentScore, Totals } from './score.ts';
import { totals } from './score.ts';

const pct = (x: number) => x.toFixed(2);

/** The table of one group of documents: recall per kind, then the overall figures. */
export function formatTotals(label: string, t: Totals): string[] {
  const out = [`${label}: ${t.found}/${t.faults} lỗi được tìm thấy`];
  const kinds = [...t.byKind].sort(([, a], [, b]) => b.faults - a.faults);
  for (const [kind, k] of kinds) out.push(`  ${kind.padEnd(15)} ${pct(k.recall)}  (${k.found}/${k.faults})`);
  const sev = [...t.bySeverity].map(
    ([s, v]) => `${s} ${v.truePositives}/${v.truePositives + v.falsePositives}`,
  );
  out.push(`  độ chính xác theo mức: ${sev.join(', ') || '—'}`);
  return out;
}

/** One line of figures for a group, the form the summary ends with. */
export function summaryLine(label: string, t: Totals): string {
  return `${label}: recall ${pct(t.recall)} (${t.found}/${t.faults}), precision ${pct(t.precision)} (${t.truePositives} đúng, ${t.falsePositives} sai)`;
}

/** Misses and false findings, one a line, for review (the snapshot test keeps this text). */
export function formatDetails(scores: readonly DocumentScore[]): string[] {
  const out: string[] = [];
  for (const s of scores) {
    for (const f of s.faults) {
      if (!f.found) out.push(`BỎ SÓT ${s.name}:${f.line} [${f.kind}] ${f.quote}`);
    }
    for (const { placed, verdict } of s.findings) {
      if (verdict !== 'false') continue;
      const { finding } = placed;
      out.push(`SAI ${s.name}:${placed.line} ${finding.severity} ${finding.ruleId}: ${finding.message}`);
    }
  }
  return out;
}

/** The whole report: details (unless quiet), per-kind tables, and the three summary lines last. */
export function formatReport(scores: readonly DocumentScore[], quiet = false): string {
  const seeds = scores.filter((s) => s.name.startsWith('seed-'));
  const others = scores.filter((s) => !s.name.startsWith('seed-'));
  const all = totals(scores);
  const lines = quiet ? [] : [...formatDetails(scores), ''];
  lines.push(...formatTotals(`Toàn bộ ngữ liệu (${scores.length} văn bản)`, all), '');
  lines.push(
    summaryLine(`văn bản ngoài 5 tệp gốc (${others.length})`, totals(others)),
    summaryLine(`5 tệp gốc (${seeds.length})`, totals(seeds)),
    summaryLine(`toàn bộ (${scores.length})`, all),
    `mục tiêu: recall ≥ 0.85, precision ≥ 0.95, không loại lỗi nào dưới 0.60 — ${meetsTargets(all) ? 'ĐẠT' : 'CHƯA ĐẠT'}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The targets of the checker issue: recall ≥ 0.85, precision ≥ 0.95, every kind ≥ 0.6. */
export function meetsTargets(t: Totals): boolean {
  return t.recall >= 0.85 && t.precision >= 0.95 && [...t.byKind.values()].every((k) => k.recall >= 0.6);
}
