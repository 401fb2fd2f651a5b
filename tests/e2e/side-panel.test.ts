import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// The real built side panel (dist/extension-e2e) opened as a tab with ?target= (TOOLCHAIN.md
// pitfall 6), driving a plain textarea and a contenteditable on a 127.0.0.1 page through the real
// content script: the checklist follows typing, a search without diacritics finds a snippet, and
// Enter inserts it exactly once.

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Soạn thảo</title></head>
<body><textarea id="ta" rows="12" cols="80"></textarea>
<div id="ce" contenteditable="true" style="min-height:80px;border:1px solid #ccc"><p>Mở đầu</p></div></body></html>`;

const OUTLINE = 'cao-bang-bao-cao-6-thang-2020';
let server: Server;
let origin = '';
let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const summary = async (p: Page) => (await p.locator('[data-testid="checklist-summary"]').textContent()) ?? '';
const foundCount = async (p: Page) => Number((await summary(p)).match(/^(\d+)\//)?.[1] ?? -1);
const statusText = (p: Page) => p.locator('[data-testid="status"]').textContent();

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
  await page.click('#ta');
  await page.keyboard.type('BÁO CÁO\nKết quả hoạt động công đoàn 6 tháng đầu năm\n');
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(browser.url(`extension/side-panel/index.html?target=${encodeURIComponent(origin)}`));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('side panel: Danh mục kiểm tra', () => {
  it('reads the focused textarea and updates the checklist while the officer types', async () => {
    await panel.selectOption('#k-outline-picker', OUTLINE);
    await panel.waitForSelector('[data-testid="checklist-summary"]');
    expect(await panel.locator('[data-testid="check-source"]').textContent()).toMatch(/ô nhập văn bản/);
    const before = await foundCount(panel);
    expect(await panel.locator('.k-check[data-found="false"]').count()).toBeGreaterThan(0);

    const heading =
      (await panel.locator('.k-check[data-found="false"] .k-check-text').first().textContent()) ?? '';
    await page.keyboard.type(`${heading}\nNội dung của mục.\n`);
    await panel.waitForFunction((n) => {
      const text = document.querySelector('[data-testid="checklist-summary"]')?.textContent ?? '';
      return Number(text.match(/^(\d+)\//)?.[1] ?? -1) > n;
    }, before);
    expect(await foundCount(panel)).toBe(before + 1);
    const row = panel.locator('.k-check', { hasText: heading }).first();
    expect(await row.getAttribute('data-found')).toBe('true');
  });

  it('selects the heading in the page when a found item is clicked', async () => {
    const found = panel.locator('.k-check[data-found="true"] button').last();
    const heading = (await found.locator('.k-check-text').textContent()) ?? '';
    await found.click();
    await page.waitForFunction((h) => {
      const ta = document.querySelector('textarea') as HTMLTextAreaElement;
      return ta.value.slice(ta.selectionStart, ta.selectionEnd).includes(h);
    }, heading);
  });
});

describe('side panel: a contenteditable', () => {
  it('follows the editor the officer clicked last and updates while typing in it', async () => {
    await panel.selectOption('#k-outline-picker', OUTLINE);
    await page.click('#ce p');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('I. ĐẶC ĐIỂM TÌNH HÌNH');
    await panel.waitForFunction(() =>
      /ô soạn thảo/.test(document.querySelector('[data-testid="check-source"]')?.textContent ?? ''),
    );
    const found = await foundCount(panel);
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. Tình hình chung');
    await panel.waitForFunction((n) => {
      const text = document.querySelector('[data-testid="checklist-summary"]')?.textContent ?? '';
      return Number(text.match(/^(\d+)\//)?.[1] ?? -1) > n;
    }, found);
    expect(
      await panel.locator('.k-check', { hasText: 'Tình hình chung' }).first().getAttribute('data-found'),
    ).toBe('true');
    // Back to the textarea, as the snippet tests below expect.
    await page.click('#ta');
  });
});

describe('side panel: Đoạn mẫu', () => {
  it('finds "Nơi nhận: tờ trình" from "noi nhan to trinh" and inserts it once with Enter', async () => {
    await page.evaluate(() => {
      const ta = document.querySelector('textarea') as HTMLTextAreaElement;
      ta.focus();
      ta.setSelectionRange(ta.value.length, ta.value.length);
    });
    const before = await page.inputValue('#ta');
    await panel.click('#k-tab-snippets');
    await panel.fill('#k-snippet-search', 'noi nhan to trinh');
    const first = panel.locator('[role="option"]').first();
    expect(await first.locator('.k-snippet-label').textContent()).toBe('Nơi nhận: tờ trình');
    await panel.press('#k-snippet-search', 'Enter');
    await panel.fill('#k-field-donViSoanThao', 'VP');
    expect(await panel.locator('[data-testid="fill-preview"]').textContent()).toBe(
      'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.',
    );
    await panel.press('#k-field-donViSoanThao', 'Enter');
    await panel.waitForFunction(() =>
      /Đã chèn/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
    );
    expect(await statusText(panel)).toBe('Đã chèn “Nơi nhận: tờ trình”.');
    const after = await page.inputValue('#ta');
    expect(after).toBe(`${before}Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.`);
    expect(after.split('- Lưu: VT, VP.').length - 1).toBe(1);
  });

  it('lists the snippet just used first under "Dùng gần đây"', async () => {
    await panel.fill('#k-snippet-search', '');
    const firstSection = panel.locator('.k-snippet-section').first();
    expect(await firstSection.locator('.k-section-title').textContent()).toMatch(/dùng gần đây/i);
    expect(await firstSection.locator('[role="option"]').first().getAttribute('data-snippet')).toBe(
      'noi-nhan-to-trinh',
    );
  });

  it('inserts a snippet without fields into a contenteditable on one click, once', async () => {
    await page.evaluate(() => {
      const ce = document.querySelector('#ce') as HTMLElement;
      ce.innerHTML = '<p>Mở đầu</p>';
      ce.focus();
      const range = document.createRange();
      range.selectNodeContents(ce.querySelector('p') as HTMLElement);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await panel.fill('#k-snippet-search', 'cnvcld');
    expect(await panel.locator('[role="option"]').first().getAttribute('data-snippet')).toBe('cum-tu-cnvcld');
    await panel.locator('[role="option"]').first().click();
    await panel.waitForFunction(() =>
      (document.querySelector('[data-testid="status"]')?.textContent ?? '').startsWith('Đã chèn'),
    );
    // An inline phrase at the end of a word is kept apart from it by a space (insert-placement.ts).
    expect(await page.locator('#ce').textContent()).toBe('Mở đầu công nhân, viên chức, lao động (CNVCLĐ)');
    expect(await page.inputValue('#ta')).not.toContain('CNVCLĐ');
  });
});

describe('side panel: Đề cương', () => {
  it('inserts the chosen skeleton into the textarea, and the checklist then finds every section', async () => {
    await page.evaluate(() => {
      const ta = document.querySelector('textarea') as HTMLTextAreaElement;
      ta.value = '';
      ta.focus();
    });
    await panel.click('#k-tab-outline');
    await panel.selectOption('#k-insert-outline', OUTLINE);
    await panel.fill('#k-param-donVi', 'CĐCS Công ty Thử');
    await panel.click('button:has-text("Chèn đề cương vào trang")');
    await panel.waitForFunction(() =>
      /Đã chèn đề cương/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
    );
    const value = await page.inputValue('#ta');
    expect(value).toContain('CĐCS CÔNG TY THỬ');
    expect(value.split('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').length - 1).toBe(1);

    await panel.click('#k-tab-check');
    await panel.waitForSelector('[data-testid="checklist-summary"]');
    await panel.waitForFunction(() => document.querySelectorAll('.k-check[data-found="false"]').length === 0);
    expect(await panel.locator('.k-check[data-found="true"]').count()).toBeGreaterThan(3);
  });
});
