import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNgayThang } from '../../../shared/core/outline/format-date.ts';
import { callsOf, checked, launchChromium, OUTLINE_ID, openSidebar } from './sidebar-page.ts';

// The shared SnippetBrowser, FillForm, ParamsForm and Tabs in the real built Sidebar.html, in
// Chromium, with a scripted google.script.run: keyboard use, and exactly the right server calls.

let browser: Browser;
const waitForCalls = (page: Page, name: string, n: number) =>
  page.waitForFunction(
    ([fn, count]) =>
      (window as unknown as { __khungCalls: [string][] }).__khungCalls.filter(([x]) => x === fn).length >=
      Number(count),
    [name, n] as const,
  );

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Sidebar.html: Đoạn mẫu, Chèn đề cương, Đề cương của tôi', () => {
  it('finds a snippet without diacritics, moves with ↑/↓, fills it in and sends exactly the filled text', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungInsertSnippet: [{ ok: true, message: 'Đã chèn đoạn mẫu.' }],
    });
    await page.click('#k-tab-snippets');
    await page.fill('#k-snippet-search', 'noi nhan');
    const selected = () => page.locator('[role="option"][aria-selected="true"]').getAttribute('data-snippet');
    const second = await page.locator('[role="option"]').nth(1).getAttribute('data-snippet');
    await page.press('#k-snippet-search', 'ArrowDown');
    expect(await selected()).toBe(second);
    await page.press('#k-snippet-search', 'ArrowUp');
    expect(await selected()).toBe(await page.locator('[role="option"]').first().getAttribute('data-snippet'));
    await page.fill('#k-snippet-search', 'noi nhan to trinh');
    expect(await selected()).toBe('noi-nhan-to-trinh');
    await page.press('#k-snippet-search', 'Enter');
    await page.fill('#k-field-donViSoanThao', 'VP');
    await page.press('#k-field-donViSoanThao', 'Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="status"]')?.textContent === 'Đã chèn đoạn mẫu.',
    );
    // A Nơi nhận is a block: the server puts it on paragraphs of its own (core: insert-placement.ts).
    expect(await callsOf(page, 'khungInsertSnippet')).toEqual([
      ['Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.', 'block'],
    ]);
    await page.close();
  });

  it('moves between tabs with the arrow keys', async () => {
    const page = await openSidebar(browser, { khungRead: [checked] });
    await page.focus('#k-tab-check');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('k-tab-insert');
    expect(await page.getAttribute('#k-tab-insert', 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('#k-tab-mine', 'aria-selected')).toBe('true');
    await page.close();
  });

  it('inserts an outline with the remembered parameters, then keeps only the unit’s for the next document', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungInsertOutline: [{ ok: true, message: 'Đã chèn đề cương.' }],
    });
    await page.click('#k-tab-insert');
    expect(await page.inputValue('#k-param-donVi')).toBe('CĐCS Trường Hồng Việt');
    await page.fill('#k-param-diaDanh', 'Hòa An');
    await page.fill('#k-param-so', '15');
    await page.press('#k-param-diaDanh', 'Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="status"]')?.textContent === 'Đã chèn đề cương.',
    );
    const params = { donVi: 'CĐCS Trường Hồng Việt', diaDanh: 'Hòa An', so: '15' };
    // The outline chosen last time (init's outlineId) is the one offered.
    expect(await callsOf(page, 'khungInsertOutline')).toEqual([[OUTLINE_ID, params]]);
    // The server remembers the unit's details as it inserts; the form drops this document's number.
    expect(await page.inputValue('#k-param-so')).toBe('');
    expect(await page.inputValue('#k-param-diaDanh')).toBe('Hòa An');
    expect(await callsOf(page, 'khungSaveParams')).toEqual([]);
    await page.close();
  });

  it('derives an outline from the document the server read, under the given name, and reloads the list', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungSaveDerivedOutline: [{ ok: true, message: 'Đã tạo đề cương “Báo cáo quý”.' }],
    });
    await page.click('#k-tab-mine');
    expect(await page.locator('.k-outline-item').count()).toBe(1);
    await page.fill('#k-derive-name', 'Báo cáo quý');
    await page.click('button:has-text("Tạo đề cương")');
    await page.waitForFunction(() =>
      /Đã tạo đề cương/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
    );
    // Read without an outline id (the choice is not remembered), derived here, stored by the server.
    expect((await callsOf(page, 'khungRead')).at(-1)).toEqual([]);
    const [[saved]] = (await callsOf(page, 'khungSaveDerivedOutline')) as [[{ id: string; title: string }]];
    expect(saved).toMatchObject({ id: 'bao-cao-quy', title: 'Báo cáo quý' });
    await page.waitForFunction(
      () =>
        (window as unknown as { __khungCalls: [string][] }).__khungCalls.filter(([n]) => n === 'khungInit')
          .length === 2,
    );
    // The first load fetched the built-in outlines in full; the reload asks for the user's only.
    expect(await callsOf(page, 'khungInit')).toEqual([[], ['user-only']]);
    await page.close();
  });

  it('exports, imports a chosen file, and deletes an outline only on the second click', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungExportUserOutlines: [{ ok: true, json: '{"outlines":[]}' }],
      khungImportUserOutlines: [{ ok: true, message: 'Đã nhập 1 đề cương.' }],
      khungDeleteUserOutline: [{ ok: true, message: 'Đã xoá.' }],
    });
    await page.click('#k-tab-mine');
    await page.click('button:has-text("Xuất JSON")');
    await page.waitForSelector('#k-export');
    expect(await page.inputValue('#k-export')).toBe('{"outlines":[]}');

    await page.setInputFiles('#k-import-file', {
      name: 'de-cuong.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a":1}'),
    });
    await page.waitForFunction(
      () => (document.querySelector('#k-import') as HTMLTextAreaElement | null)?.value === '{"a":1}',
    );
    await page.click('button:has-text("Nhập đề cương")');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="status"]')?.textContent === 'Đã nhập 1 đề cương.',
    );
    expect(await callsOf(page, 'khungImportUserOutlines')).toEqual([['{"a":1}']]);

    const remove = page.locator('.k-outline-item button');
    await remove.click();
    expect(await callsOf(page, 'khungDeleteUserOutline')).toEqual([]);
    expect(await remove.textContent()).toBe('Xoá thật?');
    await remove.click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="status"]')?.textContent === 'Đã xoá.',
    );
    expect(await callsOf(page, 'khungDeleteUserOutline')).toEqual([['cua-toi']]);
    await page.close();
  });

  it('fills a choice field and a date field as typed, and submits a paragraph field with Ctrl+Enter', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungInsertSnippet: [{ ok: true, message: 'Đã chèn.' }],
    });
    await page.click('#k-tab-snippets');
    await page.fill('#k-snippet-search', 'tm ban thuong vu pho chu tich');
    await page.locator('[data-snippet="chu-ky-tm-btv-pho-chu-tich"]').click();
    expect(await page.inputValue('#k-field-chucVu')).toBe('PHÓ CHỦ TỊCH THƯỜNG TRỰC');
    await page.selectOption('#k-field-chucVu', 'PHÓ CHỦ TỊCH');
    await page.fill('#k-field-nguoiKy', 'Nguyễn Văn An');
    await page.click('.k-fill-form button[type="submit"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="status"]')?.textContent === 'Đã chèn.',
    );

    await page.fill('#k-snippet-search', 'dia danh ngay thang');
    await page.locator('[data-snippet="dia-danh-ngay-thang"]').click();
    await page.fill('#k-field-diaDanh', 'Hòa An');
    await page.fill('#k-field-ngay', '5/3/2026');
    expect(await page.locator('[data-testid="fill-preview"]').textContent()).toBe(
      `Hòa An, ${formatNgayThang(new Date(2026, 2, 5))}`,
    );
    await page.press('#k-field-ngay', 'Enter');
    await waitForCalls(page, 'khungInsertSnippet', 2);

    await page.fill('#k-snippet-search', 'nguyen nhan khach quan');
    await page.locator('[data-snippet="cum-tu-nguyen-nhan"]').click();
    await page.fill('#k-field-khachQuan', 'dịch bệnh');
    await page.press('#k-field-khachQuan', 'Enter'); // a new line in a paragraph, not a submit
    expect((await callsOf(page, 'khungInsertSnippet')).length).toBe(2);
    await page.press('#k-field-khachQuan', 'Control+Enter');
    await waitForCalls(page, 'khungInsertSnippet', 3);

    const sent = (await callsOf(page, 'khungInsertSnippet')).map(([text]) => text);
    expect(sent[0]).toBe('TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn An');
    expect(sent[1]).toBe(`Hòa An, ${formatNgayThang(new Date(2026, 2, 5))}`);
    expect(sent[2]).toMatch(/Nguyên nhân khách quan: dịch bệnh\n/);
    await page.close();
  });
});
