import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// The real built side panel (dist/extension-e2e, opened as a tab with ?target=) on a 127.0.0.1 page:
// the per-site switch stops reading and inserting on that site and starts again; "Tạo đề cương từ
// trang này" saves the page's headings as the user's outline through the service worker; and the
// time from opening the panel to the checklist being shown.

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đề cương sơ kết</title></head>
<body><textarea id="ta" rows="12" cols="80"></textarea></body></html>`;
const RECEIVED = 'ĐỀ CƯƠNG BÁO CÁO SƠ KẾT\nI. KẾT QUẢ\n1. Tuyên truyền\n2. Tổ chức\nII. PHƯƠNG HƯỚNG';

let server: Server;
let origin = '';
let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const statusText = async () => (await panel.locator('[data-testid="status"]').textContent()) ?? '';

beforeAll(async () => {
  server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchExtension();
  page = await browser.context.newPage();
  await page.goto(origin);
  await page.waitForFunction(() => document.documentElement.dataset.khungExt === 'loaded');
  await page.fill('#ta', RECEIVED);
  await page.focus('#ta');
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const panelUrl = () => browser.url(`extension/side-panel/index.html?target=${encodeURIComponent(origin)}`);

describe('side panel: opening', () => {
  it('shows the checklist of the page soon after it opens (median of 5 openings)', async () => {
    // The outline chosen last is remembered, so every opening checks against it and shows ✓/✗.
    await panel.goto(panelUrl());
    await panel.selectOption('#k-outline-picker', 'cao-bang-bao-cao-6-thang-2020');
    await panel.waitForSelector('[data-testid="checklist-summary"]');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = Date.now();
      await panel.goto(panelUrl());
      await panel.waitForSelector('[data-testid="checklist-summary"]');
      times.push(Date.now() - start);
    }
    const median = [...times].sort((a, b) => a - b)[2] ?? 0;
    console.log(`side panel open → checklist shown: median ${median} ms (${times.join(', ')} ms)`);
    // Generous on a shared 2-core machine; a panel that waits on a debounce or a retry loop fails it.
    expect(median).toBeLessThan(3000);
  });
});

describe('side panel: the per-site switch', () => {
  it('switches Khung off on this site (no reading, no inserting) and on again', async () => {
    const toggle = panel.locator('#k-site-switch');
    expect(await panel.locator('[data-testid="site-switch"]').textContent()).toBe(
      'Khung đang bật trên 127.0.0.1',
    );
    await toggle.click();
    await panel.waitForSelector('[data-testid="check-blocked"]');
    expect(await panel.locator('[data-testid="check-blocked"]').textContent()).toMatch(/Khung đang tắt/);
    expect(await panel.locator('[data-testid="site-switch"]').textContent()).toBe(
      'Khung đang tắt trên 127.0.0.1',
    );
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get('khung.disabledSites'));
    expect(stored['khung.disabledSites']).toEqual(['127.0.0.1']);

    const before = await page.inputValue('#ta');
    await panel.click('#k-tab-snippets');
    await panel.fill('#k-snippet-search', 'cnvcld');
    await panel.locator('[role="option"]').first().click();
    await panel.waitForFunction(() =>
      /tắt/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
    );
    expect(await page.inputValue('#ta')).toBe(before);

    await panel.click('#k-tab-check');
    await panel.locator('#k-site-switch').click();
    await panel.waitForSelector('[data-testid="checklist-summary"]');
    expect(await toggle.isChecked()).toBe(true);
  });
});

describe('side panel: Tạo đề cương từ trang này', () => {
  it('saves the page headings as the user outline and offers it at once', async () => {
    await panel.click('#k-tab-outline');
    await panel.click('[data-testid="derive-outline"]');
    await panel.waitForFunction(() =>
      /Đã lưu đề cương/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
    );
    expect(await statusText()).toMatch(/\(4 mục\)/);
    const saved = await browser.worker.evaluate(async () => {
      const index = (await chrome.storage.sync.get('khung.library'))['khung.library'] as {
        outlineIds: string[];
      };
      return index.outlineIds;
    });
    expect(saved).toHaveLength(1);
    const id = saved[0] ?? '';
    expect(id).toMatch(/^u-/);
    await panel.waitForFunction(
      (v) => (document.querySelector('#k-insert-outline') as HTMLSelectElement | null)?.value === v,
      id,
    );
    expect(await panel.locator('[data-testid="outline-summary"]').textContent()).toMatch(
      /^4 mục · đề cương của bạn/,
    );
    await panel.click('#k-tab-check');
    expect(await panel.locator(`#k-outline-picker option[value="${id}"]`).count()).toBe(1);
  });
});
