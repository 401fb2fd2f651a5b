import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import type { CheckResult } from '../../shared/core/rules/check-document.ts';

/** The check as golden lines: outline, checklist, then "where:severity:rule:message", one a line (Vale style). */
export function goldenLines(doc: DocModel, result: CheckResult): string {
  const lines: string[] = [];
  const m = result.match;
  lines.push(m ? `outline ${m.outline.id} part ${m.part + 1}${m.isSource ? ' source' : ''}` : 'outline none');
  for (const s of m?.sections ?? []) {
    lines.push(`${s.block >= 0 ? '✓' : s.flat.section.required ? '✗' : '–'} ${s.flat.path}`);
  }
  for (const f of result.findings) {
    const where = f.block < 0 ? 'doc' : String(doc.blocks[f.block]?.line ?? `#${f.block}`);
    lines.push(`${where}:${f.severity}:${f.ruleId}:${f.message}${f.fix ? ` [fix: ${f.fix.label}]` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Compares with the expected file; UPDATE_GOLDEN=1 (re)writes it, on purpose only. */
export function expectGolden(actual: string, expectedPath: string): { actual: string; expected: string } {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) {
    if (process.env.CI && !existsSync(expectedPath))
      throw new Error(`thiếu tệp kết quả mẫu: ${expectedPath}`);
    writeFileSync(expectedPath, actual);
  }
  return { actual, expected: readFileSync(expectedPath, 'utf8') };
}
