import { describe, expect, it } from 'vitest';
import { ActionResponse } from '../../apps-script/shared/server-api.ts';
import type { FakeParagraph } from '../../playground/document-app/index.ts';
import { check, texts } from './helpers.ts';
import { filledSeed003, SEED_003 } from './seed-003.ts';

/** The filled seed 003 report with one fault of each fixable kind written in (uncounted). */
function faultyReport() {
  const addon = filledSeed003();
  const ps = addon.fake.doc.body.allParagraphs();
  const find = (start: string) => ps.find((p) => p.plainText().startsWith(start)) as FakeParagraph;
  const set = (p: FakeParagraph, text: string) => {
    p.runs = [{ text, attrs: { ...p.runs[0]?.attrs } }];
  };
  set(find('Kính gửi'), 'Kính gửi: Ban Thường vụ Công đoàn Viên chức tỉnh Thanh Hóa;');
  set(find('Thanh Hóa, ngày'), 'Thanh Hóa, ngày 5 tháng 3 năm 2023');
  const content = find('Đời sống, việc làm');
  set(content, content.plainText().replace('Đời', 'Ðời'));
  find('II. ').attrs.HEADING = 'NORMAL';
  const iv = find('IV. ');
  set(iv, iv.plainText().replace('IV.', 'V.'));
  return addon;
}

type Applied = { ok: true; message: string; view: ReturnType<typeof check>['view']; signature: string };

const KINDS: ReadonlyArray<[string, string]> = [
  ['ngay-thang', 'replace: a day without its zero (NĐ 30 date form)'],
  ['kinh-gui', 'replace: a list mark left after the one recipient of Kính gửi'],
  ['unicode-hygiene', 'replace: Ð (Eth) by Đ'],
  ['heading-style', 'set-style: a heading without its Heading style'],
  ['numbering-sequence', 'replace: a run of headings renumbered'],
];

describe('one-click fixes applied to the document through DocumentApp', () => {
  it('finds one fixable fault of each kind written into the report', () => {
    const { gas } = faultyReport();
    const { view } = check(gas, SEED_003);
    expect(
      view.findings
        .filter((f) => f.fix)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(KINDS.map(([id]) => id).sort());
  });

  it.each(KINDS)('%s (%s): applying its fix removes the finding and nothing else changes', (ruleId) => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const finding = before.view.findings.find((f) => f.ruleId === ruleId);
    expect(finding?.fix).toBeTruthy();
    const textsBefore = texts(fake);
    const r = gas.call<Applied>('khungApplyFixes', SEED_003, before.signature, [finding?.index]);
    expect(ActionResponse.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({ ok: true });
    expect(r.message).toContain('Đã sửa 1 lỗi');
    expect(r.view.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    expect(r.view.findings).toHaveLength(before.view.findings.length - 1);
    const changed = texts(fake).filter((t, i) => t !== textsBefore[i]);
    expect(changed.length).toBeLessThanOrEqual(1);
  });

  it('applies every fix at once as one operation, leaving no error', () => {
    const { gas } = faultyReport();
    const before = check(gas, SEED_003);
    const indexes = before.view.findings.filter((f) => f.fix).map((f) => f.index);
    const r = gas.call<Applied>('khungApplyFixes', SEED_003, before.signature, indexes);
    expect(r).toMatchObject({ ok: true });
    expect(r.view.findings).toEqual([]);
    expect(check(gas, SEED_003).signature).toBe(r.signature);
  });

  it('refuses, changing nothing, when the document changed since the check', () => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const last = fake.doc.body.allParagraphs().at(-3) as FakeParagraph;
    last.runs = [{ text: `${last.plainText()} (đã sửa tay)`, attrs: {} }];
    const snapshot = texts(fake);
    const r = gas.call<{ ok: boolean; message: string }>('khungApplyFixes', SEED_003, before.signature, [0]);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Văn bản đã thay đổi') });
    expect(texts(fake)).toEqual(snapshot);
  });

  it('says how to undo when Google Docs fails in the middle of a fix', () => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const finding = before.view.findings.find((f) => f.ruleId === 'unicode-hygiene');
    const paragraph = fake.doc.body.allParagraphs().find((p) => p.plainText().includes('Ð'));
    const text = paragraph?.textElement();
    if (!text) throw new Error('no Ð paragraph');
    text.insertText = () => {
      throw new Error('Exception: Service Documents failed while accessing document.');
    };
    const r = gas.call<{ ok: boolean; message: string }>('khungApplyFixes', SEED_003, before.signature, [
      finding?.index,
    ]);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Ctrl+Z') });
  });

  it('refuses, changing nothing, when one chosen finding has no fix', () => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const snapshot = texts(fake);
    const fixable = before.view.findings.find((f) => f.fix)?.index ?? -1;
    const r = gas.call<{ ok: boolean; message: string }>('khungApplyFixes', SEED_003, before.signature, [
      fixable,
      999,
    ]);
    expect(r.ok).toBe(false);
    expect(texts(fake)).toEqual(snapshot);
  });
});
