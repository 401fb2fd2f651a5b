import { describe, expect, it } from 'vitest';
import { EditsResponse } from '../../apps-script/shared/server-api.ts';
import { fixRequest } from '../../apps-script/sidebar/fix-request.ts';
import type { FakeParagraph } from '../../playground/document-app/index.ts';
import { applyFixes, check, type Fixed, texts } from './helpers.ts';
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

type Failed = { ok: false; message: string };
const applied = (r: Fixed) => {
  if (!r.ok) throw new Error(`the fix failed: ${r.message}`);
  return r;
};

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
    const r = applied(applyFixes(gas, before, SEED_003, [finding?.index ?? -1]));
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
    const r = applied(applyFixes(gas, before, SEED_003, indexes));
    expect(r.message).toContain('Khung đã kiểm tra lại văn bản');
    expect(r.view.findings).toEqual([]);
    expect(check(gas, SEED_003).signature).toBe(r.signature);
  });

  it('answers khungApplyEdits with the document read again, in the shape of the contract', () => {
    const { gas } = faultyReport();
    const before = check(gas, SEED_003);
    const request = fixRequest(
      before.local,
      before.view.findings.filter((f) => f.fix).map((f) => f.index),
    );
    if ('message' in request) throw new Error(request.message);
    const r = gas.call('khungApplyEdits', request.edits, request.named);
    expect(EditsResponse.safeParse(r).success).toBe(true);
    expect((r as { doc: { blocks: { text: string }[] } }).doc.blocks.map((b) => b.text)).toEqual(
      request.expected,
    );
  });

  it('puts two inserts after one paragraph in the order given, as the core plans them', () => {
    const { fake, gas } = faultyReport();
    const doc = gas.call<{ doc: { blocks: { text: string }[] } }>('khungRead').doc;
    const block = doc.blocks.findIndex((b) => b.text.startsWith('Kính gửi'));
    const text = doc.blocks[block]?.text ?? '';
    const insert = (t: string) => ({
      kind: 'insert-after' as const,
      block,
      blocks: [{ text: t, style: {} }],
    });
    const r = gas.call(
      'khungApplyEdits',
      [insert('Mục thêm thứ nhất.'), insert('Mục thêm thứ hai.')],
      [{ block, text }],
    );
    expect(EditsResponse.safeParse(r).success).toBe(true);
    const after = texts(fake);
    const at = after.indexOf(text);
    expect(after.slice(at, at + 3)).toEqual([text, 'Mục thêm thứ nhất.', 'Mục thêm thứ hai.']);
  });

  it('refuses, changing nothing, when a paragraph the fix names changed since the check', () => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const finding = before.view.findings.find((f) => f.ruleId === 'unicode-hygiene');
    const named = fake.doc.body.allParagraphs().find((p) => p.plainText().includes('Ð')) as FakeParagraph;
    named.runs = [{ text: `${named.plainText()} (đã sửa tay)`, attrs: {} }];
    const snapshot = texts(fake);
    const r = applyFixes(gas, before, SEED_003, [finding?.index ?? -1]);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Văn bản đã thay đổi') });
    expect(texts(fake)).toEqual(snapshot);
  });

  it('refuses, changing nothing, when a paragraph was added above the one the fix names', () => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const finding = before.view.findings.find((f) => f.ruleId === 'unicode-hygiene');
    const named = fake.doc.body.allParagraphs().find((p) => p.plainText().includes('Ð')) as FakeParagraph;
    fake.doc.body.insertParagraph(fake.doc.body.children.indexOf(named), 'Một đoạn mới viết thêm.');
    const snapshot = texts(fake);
    const r = applyFixes(gas, before, SEED_003, [finding?.index ?? -1]);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Văn bản đã thay đổi') });
    expect(texts(fake)).toEqual(snapshot);
  });

  it('applies the fix when only other paragraphs changed since the check', () => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const finding = before.view.findings.find((f) => f.ruleId === 'unicode-hygiene');
    const last = fake.doc.body.allParagraphs().at(-3) as FakeParagraph;
    last.runs = [{ text: `${last.plainText()} (đã sửa tay)`, attrs: {} }];
    const r = applied(applyFixes(gas, before, SEED_003, [finding?.index ?? -1]));
    expect(r.view.findings.filter((f) => f.ruleId === 'unicode-hygiene')).toEqual([]);
    expect(texts(fake)).toContain(`${last.plainText()}`);
  });

  it('refuses, changing nothing, edits the sidebar did not compute on the paragraphs it names', () => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const snapshot = texts(fake);
    const block = before.local.doc.blocks.findIndex((b) => b.text.includes('Ð'));
    const text = before.local.doc.blocks[block]?.text ?? '';
    const replace = (range: [number, number], b = block) => ({ kind: 'replace', block: b, range, text: 'Đ' });
    const cases: Array<[unknown, unknown]> = [
      // A range past the end of the paragraph's text.
      [[replace([text.length, text.length + 1])], [{ block, text }]],
      // A paragraph the request does not name, so its text was never compared.
      [[replace([0, 1], block + 1)], [{ block, text }]],
      // Not an edit at all, and no edits.
      [[{ kind: 'delete-everything', block }], [{ block, text }]],
      [[], []],
    ];
    for (const [edits, named] of cases) {
      const r = gas.call<Failed>('khungApplyEdits', edits, named);
      expect(r.ok, JSON.stringify(edits)).toBe(false);
      expect(r.message).not.toMatch(/block|range|kind|edits/);
    }
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
    const r = applyFixes(gas, before, SEED_003, [finding?.index ?? -1]);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Ctrl+Z') });
  });

  it('refuses, changing nothing, when one chosen finding has no fix', () => {
    const { fake, gas } = faultyReport();
    const before = check(gas, SEED_003);
    const snapshot = texts(fake);
    const fixable = before.view.findings.find((f) => f.fix)?.index ?? -1;
    const r = applyFixes(gas, before, SEED_003, [fixable, 999]);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Kiểm tra lại') });
    expect(texts(fake)).toEqual(snapshot);
  });
});
