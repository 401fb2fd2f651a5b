import { describe, expect, it } from 'vitest';
import { ActionResponse, InitResult } from '../../apps-script/shared/server-api.ts';
import { type FakeParagraph, FakeTable } from '../../playground/document-app/index.ts';
import { FULL_PARAMS, newAddon, texts, writeLines } from './helpers.ts';

const OUTLINE = 'thanh-hoa-bao-cao-cdcs-nam-2023';
type Action = { ok: boolean; message: string };

describe('inserting an outline', () => {
  it('writes into an empty document a borderless header table, styled headings, grey prompts, and the closing table, on A4 with NĐ 30 margins', () => {
    const { fake, gas } = newAddon();
    const r = gas.call<Action>('khungInsertOutline', OUTLINE, FULL_PARAMS);
    expect(ActionResponse.safeParse(r).success).toBe(true);
    expect(r.message).toContain('khổ A4');
    // Docs keeps a paragraph before a table that opens the body: the header table comes right after.
    const [before, header, ...rest] = fake.doc.body.children;
    expect(before?.plainText()).toBe('');
    expect(header).toBeInstanceOf(FakeTable);
    const table = header as FakeTable;
    expect(table.borderWidth).toBe(0);
    const [left, right] = table.rows()[0]?.cells() ?? [];
    expect(left?.paragraphs().map((p) => p.plainText())).toEqual([
      'CÔNG ĐOÀN VIÊN CHỨC TỈNH THANH HÓA',
      'CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT HÀM RỒNG',
      'Số: 15/BC-CĐCS',
    ]);
    expect(right?.paragraphs().map((p) => p.plainText())).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thanh Hóa, ngày 05 tháng 12 năm 2023',
    ]);
    expect(right?.paragraphs()[2]?.runs[0]?.attrs).toMatchObject({
      ITALIC: true,
      FONT_FAMILY: 'Times New Roman',
    });
    const paragraphs = rest.filter((el): el is FakeParagraph => !(el instanceof FakeTable));
    const title = paragraphs.find((p) => p.plainText() === 'BÁO CÁO');
    expect(title?.attrs.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    const roman = paragraphs.find((p) => p.plainText().startsWith('I. TÌNH HÌNH'));
    expect(roman?.heading).toBe('HEADING1');
    expect(roman?.runs[0]?.attrs).toMatchObject({ BOLD: true, FONT_SIZE: 14, FOREGROUND_COLOR: '#000000' });
    expect(paragraphs.find((p) => p.plainText().startsWith('1. Công tác tham gia quản lý'))?.heading).toBe(
      'HEADING2',
    );
    const prompt = paragraphs.find((p) => p.plainText().startsWith('Số lượng, chất lượng đội ngũ'));
    expect(prompt?.runs[0]?.attrs).toMatchObject({ ITALIC: true, FOREGROUND_COLOR: '#7f7f7f' });
    expect(prompt?.heading).toBe('NORMAL');
    const closing = rest.filter((el) => el instanceof FakeTable).at(-1) as FakeTable;
    expect(closing).not.toBe(table);
    expect(closing.borderWidth).toBe(0);
    const [noiNhan, sign] = closing.rows()[0]?.cells() ?? [];
    expect(noiNhan?.paragraphs()[0]?.plainText()).toBe('Nơi nhận:');
    expect(
      sign
        ?.paragraphs()
        .map((p) => p.plainText())
        .filter(Boolean),
    ).toEqual(['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', 'Nguyễn Văn An']);
    // Docs cannot end a body with a table: an empty paragraph follows it.
    expect(fake.doc.body.children.at(-1)).not.toBeInstanceOf(FakeTable);
    expect(fake.doc.body.page).toMatchObject({
      width: expect.closeTo(595.28, 1),
      left: expect.closeTo(85.04, 1),
      right: expect.closeTo(42.52, 1),
    });
  });

  it('inserts after the paragraph holding the cursor, or before it when the cursor is at its start', () => {
    const { fake, gas } = newAddon();
    const [first] = writeLines(fake, ['Đoạn một.', 'Đoạn hai.']);
    fake.doc.placeCursor(first as FakeParagraph, 4);
    expect(gas.call<Action>('khungInsertOutline', OUTLINE, {}).ok).toBe(true);
    const all = texts(fake);
    expect(all[0]).toBe('Đoạn một.');
    expect(all.at(-1)).toBe('Đoạn hai.');
    expect(fake.doc.body.children[1]).toBeInstanceOf(FakeTable);

    const again = newAddon();
    const [, b] = writeLines(again.fake, ['Đoạn một.', 'Đoạn hai.']);
    again.fake.doc.placeCursor(b as FakeParagraph, 0);
    again.gas.call('khungInsertOutline', OUTLINE, {});
    expect(again.fake.doc.body.children[1]).toBeInstanceOf(FakeTable);
    expect(texts(again.fake).at(-1)).toBe('Đoạn hai.');
  });

  it('inserts after a selection when there is no cursor', () => {
    const { fake, gas } = newAddon();
    const [a, b] = writeLines(fake, ['Một.', 'Hai.', 'Ba.']);
    fake.doc.selectParagraphs([a as FakeParagraph, b as FakeParagraph]);
    const r = gas.call<Action>('khungInsertOutline', OUTLINE, {});
    expect(r.message).toContain('sau vùng đang chọn');
    expect(fake.doc.body.children[2]).toBeInstanceOf(FakeTable);
  });

  it('refuses with a Vietnamese message, changing nothing, with the cursor in a table or nowhere in a non-empty document', () => {
    const { fake, gas } = newAddon();
    writeLines(fake, ['Một.']);
    const table = fake.doc.body.addTable([['ô trái', 'ô phải']]);
    fake.doc.placeCursor(table.rows()[0]?.cells()[1]?.paragraphs()[0] as FakeParagraph, 2);
    const inTable = gas.call<Action>('khungInsertOutline', OUTLINE, {});
    expect(inTable).toEqual({ ok: false, message: expect.stringContaining('trong một bảng') });
    fake.doc.cursor = null;
    const nowhere = gas.call<Action>('khungInsertOutline', OUTLINE, {});
    expect(nowhere).toEqual({ ok: false, message: expect.stringContaining('đặt con trỏ') });
    expect(texts(fake)).toEqual(['Một.', 'ô trái', 'ô phải']);
  });

  it('remembers the parameters per user, except the date', () => {
    const { gas } = newAddon();
    gas.call('khungInsertOutline', OUTLINE, FULL_PARAMS);
    const init = gas.call<{ ok: true; params: Record<string, string>; outlineId: string; docEmpty: boolean }>(
      'khungInit',
    );
    expect(InitResult.safeParse(init).success).toBe(true);
    expect(init.params.donVi).toBe(FULL_PARAMS.donVi);
    expect(init.params.ngay).toBeUndefined();
    expect(init.outlineId).toBe(OUTLINE);
    expect(init.docEmpty).toBe(false);
  });

  it('saves the form on request, and refuses values that are not text', () => {
    const { gas } = newAddon();
    expect(gas.call<Action>('khungSaveParams', { donVi: 'CĐCS Trường A', ngay: 'hôm nay' }).ok).toBe(true);
    expect(gas.call<{ params: Record<string, string> }>('khungInit').params).toEqual({
      donVi: 'CĐCS Trường A',
    });
    expect(gas.call<Action>('khungSaveParams', { donVi: ['A'] })).toEqual({
      ok: false,
      message: expect.stringContaining('không hợp lệ'),
    });
  });

  it('costs at most 4 service calls per inserted paragraph', () => {
    const { fake, gas } = newAddon();
    fake.log.reset();
    gas.call('khungInsertOutline', OUTLINE, FULL_PARAMS);
    const paragraphs = fake.doc.body.allParagraphs().length;
    const docCalls =
      fake.log.total -
      [...fake.log.counts].filter(([k]) => k.startsWith('Properties')).reduce((n, [, v]) => n + v, 0);
    expect(docCalls).toBeLessThanOrEqual(4 * paragraphs);
  });
});
