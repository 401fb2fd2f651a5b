import { describe, expect, it } from 'vitest';
import { FakeParagraph } from '../../playground/document-app/index.ts';
import { applyFixes, check, FULL_PARAMS, newAddon, texts } from './helpers.ts';
import { filledSeed003, SEED_003 } from './seed-003.ts';

const isTopHeading = (el: unknown, label: string) =>
  el instanceof FakeParagraph && el.heading === 'HEADING1' && el.plainText().startsWith(`${label}. `);

describe('seed 003 (Hướng dẫn 148/HD-CĐVC, Thanh Hóa): a report written from its outline', () => {
  it('passes the check once inserted and filled in', () => {
    const { gas } = filledSeed003();
    const { view } = check(gas, SEED_003);
    expect(view.outline).toMatchObject({ id: SEED_003, isSource: false });
    expect(view.checklist.every((c) => c.found)).toBe(true);
    expect(view.findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('flags the grey prompts left in, by the leftover-guidance rule', () => {
    const { fake, gas } = newAddon();
    gas.call('khungInsertOutline', SEED_003, FULL_PARAMS);
    const prompts = fake.doc.body
      .allParagraphs()
      .filter((p) => p.runs[0]?.attrs.FOREGROUND_COLOR === '#7f7f7f');
    const left = prompts.slice(0, 3).map((p) => p.plainText());
    prompts.slice(3).forEach((p, i) => {
      p.runs = [
        { text: `Nội dung thực tế số ${i + 1} của công đoàn cơ sở, với số liệu cụ thể của năm.`, attrs: {} },
      ];
    });
    const { view } = check(gas, SEED_003);
    const flagged = view.findings.filter((f) => f.ruleId === 'leftover-guidance');
    expect(flagged).toHaveLength(3);
    expect(flagged.map((f) => texts(fake).filter((t) => t.trim())[f.block])).toEqual(left);
  });

  it('shows section III missing once it is deleted, and the fix puts it back between II and IV', () => {
    const { fake, gas } = filledSeed003();
    const body = fake.doc.body.children;
    const from = body.findIndex((el) => isTopHeading(el, 'III'));
    const to = body.findIndex((el) => isTopHeading(el, 'IV'));
    expect(from).toBeGreaterThan(0);
    const lastOfII = (body[from - 1] as FakeParagraph).plainText();
    body.splice(from, to - from);

    const before = check(gas, SEED_003);
    const missing = before.view.checklist.filter((c) => !c.found).map((c) => c.path);
    expect(missing).toEqual(['III', 'III.1', 'III.2', 'III.3']);
    const finding = before.view.findings.find((f) => f.ruleId === 'required-section');
    expect(finding?.message).toContain('III');
    expect(finding?.fix?.edits[0]?.kind).toBe('insert-after');

    const fixed = applyFixes(gas, before, SEED_003, [finding?.index ?? -1]);
    if (!fixed.ok) throw new Error(fixed.message);
    expect(fixed.view.checklist.every((c) => c.found)).toBe(true);
    expect(fixed.view.findings.filter((f) => f.ruleId === 'required-section')).toEqual([]);
    const all = texts(fake);
    const at = all.findIndex((t) => t.startsWith('III. TỒN TẠI'));
    expect(all[at - 1]).toBe(lastOfII);
    expect(all.slice(at, at + 4).map((t) => t.slice(0, 3))).toEqual(['III', '1. ', '2. ', '3. ']);
    expect(all[at + 4]?.startsWith('IV. ')).toBe(true);
    const inserted = fake.doc.body.allParagraphs()[at] as FakeParagraph;
    expect(inserted.heading).toBe('HEADING1');
    expect(inserted.runs[0]?.attrs).toMatchObject({ BOLD: true, FONT_FAMILY: 'Times New Roman' });
    // Put back with its headings only, section III is not written yet: its three required items are
    // the only errors left, and each names its heading.
    const errors = fixed.view.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toEqual(['empty-section', 'empty-section', 'empty-section']);
    expect(errors.map((f) => /“(\d\.)/u.exec(f.message)?.[1])).toEqual(['1.', '2.', '3.']);
  });
});
