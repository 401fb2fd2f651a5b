import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// The side panel decides block or inline with the core's rule (insert-placement.ts) before it sends
// khung:insert: a block at a caret inside a line gets its own paragraph and the rest of the line
// moves to the next one; an inline phrase goes in at the caret, a space keeping words apart. The
// insert is one undo step of its own, even when the officer types right after it.

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Soạn thảo</title></head>
<body><textarea id="ta" rows="8" cols="80"></textarea>
<div id="ce" contenteditable="true" style="min-height:60px;border:1px solid #ccc"><p>x</p></div></body></html>`;

const KINH_GUI = 'Kính gửi: Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam';
let server: Server;
let origin = '';
let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

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
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(browser.url(`extension/side-panel/index.html?target=${encodeURIComponent(origin)}`));
  await panel.click('#k-tab-snippets');
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Puts the textarea's text and caret (at "|") as the officer left them. */
async function textareaWith(marked: string): Promise<void> {
  await page.bringToFront();
  await page.click('#ta');
  await page.evaluate((marked) => {
    const ta = document.querySelector('textarea') as HTMLTextAreaElement;
    ta.value = marked.replace('|', '');
    ta.setSelectionRange(marked.indexOf('|'), marked.indexOf('|'));
  }, marked);
}

/** Finds a snippet by its id's words and clicks it in the panel; waits for "Đã chèn". */
async function insertFromPanel(query: string, id: string): Promise<void> {
  await panel.bringToFront();
  await panel.fill('#k-snippet-search', query);
  const option = panel.locator(`[role="option"][data-snippet="${id}"]`);
  await option.click();
  await panel.waitForFunction(() =>
    (document.querySelector('[data-testid="status"]')?.textContent ?? '').startsWith('Đã chèn'),
  );
  await panel.fill('#k-snippet-search', '');
}

describe('side panel: block or inline', () => {
  it('starts a block on its own line and moves the rest of the line after it', async () => {
    await textareaWith('Ban Thường vụ báo cáo như sau:|Căn cứ Luật Công đoàn');
    await insertFromPanel('kinh gui tong lien doan', 'kinh-gui-tong-lien-doan');
    expect(await page.inputValue('#ta')).toBe(
      `Ban Thường vụ báo cáo như sau:\n${KINH_GUI}\nCăn cứ Luật Công đoàn`,
    );
  });

  it('adds no empty line when the caret is already on a line of its own', async () => {
    await textareaWith('BÁO CÁO\n|\nCăn cứ');
    await insertFromPanel('kinh gui tong lien doan', 'kinh-gui-tong-lien-doan');
    expect(await page.inputValue('#ta')).toBe(`BÁO CÁO\n${KINH_GUI}\nCăn cứ`);
  });

  it('inserts an inline phrase at the caret inside a sentence, words kept apart', async () => {
    await page.bringToFront();
    await page.evaluate(() => {
      const ce = document.querySelector('#ce') as HTMLElement;
      ce.innerHTML = '<p>Chăm lo đời sống của</p>';
      ce.focus();
      const range = document.createRange();
      range.selectNodeContents(ce.querySelector('p') as HTMLElement);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await insertFromPanel('doan vien nguoi lao dong', 'cum-tu-doan-vien-nld');
    expect(await page.locator('#ce').textContent()).toBe('Chăm lo đời sống của đoàn viên, người lao động');
  });

  it('keeps the insert and the letters typed right after it as two undo steps', async () => {
    await textareaWith('như sau:|');
    await insertFromPanel('kinh gui tong lien doan', 'kinh-gui-tong-lien-doan');
    const inserted = `như sau:\n${KINH_GUI}`;
    expect(await page.inputValue('#ta')).toBe(inserted);
    await page.bringToFront();
    await page.keyboard.type('abc');
    expect(await page.inputValue('#ta')).toBe(`${inserted}abc`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#ta')).toBe(inserted);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#ta')).toBe('như sau:');
  });
});
