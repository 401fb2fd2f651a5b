import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground } from '../../playground/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import { SAMPLE_OUTLINE, SAMPLE_REPORT } from '../helpers/sample-report.ts';
import { pngSize } from '../release/png-size.ts';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// The store graphics of docs/store/ (Chrome Web Store: 1280×800 screenshots and a 440×280 tile;
// Workspace Marketplace: a 1280×800 screenshot and a 220×140 banner), made from the real built UIs: the
// side panel (dist/extension-e2e) beside the page it checks, and the playground with the add-on's sidebar.
// They go to dist/store/ on every run and to docs/store/ only with KHUNG_SCREENSHOT=1.

const root = resolve(import.meta.dirname, '../..');
const targets = [
  resolve(root, 'dist/store'),
  ...(process.env.KHUNG_SCREENSHOT === '1' ? [resolve(root, 'docs/store')] : []),
];
const ICON = readFileSync(resolve(root, 'extension/public/icons/khung-128.png')).toString('base64');

let server: Server;
let origin = '';
let ext: ExtensionBrowser;
let browser: Browser;

function save(name: string, png: Buffer): { width: number; height: number } {
  for (const dir of targets) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, name), png);
  }
  return pngSize(png);
}

/** Two real screenshots side by side on one 1280×800 canvas (the page at 880 px, the panel at 400 px). */
async function sideBySide(left: Buffer, right: Buffer): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const img = (b: Buffer, w: number) =>
    `<img src="data:image/png;base64,${b.toString('base64')}" style="width:${w}px;height:800px;display:block">`;
  await page.setContent(
    `<body style="margin:0;display:flex;background:#fff">${img(left, 880)}<div style="width:1px;background:#c7ccd6"></div>${img(right, 399)}</body>`,
  );
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

/** A promotional tile: the logo, the name and one line, drawn by Chromium at the exact size. */
async function tile(width: number, height: number, line: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height } });
  const icon = Math.round(height * 0.42);
  await page.setContent(`<body style="margin:0;width:${width}px;height:${height}px;display:flex;align-items:center;gap:${Math.round(height * 0.08)}px;padding:0 ${Math.round(height * 0.12)}px;box-sizing:border-box;background:#1a56b8;color:#fff;font-family:'DejaVu Sans',sans-serif">
    <img src="data:image/png;base64,${ICON}" style="width:${icon}px;height:${icon}px;background:#fff;border-radius:18%">
    <div><div style="font-weight:700;font-size:${Math.round(height * 0.16)}px">Khung</div>
    <div style="font-size:${Math.round(height * 0.075)}px;line-height:1.3">${line}</div></div></body>`);
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

beforeAll(async () => {
  server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>Soạn báo cáo</title>
<body style="margin:0;font-family:'DejaVu Serif',serif;background:#eef1f5">
<div style="padding:10px 16px;background:#fff;border-bottom:1px solid #ccd;font-family:'DejaVu Sans',sans-serif">Hệ thống quản lý văn bản — Soạn thảo</div>
<textarea id="ta" style="box-sizing:border-box;margin:16px;width:840px;height:720px;font:14px/1.5 'DejaVu Serif',serif;padding:14px"></textarea></body>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  ext = await launchExtension();
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function pageAndPanel(): Promise<{ page: Page; panel: Page }> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 880, height: 800 });
  await page.goto(origin);
  await page.waitForFunction(() => document.documentElement.dataset.khungExt === 'loaded');
  await page.fill('#ta', SAMPLE_REPORT);
  await page.focus('#ta');
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(ext.url(`extension/side-panel/index.html?target=${encodeURIComponent(origin)}`));
  await panel.selectOption('#k-outline-picker', SAMPLE_OUTLINE);
  await panel.waitForSelector('[data-testid="checklist-summary"]');
  return { page, panel };
}

describe('store graphics from the real UI', () => {
  it('Chrome Web Store: the live checklist and the snippet search, 1280×800', async () => {
    const { page, panel } = await pageAndPanel();
    expect(await panel.locator('.k-check').count()).toBeGreaterThan(5);
    const checklist = await sideBySide(await page.screenshot(), await panel.screenshot());
    expect(save('cws-1-checklist.png', checklist)).toEqual({ width: 1280, height: 800 });
    await panel.click('#k-tab-snippets');
    await panel.fill('#k-snippet-search', 'noi nhan');
    await panel.locator('.k-snippet').first().waitFor();
    const snippets = await sideBySide(await page.screenshot(), await panel.screenshot());
    expect(save('cws-2-snippets.png', snippets)).toEqual({ width: 1280, height: 800 });
    await page.close();
    await panel.close();
  });

  it('Workspace Marketplace: the add-on sidebar on the emulated document, 1280×800', async () => {
    const playground = await startPlayground({ port: 0 });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(playground.url);
      await page.locator('#sample').selectOption('faulty');
      await page.locator('#load').click();
      const sidebar = page.frameLocator('#sidebar');
      await sidebar.getByRole('tab', { name: 'Kiểm tra' }).click();
      await sidebar
        .locator('.k-check-tab select.k-select')
        .first()
        .selectOption('thanh-hoa-bao-cao-cdcs-nam-2023');
      await sidebar.locator('li.k-finding').first().waitFor({ timeout: 15_000 });
      expect(save('gwm-1-playground.png', await page.screenshot())).toEqual({ width: 1280, height: 800 });
      await page.close();
    } finally {
      await playground.close();
    }
  });

  it('the promotional tile (440×280) and the Marketplace banner (220×140)', async () => {
    const promo = await tile(440, 280, 'Đề cương và kiểm tra<br>văn bản Công đoàn');
    expect(save('cws-promo-440x280.png', promo)).toEqual({ width: 440, height: 280 });
    const banner = await tile(220, 140, 'Văn bản<br>Công đoàn');
    expect(save('gwm-banner-220x140.png', banner)).toEqual({ width: 220, height: 140 });
  });
});
