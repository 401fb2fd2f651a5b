import { describe, expect, it } from 'vitest';
import type { Finding, Range, Severity } from '../../shared/core/base/finding.ts';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { type Outline, Outline as OutlineSchema } from '../../shared/core/outline/outline-schema.ts';
import { applyFixes } from '../../shared/core/rules/apply-fixes.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import type { Rule } from '../../shared/core/rules/rule.ts';

/** A document given as plain text (one paragraph a line, through docFromText) or as a DocModel. */
export type Source = { text: string; doc?: never } | { doc: DocModel; text?: never };

/** What one expected finding must be; every field given is compared exactly. */
export interface ExpectedFinding {
  /** The 1-based source line of the finding's block (Block.line from docFromText). */
  line?: number;
  /** The finding's block index (-1 = the document as a whole). */
  block?: number;
  severity?: Severity;
  /** Substrings the message must contain. */
  messageIncludes?: string | string[];
  range?: Range;
  /** Whether the finding carries a fix. */
  fix?: boolean;
}

/** A document that must give no finding of the rule. */
export type ValidCase = string | ({ name?: string; outline?: Outline | null } & Source);

/** A document that must give exactly the listed findings of the rule, in document order. */
export type InvalidCase = {
  name: string;
  /** Overrides the table's outline for this case (null = none). */
  outline?: Outline | null;
  findings: ExpectedFinding[];
  /** The text after applying all the findings' fixes, blocks joined by '\n'. */
  output?: string;
  /** How many of those fixes applyFixes skips as overlapping (0 unless given). */
  skipped?: number;
} & Source;

export interface RuleTable {
  /** The outline to check against; none by default. */
  outline?: Outline | null;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** The DocModel of a case: docFromText for text, the DocModel itself otherwise. */
export function docOf(source: Source): DocModel {
  return source.doc ?? docFromText(source.text);
}

/** Runs one rule alone over a document, with an outline or none. */
export function runRule(rule: Rule, doc: DocModel, outline: Outline | null = null): Finding[] {
  // With an outline, match it; without, 'auto' over no outlines detects nothing.
  const result = outline
    ? checkDocument(doc, { outline, rules: [rule] })
    : checkDocument(doc, { rules: [rule] });
  return result.findings.filter((f) => f.ruleId === rule.id);
}

/** Applies every fix of the findings and returns the text, blocks joined by '\n', and what was skipped. */
export function fixedText(doc: DocModel, findings: readonly Finding[]): { text: string; skipped: number } {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const result = applyFixes(doc, fixes);
  return { text: result.doc.blocks.map((b) => b.text).join('\n'), skipped: result.skipped.length };
}

/** The block index a 1-based source line stands for; throws when no block starts on that line. */
export function blockAtLine(doc: DocModel, line: number): number {
  const index = doc.blocks.findIndex((b) => b.line === line);
  if (index < 0) throw new Error(`no block starts on line ${line}`);
  return index;
}

function label(source: Source): string {
  const text = source.text ?? source.doc?.blocks.map((b) => b.text).join(' ⏎ ') ?? '';
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

function checkFinding(doc: DocModel, actual: Finding, expected: ExpectedFinding, n: number): void {
  const where = `finding #${n + 1} (${actual.message})`;
  if (expected.line !== undefined)
    expect(actual.block, `${where}: block`).toBe(blockAtLine(doc, expected.line));
  if (expected.block !== undefined) expect(actual.block, `${where}: block`).toBe(expected.block);
  if (expected.severity !== undefined) expect(actual.severity, `${where}: severity`).toBe(expected.severity);
  if (expected.range !== undefined) expect(actual.range, `${where}: range`).toEqual(expected.range);
  if (expected.fix !== undefined) expect(actual.fix !== undefined, `${where}: has a fix`).toBe(expected.fix);
  const parts = expected.messageIncludes;
  for (const part of parts === undefined ? [] : Array.isArray(parts) ? parts : [parts]) {
    expect(actual.message, `${where}: message`).toContain(part);
  }
}

/**
 * textlint-tester's way: one `describe` per rule, one `it` per case. Valid cases must give no
 * finding of the rule; invalid ones exactly the listed findings (count, then field by field, in
 * document order), and `output` the text once all their fixes are applied (none skipped unless told).
 */
export function ruleTable(rule: Rule, table: RuleTable): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const [i, c] of table.valid.entries()) {
        const source: Source = typeof c === 'string' ? { text: c } : c;
        const name = (typeof c === 'string' ? undefined : c.name) ?? `#${i + 1}: ${label(source)}`;
        const outline =
          typeof c === 'string' || c.outline === undefined ? (table.outline ?? null) : c.outline;
        it(name, () => {
          const findings = runRule(rule, docOf(source), outline);
          expect(findings.map((f) => `${f.block}: ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of table.invalid) {
        const outline = c.outline === undefined ? (table.outline ?? null) : c.outline;
        it(c.name, () => {
          const doc = docOf(c);
          const findings = runRule(rule, doc, outline);
          expect(
            findings.map((f) => `${f.block}: ${f.message}`),
            `expected ${c.findings.length} finding(s)`,
          ).toHaveLength(c.findings.length);
          c.findings.forEach((expected, n) => {
            checkFinding(doc, findings[n] as Finding, expected, n);
          });
          if (c.output !== undefined) {
            const fixed = fixedText(doc, findings);
            expect(fixed.skipped, 'fixes skipped').toBe(c.skipped ?? 0);
            expect(fixed.text).toBe(c.output);
          }
        });
      }
    });
  });
}

/** A small outline for rule tests, validated by the real schema; sections as the schema takes them. */
export function testOutline(sections: unknown[], extra: Record<string, unknown> = {}): Outline {
  return OutlineSchema.parse({
    id: 'test-bao-cao',
    title: 'Báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm',
    documentType: 'bao-cao',
    provenance: { verified: false },
    parameters: [],
    frame: { typeName: 'BÁO CÁO', kinhGui: false },
    sections,
    ...extra,
  });
}
