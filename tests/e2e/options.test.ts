import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';
import { servePlainPages } from './gdocs/plain-pages.ts';

// The options page in real Chromium with the built extension (dist/extension-e2e): the user library's
// add/edit/reorder/delete, import (a bad file is rejected, library unchanged), export, and the context
// menu that lists the library. The page is Vietnamese unless English is chosen (options-language.test.ts);
// assertions use the parts that do not depend on the wording (file names, reasons, counts).

let browser: ExtensionBrowser;
let page: Page;
let pages: Awaited<ReturnType<typeof servePlainPages>>;

const storage = (p: Page) =>
  p.evaluate(async () => ({
    sync: await chrome.storage.sync.get(null),
    local: await chrome.storage.local.get(null),
  }));
const listIds = (p: Page) =>
  p.$$eval('[data-testid="snippet-list"] > li', (items) => items.map((li) => li.getAttribute('data-id')));
const statusText = (p: Page) =>
  p
    .locator('[data-testid="status"]')
    .textContent()
    .then((t) => t ?? '');

async function addSnippet(p: Page, label: string, body: string, group?: string): Promise<void> {
  const before = (await listIds(p)).length;
  await p.fill('#snippet-label', label);
  await p.fill('#snippet-body', body);
  if (group) await p.selectOption('#snippet-group', group);
  await p.click('#snippet-save');
  await p.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="snippet-list"] > li').length === n,
    before + 1,
  );
}

/** Uncaught errors and console errors of every page of the browser (none). */
const consoleErrors: string[] = [];

beforeAll(async () => {
  pages = await servePlainPages();
  browser = await launchExtension();
  browser.context.on('page', (p) => {
    p.on('pageerror', (e) => consoleErrors.push(`${p.url()}: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${p.url()}: ${m.text()}`);
    });
  });
  page = await browser.context.newPage();
  await page.goto(browser.url('extension/options/index.html'));
  await page.waitForSelector('[data-testid="snippets-empty"]');
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

/** Opens a page on the fixture server and waits for the content script. */
async function openPage(path: string): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(`${pages.origin}${path}`);
  await p.waitForFunction(() => document.documentElement.dataset.khungExt === 'loaded');
  return p;
}

