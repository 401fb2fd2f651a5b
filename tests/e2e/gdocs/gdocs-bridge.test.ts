import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_READ } from './docs-fixture-page.ts';
import { type DocsFixtureServer, serveDocsFixture } from './docs-fixture-server.ts';
import { type ExtensionBrowser, launchExtension } from './launch-extension.ts';

// The Google Docs bridge (extension/content/gdocs/) against a page emulating the Docs surfaces it
// relies on (docs-fixture-page.ts), through the public automation contract: chrome.tabs.sendMessage
// from the extension (here its service worker) with khung:read / khung:insert. The e2e build treats a
// URL with ?gdocs-fixture as Docs; nothing here reaches the real docs.google.com.

let browser: ExtensionBrowser;
let server: DocsFixtureServer;

async function openDoc(id: string, variant = 'normal'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.docUrl(id, variant));
  await page.waitForFunction(() => document.documentElement.dataset.khungExt === 'loaded');
  return page;
}

/** Sends a content message to the tab showing `url`, as the panel or a script would. */
function send(url: string, message: unknown): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(
    async ({ url, message }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab ${url}`);
      return chrome.tabs.sendMessage(tab.id, message);
    },
    { url, message },
  );
}

const model = (page: Page) =>
  page.evaluate(() => (window as unknown as { fixture: { model: string[] } }).fixture.model);
const counters = (page: Page) =>
  page.evaluate(() => {
    const f = (window as unknown as { fixture: { pastes: number; typed: number } }).fixture;
    return { pastes: f.pastes, typed: f.typed };
  });

/** Uncaught errors and console errors of the pages (issue 5 §6), minus the network lines Chrome itself
 * logs for the refused exports (401/403, the blocked sign-in redirect), which no script can silence. */
const consoleErrors: string[] = [];
const NETWORK_LINE = /Failed to load resource|blocked by CORS policy|net::ERR_FAILED/;

beforeAll(async () => {
  server = await serveDocsFixture();
  browser = await launchExtension();
  browser.context.on('page', (p) => {
    p.on('pageerror', (e) => consoleErrors.push(`${p.url()}: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error' && !NETWORK_LINE.test(m.text())) consoleErrors.push(`${p.url()}: ${m.text()}`);
    });
  });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading Docs', () => {
  it('reads the export of the open document: paragraphs with heading levels', async () => {
    const page = await openDoc('doc-ok');
    const read = await send(page.url(), { type: 'khung:read' });
    expect(read).toMatchObject({ ok: true, editor: 'gdocs', url: page.url(), ...EXPORT_READ });
    expect(read.message).toMatch(/bản lưu gần nhất/);
    expect(server.exports.get('doc-ok')).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it.each([
    ['doc-signed-out', /Chưa đăng nhập Google/],
    ['doc-401', /Chưa đăng nhập Google/],
    ['doc-forbidden', /không được tải tài liệu/],
  ])('says why when the export is refused (%s) and nothing is rendered', async (id, reason) => {
    const page = await openDoc(id, 'no-canvas');
    const read = await send(page.url(), { type: 'khung:read' });
    expect(read).toMatchObject({ ok: false, editor: 'gdocs', paragraphs: [] });
    expect(read.message).toMatch(reason);
    await page.close();
  });

  it('falls back to the annotated canvas text when the export is refused', async () => {
    const page = await openDoc('doc-forbidden');
    const read = await send(page.url(), { type: 'khung:read' });
    expect(read).toMatchObject({ ok: true, editor: 'gdocs', paragraphs: await model(page) });
    expect(read.message).toMatch(/không được tải tài liệu.*phần đang hiện trên màn hình/);
    await page.close();
  });
});

describe('inserting into Docs', () => {
  it('pastes through the text-event iframe once, verified on the annotated canvas', async () => {
    const page = await openDoc('doc-ok');
    const result = await send(page.url(), { type: 'khung:insert', text: 'giữa ' });
    expect(result).toEqual({ ok: true, method: 'gdocs-text-event' });
    expect(await model(page)).toEqual([
      'CÔNG ĐOÀN VIỆT NAM',
      'I. TÌNH HÌNH CHUNG',
      'Đầu đoạn giữa cuối đoạn.',
      'II. KIẾN NGHỊ',
    ]);
    expect(await counters(page)).toEqual({ pastes: 1, typed: 0 });
    await page.close();
  });

  it('inserts multi-line text as paragraphs in one paste', async () => {
    const page = await openDoc('doc-ok');
    const result = await send(page.url(), { type: 'khung:insert', text: 'một\nNơi nhận:\n- Như trên;\n' });
    expect(result).toMatchObject({ ok: true, method: 'gdocs-text-event' });
    expect(await model(page)).toEqual([
      'CÔNG ĐOÀN VIỆT NAM',
      'I. TÌNH HÌNH CHUNG',
      'Đầu đoạn một',
      'Nơi nhận:',
      '- Như trên;',
      'cuối đoạn.',
      'II. KIẾN NGHỊ',
    ]);
    expect((await counters(page)).pastes).toBe(1);
    await page.close();
  });

  it('types (execCommand) only when the paste was ignored, and still inserts once', async () => {
    const page = await openDoc('doc-ok', 'typing');
    const result = await send(page.url(), { type: 'khung:insert', text: 'giữa ' });
    expect(result).toEqual({ ok: true, method: 'gdocs-text-event' });
    expect((await model(page))[2]).toBe('Đầu đoạn giữa cuối đoạn.');
    expect(await counters(page)).toEqual({ pastes: 0, typed: 1 });
    await page.close();
  });

  it('says it could not check when there is no annotated canvas, and copies the text as well', async () => {
    const page = await openDoc('doc-ok', 'no-canvas');
    const result = await send(page.url(), { type: 'khung:insert', text: 'giữa ' });
    expect(result).toMatchObject({ ok: true, method: 'gdocs-text-event' });
    expect(result.message).toMatch(/chưa kiểm tra lại được.*Ctrl\+V/);
    expect((await model(page))[2]).toBe('Đầu đoạn giữa cuối đoạn.');
    await page.close();
  });

  it('falls back to the clipboard ("Nhấn Ctrl+V để dán") when Docs takes nothing, leaving the document as it was', async () => {
    const page = await openDoc('doc-ok', 'dead');
    const before = await model(page);
    const result = await send(page.url(), { type: 'khung:insert', text: 'Trân trọng!' });
    expect(result).toMatchObject({ ok: false, method: 'clipboard' });
    expect(result.message).toMatch(/Nhấn Ctrl\+V để dán/);
    expect(await model(page)).toEqual(before);
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Trân trọng!');
    await page.close();
  });
});

describe('following Docs for the checklist', () => {
  it('announces khung:changed after a pause in typing in the text-event iframe', async () => {
    const listener = await browser.context.newPage();
    await listener.goto(browser.url('extension/options/index.html'));
    await listener.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      chrome.runtime.onMessage.addListener((m) => {
        seen.push(m);
      });
    });
    const page = await openDoc('doc-ok');
    await page.evaluate(() => {
      const frame = document.querySelector('.docs-texteventtarget-iframe') as HTMLIFrameElement;
      frame.contentDocument
        ?.querySelector('[contenteditable]')
        ?.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await listener.waitForFunction(
      () => (window as unknown as { seen: unknown[] }).seen.length > 0,
      undefined,
      { timeout: 8000 },
    );
    expect(await listener.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
      { type: 'khung:changed', url: page.url() },
    ]);
    await page.close();
    await listener.close();
  });
});

describe('console', () => {
  it('logged no script error in any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
