import { describe, expect, it } from 'vitest';
import { ActionResponse, PollResponse } from '../../apps-script/shared/server-api.ts';
import type { FakeParagraph, FakeRange } from '../../playground/document-app/index.ts';
import { check, newAddon, texts, writeLines } from './helpers.ts';

type Action = { ok: boolean; message: string };

describe('inserting a snippet', () => {
  it('puts one line into the text at the cursor', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['Kính gửi: .']);
    fake.doc.placeCursor(p as FakeParagraph, 10);
    const r = gas.call<Action>('khungInsertSnippet', 'Ban Thường vụ LĐLĐ tỉnh');
    expect(ActionResponse.safeParse(r).success).toBe(true);
    expect(texts(fake)).toEqual(['Kính gửi: Ban Thường vụ LĐLĐ tỉnh.']);
  });

  it('makes each line of a longer snippet a paragraph in body style after the cursor paragraph', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['Trên đây là báo cáo./.', 'Cuối.']);
    fake.doc.placeCursor(p as FakeParagraph, 22);
    gas.call('khungInsertSnippet', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.');
    expect(texts(fake)).toEqual([
      'Trên đây là báo cáo./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'Cuối.',
    ]);
    const inserted = fake.doc.body.allParagraphs()[2] as FakeParagraph;
    expect(inserted.heading).toBe('NORMAL');
    expect(inserted.runs[0]?.attrs).toMatchObject({
      FONT_FAMILY: 'Times New Roman',
      FONT_SIZE: 14,
      BOLD: false,
    });
  });

  it('inserts into the table cell holding the cursor (a signature table)', () => {
    const { fake, gas } = newAddon();
    writeLines(fake, ['Trước bảng.']);
    const table = fake.doc.body.addTable([['Nơi nhận:', 'TM. BAN CHẤP HÀNH']]);
    const cell = table.rows()[0]?.cells()[1];
    fake.doc.placeCursor(cell?.paragraphs()[0] as FakeParagraph, 17);
    gas.call('khungInsertSnippet', 'CHỦ TỊCH\n\nNguyễn Văn An');
    expect(cell?.paragraphs().map((p) => p.plainText())).toEqual([
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      '',
      'Nguyễn Văn An',
    ]);
  });

  it('says what to do when the snippet is empty or there is nowhere to put it', () => {
    const { fake, gas } = newAddon();
    writeLines(fake, ['Có chữ.']);
    expect(gas.call<Action>('khungInsertSnippet', '  ')).toEqual({
      ok: false,
      message: expect.stringContaining('trống'),
    });
    expect(gas.call<Action>('khungInsertSnippet', 'a\nb')).toEqual({
      ok: false,
      message: expect.stringContaining('con trỏ'),
    });
  });
});

describe('selecting a finding and polling for changes', () => {
  it('selects the paragraph of a block, counting blocks as the check does (blank paragraphs skipped)', () => {
    const { fake, gas } = newAddon();
    const ps = writeLines(fake, ['I. MỘT', '', 'Nội dung.', 'II. HAI']);
    const before = texts(fake);
    const r = gas.call<Action>('khungSelectBlock', 2);
    expect(r.ok).toBe(true);
    const range = fake.doc.selection as FakeRange;
    expect(range.elements.map((e) => e.element)).toEqual([ps[3]]);
    expect(fake.doc.cursor).toBeNull();
    expect(texts(fake)).toEqual(before);
    expect(gas.call<Action>('khungSelectBlock', 9)).toEqual({
      ok: false,
      message: expect.stringContaining('Kiểm tra lại'),
    });
  });

  it('polls with a single read when nothing changed, and returns the document model when the text did', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['I. TÌNH HÌNH', 'Nội dung.']);
    const first = check(gas, 'auto');
    fake.log.reset();
    const same = gas.call('khungPoll', first.signature);
    expect(PollResponse.safeParse(same).success).toBe(true);
    expect(same).toEqual({ ok: true, changed: false, signature: first.signature });
    // One read (the tab's text) and the four calls that reach the active tab; nothing else.
    expect(Object.fromEntries(fake.log.counts)).toEqual({
      'DocumentApp.getActiveDocument': 1,
      'Document.getActiveTab': 1,
      'Tab.asDocumentTab': 1,
      'DocumentTab.getBody': 1,
      'Body.getText': 1,
    });
    (p as FakeParagraph).runs = [{ text: 'I. TÌNH HÌNH CHUNG', attrs: {} }];
    fake.log.reset();
    const changed = gas.call<{ ok: true; changed: boolean; signature: string; doc?: { blocks: unknown[] } }>(
      'khungPoll',
      first.signature,
    );
    expect(PollResponse.safeParse(changed).success).toBe(true);
    // After a change the structure is read once, from the text already read: the text is not read again.
    expect(fake.log.counts.get('Body.getText')).toBe(1);
    expect(fake.log.counts.get('Body.getParagraphs')).toBe(1);
    expect(fake.log.counts.get('DocumentApp.getActiveDocument')).toBe(1);
    expect(changed.changed).toBe(true);
    expect(changed.signature).not.toBe(first.signature);
    expect(changed.doc?.blocks).toHaveLength(2);
    // Neither the outlines nor the property store: the sidebar checks the model itself.
    expect([...fake.log.counts.keys()].filter((k) => /Properties|HtmlService/.test(k))).toEqual([]);
    expect(fake.doc.selection).toBeNull();
  });
});
