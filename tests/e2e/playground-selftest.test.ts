import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDON_DIR } from '../../playground/run-code-js.ts';
import { startPlayground } from '../../playground/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';

// "Kiểm tra cài đặt" in the playground: the real built sidebar calls khungSelfTest of the real built
// Code.js, which runs against the emulated document. Every check must be ✓ there, and the document
// must be exactly as it was (the same self-test is what a maintainer runs on a live document).

const hasSidebar = existsSync(resolve(ADDON_DIR, 'Sidebar.html'));

let browser: Browser;
let playground: Awaited<ReturnType<typeof startPlayground>>;
let page: Page;
let sidebar: FrameLocator;

beforeAll(async () => {
  playground = await startPlayground({ port: 0, sample: 'report' });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(playground.url);
  sidebar = page.frameLocator('#sidebar');
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

describe.skipIf(!hasSidebar)('"Kiểm tra cài đặt" in the playground', () => {
  it('runs every check ✓ on the emulated document and leaves it as it was', async () => {
    // A cursor in the document, as a maintainer would have one.
    await page.locator('#page p', { hasText: /^Trên đây là báo cáo/ }).click();
    await expect.poll(() => page.locator('#page .caret').count()).toBe(1);
    const before = await page.locator('#page').textContent();
    const children = playground.session.fake.doc.body.children.length;
    const cursor = playground.session.fake.doc.cursor;

    await sidebar.getByRole('button', { name: 'Kiểm tra cài đặt' }).click();
    const summary = sidebar.getByTestId('selftest-summary');
    await summary.waitFor({ timeout: 20_000 });
    expect(await summary.textContent()).toMatch(/^Cả 11 phép thử đều được/);
    const rows = sidebar.locator('.k-selftest li[data-check]');
    expect(await rows.count()).toBe(11);
    expect(await sidebar.locator('.k-selftest .k-mark-missing').count()).toBe(0);
    expect(await sidebar.locator('li[data-check="cursor"]').textContent()).toMatch(/Con trỏ ở vị trí \d+/);

    expect(playground.session.fake.doc.body.children.length).toBe(children);
    expect(playground.session.fake.doc.cursor).toBe(cursor);
    await expect.poll(() => page.locator('#page').textContent()).toBe(before);
  });

  it('goes back to the tabs, with the check tab as it was', async () => {
    await sidebar.getByRole('button', { name: 'Quay lại' }).click();
    await sidebar.locator('.k-check-tab').waitFor();
    expect(await sidebar.locator('.k-selftest').count()).toBe(0);
    expect(await sidebar.getByRole('button', { name: 'Kiểm tra cài đặt' }).count()).toBe(1);
  });
});
