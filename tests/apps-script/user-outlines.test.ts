import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionResponse, ExportResponse, InitResult } from '../../apps-script/shared/server-api.ts';
import { PROPERTY_VALUE_LIMIT } from '../../playground/document-app/services.ts';
import { check, derive, library, newAddon, writeLines } from './helpers.ts';

const seed000 = resolve(import.meta.dirname, '../../../shared/seeds/000_32218273462214aa.txt');
type Action = { ok: boolean; message: string };
type Init = {
  ok: true;
  outlines: Array<{ id: string; user: boolean }>;
  storage: { used: number; limit: number };
};

/** A document holding the text of seed 000 (a received đề cương), one paragraph a line. */
function receivedOutline() {
  const addon = newAddon({ name: 'Đề cương báo cáo 6 tháng - Cao Bằng' });
  const lines = readFileSync(seed000, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/\*+/g, '').trim())
    .filter(Boolean);
  writeLines(addon.fake, lines);
  return addon;
}

describe("the user's own outlines", () => {
  it('derives an outline from the open đề cương, keeps it in chunks under 9 KB, lists it and checks with it', () => {
    const { fake, gas } = receivedOutline();
    const r = derive(gas, 'Báo cáo 6 tháng (mẫu riêng)');
    if (!r.ok) throw new Error(r.message);
    expect(ActionResponse.safeParse({ ok: r.ok, message: r.message }).success).toBe(true);
    expect(r.message).toContain('Đã tạo đề cương “Báo cáo 6 tháng (mẫu riêng)”');
    expect(r.outline.id).toBe('bao-cao-6-thang-mau-rieng');
    expect(r.outline.sections.length).toBeGreaterThanOrEqual(4);
    // What the server stored is what the sidebar derived, under a user id from its title (core user-ids.ts).
    expect(library(gas).find((o) => o.id === 'u-bao-cao-6-thang-mau-rieng')).toEqual({
      ...r.outline,
      id: 'u-bao-cao-6-thang-mau-rieng',
    });
    for (const value of fake.properties.data.values())
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    const init = gas.call<Init>('khungInit');
    expect(InitResult.safeParse(init).success).toBe(true);
    expect(init.outlines.filter((o) => o.user).map((o) => o.id)).toEqual(['u-bao-cao-6-thang-mau-rieng']);
    expect(init.storage.used).toBeGreaterThan(0);
    expect(check(gas, 'u-bao-cao-6-thang-mau-rieng').view.outline?.id).toBe('u-bao-cao-6-thang-mau-rieng');
  });

  it('stores a derived outline only when it is valid, under an id no other outline has', () => {
    const { fake, gas } = receivedOutline();
    const first = derive(gas, 'Mẫu A');
    const second = derive(gas, 'Mẫu A');
    if (!first.ok || !second.ok) throw new Error('derive failed');
    expect(
      library(gas)
        .filter((o) => o.title === 'Mẫu A')
        .map((o) => o.id),
    ).toEqual(['u-mau-a', 'u-mau-a-2']);
    const builtIn = library(gas)[0];
    expect(gas.call<Action>('khungSaveDerivedOutline', { ...first.outline, id: builtIn?.id }).ok).toBe(true);
    expect(library(gas).filter((o) => o.id === builtIn?.id)).toHaveLength(1);
    const keys = [...fake.properties.data.keys()];
    for (const bad of [{ ...first.outline, sections: 'không phải danh sách' }, null, 'Mẫu A']) {
      expect(gas.call<Action>('khungSaveDerivedOutline', bad)).toEqual({
        ok: false,
        message: expect.stringContaining('Không tạo được đề cương'),
      });
    }
    expect([...fake.properties.data.keys()]).toEqual(keys);
  });

  it('does not derive from an empty document, and says so', () => {
    const { fake, gas } = newAddon();
    writeLines(fake, []);
    expect(derive(gas, 'Mẫu')).toEqual({ ok: false, message: expect.stringContaining('Văn bản đang trống') });
  });

  it('exports as JSON, imports it back into another account, and deletes', () => {
    const a = receivedOutline();
    expect(derive(a.gas, 'Mẫu A').ok).toBe(true);
    const exported = a.gas.call<{ ok: true; json: string }>('khungExportUserOutlines');
    expect(ExportResponse.safeParse(exported).success).toBe(true);
    const b = newAddon();
    expect(b.gas.call<Action>('khungImportUserOutlines', exported.json)).toEqual({
      ok: true,
      message: 'Đã nhập 1 đề cương.',
    });
    expect(
      b.gas
        .call<Init>('khungInit')
        .outlines.filter((o) => o.user)
        .map((o) => o.id),
    ).toEqual(['u-mau-a']);
    expect(b.gas.call<Action>('khungDeleteUserOutline', 'u-mau-a').ok).toBe(true);
    expect(b.gas.call<Init>('khungInit').outlines.some((o) => o.user)).toBe(false);
    expect([...b.fake.properties.data.keys()].filter((k) => k.startsWith('khung.outline.'))).toEqual([]);
  });

  it('rejects an invalid import with the reason, changing nothing', () => {
    const { fake, gas } = newAddon();
    const valid = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../outlines/cao-bang-bao-cao-6-thang-2020.json'), 'utf8'),
    );
    const broken = {
      ...valid,
      id: 'mau-hong',
      sections: [{ id: 'x', title: '', numbering: 'roman', required: true }],
    };
    const mine = { ...valid, id: 'mau-cua-toi' };
    const before = new Map(fake.properties.data);
    const r = gas.call<Action>('khungImportUserOutlines', JSON.stringify([mine, broken]));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('chưa có gì thay đổi');
    expect(r.message).toContain('mục thứ 1 › tên');
    expect(fake.properties.data).toEqual(before);
    expect(gas.call<Action>('khungImportUserOutlines', '{không phải json')).toEqual({
      ok: false,
      message: expect.stringContaining('JSON'),
    });
  });

  it('keeps an imported outline that carries a built-in id as the officer’s own copy, under a new id', () => {
    const { gas } = newAddon();
    const valid = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../outlines/cao-bang-bao-cao-6-thang-2020.json'), 'utf8'),
    );
    const r = gas.call<Action>('khungImportUserOutlines', JSON.stringify(valid));
    expect(r).toEqual({ ok: true, message: expect.stringContaining('lưu thành bản riêng với mã mới') });
    const mine = library(gas).filter((o) => o.title === valid.title);
    expect(mine.map((o) => o.id).sort()).toEqual([valid.id, `u-${valid.id}`].sort());
  });

  it('refuses an import holding two outlines with one id, in Vietnamese, writing nothing', () => {
    const { fake, gas } = newAddon();
    const valid = JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, '../../outlines/dong-nai-bao-cao-giua-nhiem-ky.json'),
        'utf8',
      ),
    );
    // A long one first and a short one second: the earlier version kept the first one's extra pieces.
    const long = { ...valid, id: 'mau-trung' };
    const short = { ...valid, id: 'mau-trung', title: 'Ngắn', sections: valid.sections.slice(0, 1) };
    const other = { ...valid, id: 'mau-khac' };
    const r = gas.call<Action>('khungImportUserOutlines', JSON.stringify([long, other, short]));
    expect(r).toEqual({
      ok: false,
      message:
        'Không nhập được, chưa có gì thay đổi: đề cương thứ 1 và đề cương thứ 3 cùng mã “mau-trung”; hãy đổi mã của một trong hai.',
    });
    expect(fake.properties.data.size).toBe(0);
  });

  it('refuses an outline nested 720 levels with a clear message instead of failing', () => {
    const { fake, gas } = newAddon();
    let section = '{"id":"s","title":"Mục","numbering":"roman","required":true}';
    for (let i = 0; i < 720; i++)
      section = `{"id":"s${i}","title":"Mục","numbering":"roman","required":true,"children":[${section}]}`;
    const text = `{"id":"mau-sau","title":"Sâu","documentType":"bao-cao","sections":[${section}]}`;
    const r = gas.call<Action>('khungImportUserOutlines', text);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(
      /^Không nhập được, chưa có gì thay đổi\. Tệp có các phần lồng vào nhau quá sâu/,
    );
    expect(fake.properties.data.size).toBe(0);
  });

  it('replaces an outline already kept: the index points at the new pieces, the old ones are gone', () => {
    const a = receivedOutline();
    expect(derive(a.gas, 'Mẫu A').ok).toBe(true);
    const keysBefore = [...a.fake.properties.data.keys()].filter((k) => k.startsWith('khung.outline.'));
    const exported = JSON.parse(a.gas.call<{ ok: true; json: string }>('khungExportUserOutlines').json);
    const changed = [{ ...exported[0], title: 'Mẫu A, sửa lại' }];
    expect(a.gas.call<Action>('khungImportUserOutlines', JSON.stringify(changed)).ok).toBe(true);
    const keysAfter = [...a.fake.properties.data.keys()].filter((k) => k.startsWith('khung.outline.'));
    expect(keysAfter.length).toBeGreaterThan(0);
    for (const key of keysBefore) expect(keysAfter).not.toContain(key);
    const again = JSON.parse(a.gas.call<{ ok: true; json: string }>('khungExportUserOutlines').json);
    expect(again.map((o: { title: string }) => o.title)).toEqual(['Mẫu A, sửa lại']);
  });

  it('says the store is full before writing anything past the 500 KB quota', () => {
    const { fake, gas } = newAddon();
    const valid = JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, '../../outlines/dong-nai-bao-cao-giua-nhiem-ky.json'),
        'utf8',
      ),
    );
    const many = Array.from({ length: 30 }, (_, i) => ({ ...valid, id: `mau-${i}` }));
    const r = gas.call<Action>('khungImportUserOutlines', JSON.stringify(many));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Bộ nhớ đề cương riêng đã đầy') });
    expect(fake.properties.data.size).toBe(0);
    const some = gas.call<Action>('khungImportUserOutlines', JSON.stringify(many.slice(0, 5)));
    expect(some.ok).toBe(true);
  });
});
