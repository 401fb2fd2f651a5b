import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// Panels that follow the officer, in the real built side panel (dist/extension-e2e) opened as a tab
// beside a page with a textarea: the summary of a check stays at the top and reaches the findings in
// one click; another outline's result never shows while the new check runs; the outline form keeps
// only the unit's details; each message shows next to its button; deriving from a finished report
// warns.

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Soạn thảo</title></head>
<body><textarea id="ta" rows="20" cols="80"></textarea></body></html>`;
const REPORT = readFileSync(
  resolve(import.meta.dirname, '../fixtures/check/bao-cao-6-thang-dung/input.txt'),
  'utf8',
);
/** The report with sections II.3–IV cut: a half-written report, with missing sections and findings. */
const HALF = REPORT.slice(0, REPORT.indexOf('3. Các hoạt động kỷ niệm'));

let server: Server;
let origin = '';
let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const fillPage = (text: string) =>
  page.evaluate((t) => {
    const ta = document.querySelector('textarea') as HTMLTextAreaElement;
    ta.value = t;
    ta.focus();
    ta.setSelectionRange(t.length, t.length);
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
const box = async (p: Page, selector: string) => {
  const b = await p.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not visible`);
  return b;
};

beforeAll(async () => {
  server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchExtension();
  page = await browser.context.newPage();
  await page.goto(origin);
  await page.waitForFunction(() => document.documentElement.dataset.khungExt === 'loaded');
  await page.click('#ta');
  await fillPage(HALF);
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 560 });
  await panel.goto(browser.url(`extension/side-panel/index.html?target=${encodeURIComponent(origin)}`));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('side panel: the results follow the officer', () => {
  it('keeps the summary under the tabs while the list scrolls, and jumps to the findings in one click', async () => {
    await panel.selectOption('#k-outline-picker', 'cao-bang-bao-cao-6-thang-2020');
    await panel.waitForSelector('[data-testid="missing-required"]');
    await panel.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await panel.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    // The tab bar sticks at the top of the panel, the summary right under it.
    const tabs = await box(panel, '.k-tabs');
    const stuck = await box(panel, '[data-testid="results-summary"]');
    expect(tabs.y).toBe(0);
    expect(Math.abs(stuck.y - (tabs.y + tabs.height))).toBeLessThan(2);
    expect(await panel.locator('[data-testid="checklist-summary"]').isVisible()).toBe(true);

    await panel.evaluate(() => window.scrollTo(0, 0));
    const jump = panel.locator('[data-jump]').first();
    const severity = await jump.getAttribute('data-jump');
    await jump.click();
    const group = await box(panel, `#k-findings-${severity}`);
    const summary = await box(panel, '[data-testid="results-summary"]');
    expect(group.y).toBeGreaterThanOrEqual(summary.y + summary.height - 1);
    expect(group.y).toBeLessThan(560);
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe(`k-findings-${severity}`);
  });

  it('never shows the previous outline’s result while the check for another one runs', async () => {
    const before = (await panel.locator('[data-testid="checklist-summary"]').textContent()) ?? '';
    expect(before).toMatch(/^\d+\/\d+/);
    await panel.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="checklist-summary"]')?.textContent;
        if (text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await panel.selectOption('#k-outline-picker', 'bao-cao-6-thang');
    await panel.waitForFunction((old) => {
      const text = document.querySelector('[data-testid="checklist-summary"]')?.textContent ?? '';
      return text !== '' && text !== old;
    }, before);
    const seen = await panel.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((t) => t === before)).toEqual([]);
  });
});

describe('side panel: Đề cương', () => {
  it('keeps only the unit’s details for the next document, and says so under the insert button', async () => {
    await fillPage('');
    await panel.click('#k-tab-outline');
    await panel.selectOption('#k-insert-outline', 'cao-bang-bao-cao-6-thang-2020');
    await panel.fill('#k-param-donVi', 'CĐCS Trường Thử');
    await panel.fill('#k-param-so', '15');
    await panel.fill('#k-param-nam', '2023');
    await panel.fill('#k-param-nguoiKy', 'Nguyễn Văn An');
    await panel.click('button:has-text("Chèn đề cương vào trang")');
    const note = panel.locator('.k-outline-tab .k-status');
    await note.waitFor();
    await panel.waitForFunction(() =>
      /Đã chèn đề cương/.test(
        document.querySelector('.k-outline-tab [data-testid="status"]')?.textContent ?? '',
      ),
    );
    const button = await box(panel, 'button:has-text("Chèn đề cương vào trang")');
    const message = await box(panel, '.k-outline-tab .k-status');
    expect(message.y - (button.y + button.height)).toBeLessThan(40);
    expect(await page.inputValue('#ta')).toContain('Số: 15/');

    expect(await panel.inputValue('#k-param-so')).toBe('');
    expect(await panel.inputValue('#k-param-nam')).toBe('');
    expect(await panel.inputValue('#k-param-donVi')).toBe('CĐCS Trường Thử');
    const stored = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('khung.outlineParams'))['khung.outlineParams'],
    );
    expect(stored).toEqual({ donVi: 'CĐCS Trường Thử', nguoiKy: 'Nguyễn Văn An' });
  });

  it('warns, beside the button, when the page it derives from reads like a finished report', async () => {
    await fillPage(REPORT);
    await panel.click('[data-testid="derive-outline"]');
    const warning = panel.locator('.k-outline-tab .k-status-warning');
    await warning.waitFor({ timeout: 15_000 });
    expect(await warning.textContent()).toMatch(/Đã lưu đề cương .* giống một báo cáo đã viết xong/);
    const button = await box(panel, '[data-testid="derive-outline"]');
    const note = await box(panel, '.k-outline-tab .k-status-warning');
    expect(note.y - (button.y + button.height)).toBeLessThan(40);
  });
});
