import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../cli/read-document.ts';
import { startPlayground } from '../../playground/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';

// The playground's "Tải về .docx": the chosen outline's skeleton, with the parameters the sidebar's
// form saved, comes down as a Word file through a blob, as in the side panel.

const dir = mkdtempSync(join(tmpdir(), 'khung-playground-docx-'));
let browser: Browser;
let playground: Awaited<ReturnType<typeof startPlayground>>;
let page: Page;

beforeAll(async () => {
  playground = await startPlayground({ port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  page = await browser.newPage({ acceptDownloads: true });
  await page.goto(playground.url);
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

describe('playground: Tải về .docx', () => {
  it('downloads the chosen outline as .docx with the parameters the sidebar saved', async () => {
    // As the sidebar's form leaves them after an insert (user properties).
    playground.session.fake.properties.data.set(
      'khung.params',
      JSON.stringify({ donVi: 'Công đoàn cơ sở Trường THPT Hàm Rồng', nguoiKy: 'Lê Thị Hoa' }),
    );
    await page.selectOption('#docx-outline', 'ke-hoach');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#docx')]);
    expect(download.suggestedFilename()).toBe('ke-hoach.docx');
    const file = join(dir, 'ke-hoach.docx');
    await download.saveAs(file);
    const texts = (await readDocument(file)).blocks.map((b) => b.text);
    expect(texts).toContain('KẾ HOẠCH');
    expect(texts).toContain('CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT HÀM RỒNG');
    expect(texts).toContain('Lê Thị Hoa');
  });

  it('answers an unknown outline with 404, not a broken file', async () => {
    const res = await fetch(`${playground.url}skeleton.docx?outline=khong-co`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'Không có đề cương này.' });
  });
});
