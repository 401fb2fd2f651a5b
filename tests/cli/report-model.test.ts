import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colors, formatText } from '../../cli/format-text.ts';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { readDocument } from '../../cli/read-document.ts';
import { reportFromView, toReport } from '../../cli/report-model.ts';
import { toCheckView } from '../../shared/core/report/to-check-view.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';

// The command line prints the core's CheckView (the view the sidebar and the side panel show), with
// what only it knows added: the file, where each finding is, a quote. Nothing is decided twice.

const { outlines } = loadBuiltInOutlines();
const fixtures = join(import.meta.dirname, '../fixtures/check');

describe('the CLI report is the core’s check view placed in the file', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`${name}: same outline, sections, findings and counts as the view, in the view's order`, async () => {
      const dir = join(fixtures, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.')) ?? '';
      const doc = await readDocument(join(dir, input));
      const result = checkDocument(doc, { outline: 'auto', outlines });
      const view = toCheckView(result);
      const report = toReport(input, doc, result);
      expect(report).toEqual(reportFromView(input, doc, view));
      expect(report.outline?.id).toBe(view.outline?.id);
      expect(report.outline?.part).toBe(view.outline ? view.outline.part + 1 : undefined);
      expect(report.sections.map((s) => [s.path, s.found])).toEqual(
        view.checklist.map((c) => [c.path, c.found]),
      );
      expect(report.findings.map((f) => [f.ruleId, f.message, f.fix?.label])).toEqual(
        view.findings.map((f) => [f.ruleId, f.message, f.fix?.label]),
      );
      expect(report.counts).toEqual(view.counts);
      // A finding without a fix prints no "fix" key in the JSON output, as before.
      for (const f of report.findings) expect('fix' in f).toBe(f.fix !== undefined);
      expect(formatText(report, colors(false))).toMatch(/\nTổng: |\nKhông phát hiện lỗi nào\.\n$/);
    });
  }
});
