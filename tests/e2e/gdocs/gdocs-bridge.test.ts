import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_READ, EXPORT_READ_SECOND_TAB } from './docs-fixture-page.ts';
import { type DocsFixtureServer, serveDocsFixture } from './docs-fixture-server.ts';
import { type ExtensionBrowser, launchExtension } from './launch-extension.ts';

// The Google Docs bridge (extension/content/gdocs/, and the service worker that reads the export for
// it) against a page emulating the Docs surfaces it relies on (docs-fixture-page.ts), through the
// public automation contract: chrome.tabs.sendMessage from the extension (here its service worker)
// with khung:read / khung:insert. The e2e build treats a URL with ?gdocs-fixture as Docs; nothing here
// reaches the real docs.google.com.

let browser: ExtensionBrowser;
let server: DocsFixtureServer;

async function openDoc(id: string, variant = 'normal', tab?: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.docUrl(id, variant, tab));
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
    const f = (window as unknown as { fixture: { pastes: number; typed: number; swallowed: number } })
      .fixture;
    return { pastes: f.pastes, typed: f.typed, swallowed: f.swallowed };
  });
const clipboard = async (page: Page) => {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
};
const setClipboard = async (page: Page, text: string) => {
  await page.bringToFront();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
};

/** Uncaught errors and console errors of the pages, minus the network lines Chrome itself
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
  it('reads the export of the open document through the service worker: paragraphs with heading levels', async () => {
    const page = await openDoc('doc-ok');
    const from = server.requests.length;
    const read = await send(page.url(), { type: 'khung:read' });
    expect(read).toMatchObject({ ok: true, editor: 'gdocs', url: page.url(), ...EXPORT_READ });
    expect(read.message).toMatch(/bản lưu gần nhất/);
    // The worker asked, not the page: a page's request would say Sec-Fetch-Site "same-origin".
    expect(server.requests.slice(from).map((r) => r.site)).toEqual(['none']);
    await page.close();
  });

  it('follows Docs’ redirect to its content domain (no CORS header there), which a page’s fetch could not', async () => {
    const page = await openDoc('doc-redirect', 'no-canvas');
    const read = await send(page.url(), { type: 'khung:read' });
    expect(read).toMatchObject({ ok: true, editor: 'gdocs', ...EXPORT_READ });
    // The page itself is refused by that origin, as the old content-script fetch was.
    const direct = await page.evaluate(async (u) => {
      try {
        await fetch(u, { credentials: 'include' });
        return 'read';
      } catch {
        return 'refused';
      }
    }, `${server.origin}/document/d/doc-redirect/export?format=html`);
    expect(direct).toBe('refused');
    await page.close();
  });

  it('reads the document tab the address names (?tab=), not the first one', async () => {
    const page = await openDoc('doc-ok', 'normal', 't.second');
    const from = server.requests.length;
    const read = await send(page.url(), { type: 'khung:read' });
    expect(read).toMatchObject({ ok: true, ...EXPORT_READ_SECOND_TAB });
    expect(server.requests.slice(from).map((r) => r.tab)).toContain('t.second');
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
    expect(await counters(page)).toEqual({ pastes: 1, typed: 0, swallowed: 0 });
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
    expect(await counters(page)).toEqual({ pastes: 0, typed: 1, swallowed: 0 });
    await page.close();
  });

  it('without the annotated canvas writes nothing (it could not check it) and copies the text instead', async () => {
    const page = await openDoc('doc-ok', 'no-canvas');
    const before = await model(page);
    const result = await send(page.url(), { type: 'khung:insert', text: 'giữa ' });
    expect(result).toMatchObject({ ok: false, method: 'clipboard' });
    expect(result.message).toMatch(/không chèn trực tiếp.*Đã chép vào bộ nhớ tạm\. Nhấn Ctrl\+V để dán\./);
    expect(await model(page)).toEqual(before);
    expect(await counters(page)).toEqual({ pastes: 0, typed: 0, swallowed: 0 });
    expect(await clipboard(page)).toBe('giữa ');
    await page.close();
  });

  it('falls back to the clipboard ("Nhấn Ctrl+V để dán") when Docs takes nothing, leaving the document as it was', async () => {
    const page = await openDoc('doc-ok', 'dead');
    const before = await model(page);
    const result = await send(page.url(), { type: 'khung:insert', text: 'Trân trọng!' });
    expect(result).toMatchObject({ ok: false, method: 'clipboard' });
    expect(result.message).toMatch(/Nhấn Ctrl\+V để dán/);
    expect(await model(page)).toEqual(before);
    expect(await clipboard(page)).toBe('Trân trọng!');
    await page.close();
  });

  it('a paste Docs took but never showed: not typed as well, the clipboard instead, the document unchanged', async () => {
    const page = await openDoc('doc-ok', 'swallow');
    const before = await model(page);
    const result = await send(page.url(), { type: 'khung:insert', text: 'Trân trọng!' });
    expect(result).toMatchObject({ ok: false, method: 'clipboard' });
    expect(await counters(page)).toEqual({ pastes: 0, typed: 0, swallowed: 1 });
    expect(await model(page)).toEqual(before);
    expect(await clipboard(page)).toBe('Trân trọng!');
    await page.close();
  });

  it('a write that changed the text otherwise: never "inserted", no second method, nothing copied', async () => {
    const page = await openDoc('doc-ok', 'garble');
    await setClipboard(page, 'chữ của người dùng');
    const result = await send(page.url(), { type: 'khung:insert', text: 'Nơi nhận:\n- Như trên;' });
    expect(result).toMatchObject({ ok: false, method: 'gdocs-unchecked' });
    expect(result.message).toMatch(/xem lại chỗ con trỏ/);
    expect(await counters(page)).toEqual({ pastes: 1, typed: 0, swallowed: 0 });
    expect(await clipboard(page)).toBe('chữ của người dùng');
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