/** Runs the worker's context-menu click handler as Chrome would for a click on a snippet entry. */
function clickMenu(url: string, snippetId: string): Promise<string> {
  return browser.worker.evaluate(
    async ({ url, snippetId }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab ${url}`);
      const hook = (
        globalThis as unknown as { khungE2E: { onMenuClicked: (i: unknown, t: unknown) => void } }
      ).khungE2E;
      hook.onMenuClicked(
        { menuItemId: `khung-snippet:${snippetId}`, frameId: 0, pageUrl: url, editable: true },
        tab,
      );
      // The handler works asynchronously; its outcome shows on the toolbar badge.
      await new Promise((r) => setTimeout(r, 700));
      return chrome.action.getBadgeText({ tabId: tab.id });
    },
    { url, snippetId },
  );
}

describe('options page: user snippets', () => {
  it('adds, edits, reorders and deletes a snippet, each change saved to chrome.storage.sync', async () => {
    await addSnippet(page, 'Nơi nhận riêng', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'noi-nhan');
    await addSnippet(page, 'Lời chào', 'Trân trọng!');
    expect(await listIds(page)).toEqual(['u-noi-nhan-rieng', 'u-loi-chao']);
    let stored = await storage(page);
    expect(stored.sync['khung.library']).toMatchObject({
      schemaVersion: 2,
      snippetIds: ['u-noi-nhan-rieng', 'u-loi-chao'],
    });
    expect(stored.sync['khung.library.s.u-noi-nhan-rieng']).toMatchObject({
      group: 'noi-nhan',
      body: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.',
    });

    await page.click('li[data-id="u-noi-nhan-rieng"] [data-action="edit"]');
    expect(await page.inputValue('#snippet-label')).toBe('Nơi nhận riêng');
    await page.fill('#snippet-body', 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.');
    await page.click('#snippet-save');
    await page.waitForFunction(() => document.querySelector('#snippet-cancel') === null);
    stored = await storage(page);
    expect(stored.sync['khung.library.s.u-noi-nhan-rieng']).toMatchObject({
      id: 'u-noi-nhan-rieng',
      body: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.',
    });

    await page.click('li[data-id="u-loi-chao"] [data-action="up"]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="snippet-list"] > li')?.getAttribute('data-id') === 'u-loi-chao',
    );
    await page.reload();
    await page.waitForSelector('[data-testid="snippet-list"]');
    expect(await listIds(page)).toEqual(['u-loi-chao', 'u-noi-nhan-rieng']);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('li[data-id="u-loi-chao"] [data-action="delete"]');
    await page.waitForSelector('li[data-id="u-loi-chao"]', { state: 'detached' });
    stored = await storage(page);
    expect(stored.sync['khung.library.s.u-loi-chao']).toBeUndefined();
    expect(stored.sync['khung.library']).toMatchObject({ snippetIds: ['u-noi-nhan-rieng'] });
  });

  it('rejects a bad import file with the reason and leaves the library exactly as it was', async () => {
    const before = await storage(page);
    const idsBefore = await listIds(page);
    const bad = {
      kind: 'khung-library',
      schemaVersion: 2,
      snippets: [{ id: 'x', label: 'X', group: 'khong-co', terms: [], body: 'x' }],
    };
    await page.setInputFiles('#import-file', {
      name: 'hong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await page.waitForSelector('.k-status-error');
    expect(await statusText(page)).toMatch(/“hong\.json”: snippets\[0\]\.group: giá trị không hợp lệ/);
    expect(await storage(page)).toEqual(before);
    expect(await listIds(page)).toEqual(idsBefore);

    await page.setInputFiles('#import-file', {
      name: 'rac.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{oops'),
    });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="status"]')?.textContent?.includes('rac.json'),
    );
    expect(await statusText(page)).toMatch(/không phải JSON/);
    expect(await storage(page)).toEqual(before);
  });

  it('imports a good file, then exports the whole library as a file that imports back', async () => {
    const file = {
      kind: 'khung-library',
      schemaVersion: 2,
      snippets: [
        {
          id: 'u-can-cu',
          label: 'Căn cứ Điều lệ',
          group: 'can-cu',
          terms: ['dieu le'],
          body: 'Căn cứ Điều lệ Công đoàn Việt Nam;',
        },
      ],
    };
    await page.setInputFiles('#import-file', {
      name: 'tot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.waitForSelector('li[data-id="u-can-cu"]');
    expect(await statusText(page)).toMatch(
      /(Đã nhập: 1 mục mới, 0 mục thay thế|Imported: 1 new, 0 replaced)/,
    );

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toMatch(/^khung-thu-vien-\d{4}-\d{2}-\d{2}\.json$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const exported = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(exported).toMatchObject({ kind: 'khung-library', schemaVersion: 2 });
    expect(exported.snippets.map((s: { id: string }) => s.id)).toEqual(['u-noi-nhan-rieng', 'u-can-cu']);
  });
});

describe('context menu', () => {
  it('lists recently used snippets first, then the user library, then the built-in ones', async () => {
    await page.evaluate(() => chrome.storage.local.set({ 'khung.recentSnippets': ['u-can-cu'] }));
    const status = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'khung:bg:refresh-menu' }));
    expect(status.ok).toBe(true);
    expect(status.menu.slice(0, 2)).toEqual(['Căn cứ Điều lệ', 'Nơi nhận riêng']);
    expect(status.menu.length).toBeGreaterThanOrEqual(2);
    expect(status.menu.length).toBeLessThanOrEqual(10);
  });

  it('inserts the clicked snippet at the caret of the right-clicked field, once, and remembers it', async () => {
    const form = await openPage('/form');
    await form.focus('#t');
    await form.evaluate(() => {
      const t = document.querySelector('textarea') as HTMLTextAreaElement;
      t.setSelectionRange(t.value.indexOf('\n\nTrân'), t.value.indexOf('\n\nTrân'));
    });
    const badge = await clickMenu(form.url(), 'u-noi-nhan-rieng');
    await form.waitForFunction(() =>
      (document.querySelector('textarea') as HTMLTextAreaElement).value.includes('Lưu'),
    );
    const value = await form.inputValue('#t');
    expect(value).toBe('Kính gửi: Ban Thường vụNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nTrân trọng!');
    expect(badge).toBe('');
    const recent = await page.evaluate(() => chrome.storage.local.get('khung.recentSnippets'));
    expect((recent['khung.recentSnippets'] as string[])[0]).toBe('u-noi-nhan-rieng');
    await form.close();
  });

  it('does nothing on a site where Khung is switched off, and says so on the toolbar icon', async () => {
    const form = await openPage('/form');
    await page.fill('#site-host', '127.0.0.1');
    await page.click('#site-disable');
    await page.waitForSelector('[data-testid="site-list"]');
    await form.focus('#t');
    const badge = await clickMenu(form.url(), 'u-noi-nhan-rieng');
    expect(badge).toBe('!');
    expect(await form.inputValue('#t')).toBe('Kính gửi: Ban Thường vụ\n\nTrân trọng!');
    await page.click('[data-testid="site-list"] button');
    await page.waitForSelector('[data-testid="site-list"]', { state: 'detached' });
    await form.close();
  });

  it('ignores a malformed message to the background', async () => {
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'khung:bg:nope' }).then(
        (r) => r ?? 'no answer',
        () => 'no answer',
      ),
    );
    expect(reply).toBe('no answer');
  });
});

describe('derive an outline from a page', () => {
  it('reads the focused editor of a chosen tab, derives its outline and saves it to the library', async () => {
    const source = await openPage('/de-cuong');
    await source.focus('#ed');
    await page.reload();
    await page.waitForSelector('#derive-tab');
    const tabTitle = await source.title();
    await page.selectOption('#derive-tab', { label: tabTitle });
    await page.click('#derive-run');
    await page.waitForSelector('[data-testid="outline-list"] > li');
    const stored = await page.evaluate(() => chrome.storage.sync.get(null));
    const index = stored['khung.library'] as { outlineIds: string[] };
    expect(index.outlineIds).toHaveLength(1);
    const outline = stored[`khung.library.o.${index.outlineIds[0]}`] as {
      id: string;
      sections: Array<{ title: string; children?: unknown[] }>;
    };
    expect(outline.id).toMatch(/^u-/);
    expect(outline.sections.map((s) => s.title)).toEqual([
      'ĐẶC ĐIỂM TÌNH HÌNH',
      'KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
      'PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM',
    ]);
    expect(outline.sections[1]?.children).toHaveLength(2);
    await source.close();
  });
});

describe('options page: user outlines', () => {
  it('copies a built-in outline, edits the copy as JSON, and refuses a built-in id', async () => {
    await page.selectOption('#outline-copy-source', 'cong-van');
    await page.click('#outline-copy');
    await page.waitForSelector('li[data-id="u-cong-van"]');
    await page.click('li[data-id="u-cong-van"] [data-action="edit"]');
    const json = JSON.parse(await page.inputValue('[data-testid="outline-json"]'));
    expect(json.provenance.verified).toBe(false);

    await page.fill('[data-testid="outline-json"]', JSON.stringify({ ...json, id: 'cong-van' }));
    await page.click('li[data-id="u-cong-van"] button[type="submit"]');
    await page.waitForSelector('.k-status-error');
    expect(await statusText(page)).toContain('cong-van');

    await page.fill(
      '[data-testid="outline-json"]',
      JSON.stringify({ ...json, title: 'Công văn của tổ Công đoàn' }),
    );
    await page.click('li[data-id="u-cong-van"] button[type="submit"]');
    await page.waitForSelector('[data-testid="outline-json"]', { state: 'detached' });
    const stored = await storage(page);
    expect(stored.sync['khung.library.o.u-cong-van']).toMatchObject({ title: 'Công văn của tổ Công đoàn' });
  });

  it('rejects an edit that is not a valid outline, with the reasons, and keeps the stored one', async () => {
    await page.click('li[data-id="u-cong-van"] [data-action="edit"]');
    const before = await storage(page);
    await page.fill('[data-testid="outline-json"]', '{"id": "u-cong-van", "title": ""}');
    await page.click('li[data-id="u-cong-van"] button[type="submit"]');
    await page.waitForSelector('li[data-id="u-cong-van"] .k-error');
    expect(await page.locator('li[data-id="u-cong-van"] .k-error').textContent()).toMatch(/u-cong-van/);
    expect(await storage(page)).toEqual(before);
    await page.click('li[data-id="u-cong-van"] .k-form button[type="button"]');
  });
});

describe('storage in real Chromium', () => {
  it('keeps a long real outline (over 8 KB) in chrome.storage.sync, in pieces', async () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../../outlines/dong-nai-bao-cao-giua-nhiem-ky.json'),
      'utf8',
    );
    expect(Buffer.byteLength(text)).toBeGreaterThan(8192);
    await page.setInputFiles('#import-file', {
      name: 'dong-nai.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('li[data-id="u-dong-nai-bao-cao-giua-nhiem-ky"]');
    const stored = await storage(page);
    expect(stored.sync['khung.library.o.u-dong-nai-bao-cao-giua-nhiem-ky']).toMatchObject({
      $chunks: expect.any(Number),
    });
    expect(stored.local['khung.library.area']).toBe('sync');
    await page.reload();
    await page.waitForSelector('li[data-id="u-dong-nai-bao-cao-giua-nhiem-ky"]');
  });

  it('moves the library to local storage, and says so, when it outgrows the 100 KB sync quota', async () => {
    const snippets = Array.from({ length: 40 }, (_, i) => ({
      id: `u-dai-${i}`,
      label: `Đoạn dài ${i}`,
      group: 'cum-tu',
      terms: [],
      body: 'Công đoàn cơ sở tổ chức hội nghị người lao động. '.repeat(60),
    }));
    const file = { kind: 'khung-library', schemaVersion: 2, snippets };
    await page.setInputFiles('#import-file', {
      name: 'lon.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.waitForSelector('li[data-id="u-dai-39"]');
    expect(await statusText(page)).toMatch(/vượt giới hạn đồng bộ của Chrome/);
    const stored = await storage(page);
    expect(stored.local['khung.library.area']).toBe('local');
    expect((stored.local['khung.library'] as { snippetIds: string[] }).snippetIds).toHaveLength(42);
    await page.reload();
    await page.waitForSelector('li[data-id="u-dai-39"]');
  });

  it('migrates a v1 library found in chrome.storage.sync on the next load, keeping every snippet', async () => {
    await page.evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
      await chrome.storage.sync.set({
        'khung.userSnippets': {
          version: 1,
          snippets: [
            { id: 'nn', title: 'Nơi nhận cũ', text: 'Nơi nhận:\n- Lưu: VT.', category: 'Nơi nhận' },
            { title: 'Không có chữ', text: '' },
          ],
        },
      });
    });
    await page.reload();
    await page.waitForSelector('[data-testid="snippet-list"]');
    expect(await listIds(page)).toEqual(['nn', 'khong-co-chu']);
    const stored = await storage(page);
    expect(stored.sync['khung.userSnippets']).toBeUndefined();
    expect(stored.sync['khung.library.s.nn']).toMatchObject({
      label: 'Nơi nhận cũ',
      group: 'noi-nhan',
      body: 'Nơi nhận:\n- Lưu: VT.',
    });
    expect(JSON.stringify(stored.local['khung.library.backup'])).toContain('Nơi nhận cũ');
  });
});

describe('console', () => {
  it('logged no error in the options page or the pages Khung worked in', () => {
    expect(consoleErrors).toEqual([]);
  });
});
