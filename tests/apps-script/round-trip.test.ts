import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGoogle } from '../../playground/document-app/index.ts';
import { builtFile } from '../../playground/run-code-js.ts';
import { RULES } from '../../shared/core/rules/registry.ts';
import { check, newAddon } from './helpers.ts';

/** Calls to the document (the property store is per action, not per paragraph). */
const documentCalls = (fake: FakeGoogle) =>
  [...fake.log.counts].filter(([name]) => !name.startsWith('Properties')).reduce((n, [, c]) => n + c, 0);

const outlineIds = (JSON.parse(builtFile('KhungOutlines.html')) as Array<{ id: string }>).map((o) => o.id);
const structural = new Set(RULES.filter((r) => r.group === 'cấu trúc').map((r) => r.id));

describe('inserting an outline and checking the document against it', () => {
  it('covers every outline of outlines/ (the build ships them all in KhungOutlines.html)', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../outlines'))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(outlineIds).toEqual(files);
  });

  it.each(outlineIds)(
    '%s: inserted into an empty document (≤ 4 calls a paragraph), it checks (≤ 3 a paragraph) with every section found and, left unfilled, fails only on the sections still holding prompts',
    (id) => {
      const { fake, gas } = newAddon();
      const inserted = gas.call<{ ok: boolean; message: string }>('khungInsertOutline', id, {
        ngay: 'ngày 05 tháng 12 năm 2025',
      });
      expect(inserted).toMatchObject({ ok: true });
      const paragraphs = fake.doc.body.allParagraphs().length;
      expect(documentCalls(fake), 'insert: ≤ 4 calls a paragraph').toBeLessThanOrEqual(4 * paragraphs);
      fake.log.reset();
      const { view } = check(gas, id);
      expect(documentCalls(fake), 'read: ≤ 3 calls a paragraph').toBeLessThanOrEqual(3 * paragraphs);
      expect(view.outline?.id).toBe(id);
      expect(view.checklist.filter((c) => !c.found).map((c) => `${c.path} ${c.heading}`)).toEqual([]);
      const errors = view.findings.filter((f) => f.severity === 'error' && structural.has(f.ruleId));
      // An unfilled skeleton is a report not yet written, not the đề cương: its required sections that
      // hold only prompts (or nothing) are errors, and nothing else structural is.
      expect(
        errors.filter((f) => f.ruleId !== 'empty-section').map((f) => `${f.ruleId}: ${f.message}`),
      ).toEqual([]);
      const prompts = view.findings.filter((f) => f.ruleId === 'empty-section');
      expect(prompts.length, 'an unfilled skeleton must not pass').toBeGreaterThan(0);
      // Errors where the outline makes sections required, warnings where it does not.
      expect(errors.length > 0).toBe(prompts.some((f) => f.severity === 'error'));
      expect(view.outline?.isSource).toBe(false);
      expect(fake.doc.body.page.width).toBeCloseTo(595.3, 0);
    },
  );
});
