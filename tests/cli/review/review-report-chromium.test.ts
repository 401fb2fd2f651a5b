import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium.ts';
import { FakeGoogle } from '../google/fake-google.ts';
import { FOLDER_ID, fillFakeFolder } from './fake-folder.ts';
import { run, signInFake } from './review-env.ts';

const SCREENSHOT = join(import.meta.dirname, '../../../docs/review-report.png');
let fake: FakeGoogle;
let browser: Browser;
let server: Server;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  fake = await new FakeGoogle().start();
  await fillFakeFolder(fake);
  const home = signInFake(fake);
  process.env.SOURCE_DATE_EPOCH = String(Date.parse('2023-12-08T02:30:00Z') / 1000);
  const out = join(home, 'bao-cao.html');
  const result = await run(
    'review',
    FOLDER_ID,
    '--outline',
    'thanh-hoa-bao-cao-cdcs-nam-2023',
    '--out',
    out,
    '--no-cache',
  );
  expect(result.code).toBe(1);
  const html = readFileSync(out);
  server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 1380 }, locale: 'vi-VN' });
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/bao-cao.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await fake?.stop();
});

describe('the HTML review report in Chromium', () => {
  it('shows the matrix: one row a document read or failed, one ✓/✗ column a required section', async () => {
    const rows = page.locator('table.matrix tbody tr');
    expect(await rows.count()).toBe(12);
    expect(await page.locator('table.matrix thead th.col').count()).toBe(8);
    const hoaSen = page.locator('table.matrix tbody tr', { hasText: 'Hoa Sen' });
    expect(await hoaSen.locator('td.yes, td.no').allInnerTexts()).toEqual([
      '✓',
      '✓',
      '✓',
      '✓',
      '✓',
      '✓',
      '✗',
      '✗',
    ]);
    expect(await page.locator('table.matrix td.na').textContent()).toContain('Tệp .docx bị hỏng');
    // A ✗ cell is red, a ✓ cell green: the matrix reads at a glance.
    const colour = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await colour('table.matrix td.no')).toBe('rgb(252, 232, 230)');
    expect(await colour('table.matrix td.yes')).toBe('rgb(230, 244, 234)');
  });

  it('draws the two charts as inline SVG with their values', async () => {
    expect(await page.locator('svg.chart').count()).toBe(2);
    const donut = page.locator('svg.chart').first();
    expect(await donut.locator('circle[stroke-dasharray]').count()).toBe(4);
    expect(await donut.textContent()).toContain('Đạt: 6');
    const bars = page.locator('svg.chart').nth(1).locator('g.bar');
    expect(await bars.count()).toBe(8);
    expect(await bars.nth(7).textContent()).toContain('2/11');
    const box = await page.locator('svg.chart').nth(1).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
  });

  it('dates the report in Vietnam time', async () => {
    expect(await page.locator('p.sub').textContent()).toContain('Lập lúc 09:30:00 8/12/2023');
  });

  it('lists every file with its status and loads nothing but itself', async () => {
    expect(await page.locator('table.docs tbody tr').count()).toBe(13);
    expect(await page.locator('.cards').textContent()).toMatch(/13\s*Tổng số tệp/);
    expect(requested).toHaveLength(1);
  });

  it('is captured for the README', async () => {
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
  });
});
