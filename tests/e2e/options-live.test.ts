import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';
import { servePlainPages } from './gdocs/plain-pages.ts';

// The options page left open while the library changes elsewhere, in real Chromium with the built
// extension: an outline derived from a page through the side panel's own request (khung:bg:derive,
// answered by the service worker) shows up on the open page, and the page's next edit keeps it. And
// a library file nested 720 levels is refused with the core's Vietnamese message, not in silence.

let browser: ExtensionBrowser;
let options: Page;
let panel: Page;
let pages: Awaited<ReturnType<typeof servePlainPages>>;

const storedIndex = (p: Page) =>
  p.evaluate(async () => (await chrome.storage.sync.get('khung.library'))['khung.library']) as Promise<
    { snippetIds: string[]; outlineIds: string[] } | undefined
  >;
const listed = (p: Page, testId: string) =>
  p.$$eval(`[data-testid="${testId}"] > li`, (items) => items.map((li) => li.getAttribute('data-id')));

beforeAll(async () => {
  pages = await servePlainPages();
  browser = await launchExtension();
  options = await browser.context.newPage();
  await options.goto(browser.url('extension/options/index.html'));
  await options.waitForSelector('[data-testid="snippets-empty"]');
  panel = await browser.context.newPage();
  await panel.goto(browser.url('extension/side-panel/index.html'));
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

describe('the options page follows the library and never writes back what it did not load', () => {
  it('shows an outline derived in the side panel meanwhile, and keeps it through its next edit', async () => {
    const source = await browser.context.newPage();
    await source.goto(`${pages.origin}/de-cuong`);
    await source.waitForFunction(() => document.documentElement.dataset.khungExt === 'loaded');
    await source.focus('#ed');
    // The side panel's request, as the panel sends it (the options page is not reloaded).
    const reply = await panel.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return chrome.runtime.sendMessage({ type: 'khung:bg:derive', tabId: tab?.id, name: 'Đề cương sơ kết' });
    }, source.url());
    expect(reply).toMatchObject({ ok: true, id: expect.stringMatching(/^u-/) });
    await options.waitForSelector(`[data-testid="outline-list"] > li[data-id="${reply.id}"]`);

    await options.fill('#snippet-label', 'Lời chào');
    await options.fill('#snippet-body', 'Trân trọng!');
    await options.click('#snippet-save');
    await options.waitForSelector('li[data-id="u-loi-chao"]');
    expect(await storedIndex(options)).toMatchObject({ snippetIds: ['u-loi-chao'], outlineIds: [reply.id] });
    expect(await listed(options, 'outline-list')).toEqual([reply.id]);
    await source.close();
  });

  it('keeps a snippet another tab added while this page edits an outline', async () => {
    const other = await browser.context.newPage();
    await other.goto(browser.url('extension/options/index.html'));
    await other.waitForSelector('li[data-id="u-loi-chao"]');
    await other.fill('#snippet-label', 'Nơi nhận riêng');
    await other.fill('#snippet-body', 'Nơi nhận:\n- Lưu: VT.');
    await other.click('#snippet-save');
    await other.waitForSelector('li[data-id="u-noi-nhan-rieng"]');
    await other.close();
    // Back on the first page (never reloaded): delete its outline.
    options.once('dialog', (dialog) => void dialog.accept());
    await options.click('[data-testid="outline-list"] > li [data-action="delete"]');
    await options.waitForSelector('[data-testid="outlines-empty"]');
    expect(await storedIndex(options)).toMatchObject({
      snippetIds: ['u-loi-chao', 'u-noi-nhan-rieng'],
      outlineIds: [],
    });
    await options.waitForSelector('li[data-id="u-noi-nhan-rieng"]');
  });
});

describe('a library file nested 720 levels', () => {
  it('is refused with the reason shown, and the library stays as it was', async () => {
    const before = await options.evaluate(() => chrome.storage.sync.get(null));
    const section = (inner: string) =>
      `[{"id":"s","title":"Mục","numbering":"roman","required":true,"children":${inner}}]`;
    let sections = '[]';
    for (let i = 0; i < 720; i++) sections = section(sections);
    const text = `{"kind":"khung-library","schemaVersion":2,"snippets":[],"outlines":[{"id":"u-sau","title":"Sâu","sections":${sections}}]}`;
    await options.setInputFiles('#import-file', {
      name: 'sau.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await options.waitForSelector('.k-status-error');
    const status = (await options.locator('[data-testid="status"]').textContent()) ?? '';
    expect(status).toContain('sau.json');
    expect(status).toContain('Tệp có các phần lồng vào nhau quá sâu (hơn 64 tầng)');
    expect(await options.evaluate(() => chrome.storage.sync.get(null))).toEqual(before);
  });
});
