import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InsertResult } from '../../extension/shared/messages.ts';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// Which frame of a tab answers khung:insert must be decided by Khung alone. A hostile page script in
// the top frame and a cross-origin ad frame (both running in the real built extension, Chromium)
// try every way the page can reach the frames: window messages with any payload (forged notes, notes
// they saw, "focus went elsewhere"), and synthetic focus events on another editor. The text must
// still land once, in the editor the user last clicked, and nowhere else.

const TOP = `<!doctype html><meta charset="utf-8"><title>Trang có quảng cáo</title>
<textarea id="main" rows="4" cols="40">ĐẦU CUỐI</textarea>
<iframe id="inner" src="/inner" width="320" height="90"></iframe>
<iframe id="ad" src="AD_ORIGIN/ad" width="320" height="90"></iframe>
<script>
  // What any page script can see: every window message the top frame receives.
  window.__seen = [];
  window.addEventListener('message', (e) => window.__seen.push(e.data), true);
</script>`;
const INNER = `<!doctype html><meta charset="utf-8"><textarea id="b">KHUNG B</textarea>
<script>window.__seen = []; window.addEventListener('message', (e) => window.__seen.push(e.data), true);</script>`;
const AD = `<!doctype html><meta charset="utf-8"><textarea id="ad-box">QUẢNG CÁO</textarea>
<script>window.__seen = []; window.addEventListener('message', (e) => window.__seen.push(e.data), true);</script>`;

let server: Server;
let origin = '';
let adOrigin = '';
let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const inner = (): Frame => frameAt('/inner');
const ad = (): Frame => frameAt('/ad');
function frameAt(path: string): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).pathname === path);
  if (!frame) throw new Error(`no frame ${path}`);
  return frame;
}
const value = (frame: Frame, selector: string) =>
  frame.$eval(selector, (el) => (el as HTMLTextAreaElement).value);

/** The panel's khung:insert to the page's tab (every frame gets it; one must answer). */
function insert(text: string): Promise<InsertResult> {
  return panel.evaluate(
    async ({ url, text }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(url));
      if (tab?.id === undefined) throw new Error('no tab');
      return chrome.tabs.sendMessage(tab.id, { type: 'khung:insert', text });
    },
    { url: `${origin}/top`, text },
  );
}

/** The user clicks into a textarea of `frame` and puts the caret after `after`. */
async function placeCaret(frame: Frame, selector: string, after: string): Promise<void> {
  await page.bringToFront();
  await frame.click(selector);
  await frame.$eval(
    selector,
    (el, after) => {
      const box = el as HTMLTextAreaElement;
      const at = box.value.indexOf(after) + after.length;
      box.setSelectionRange(at, at);
    },
    after,
  );
  // Let Khung's own bookkeeping settle before the attack starts, as a person's pause would.
  await page.waitForTimeout(150);
}

/** Forged notes: "focus went elsewhere", a frame id nobody has, and a message in Khung's own words. */
const FORGED: unknown[] = [
  { __khungFocusFrame: 'elsewhere' },
  { __khungFocusFrame: 'forged-frame' },
  { type: 'khung:frame:owner', token: 'forged', at: 9e15 },
];

/**
 * What a page script can throw at Khung's frames through windows, from `frame`'s main world: the
 * messages that frame saw (replayed), then `payloads`, posted to every window of the tab.
 */
function flood(frame: Frame, payloads: unknown[]): Promise<void> {
  return frame.evaluate((payloads) => {
    const seen = (window as unknown as { __seen?: unknown[] }).__seen ?? [];
    const all: Window[] = [];
    const walk = (w: Window) => {
      all.push(w);
      for (let i = 0; i < w.frames.length; i++) walk(w.frames[i] as Window);
    };
    walk(window.top as Window);
    for (const data of [...seen, ...payloads]) for (const w of all) w.postMessage(data, '*');
  }, payloads);
}

/** A synthetic focus event on an editor the user never clicked (same-origin reach into a frame). */
function fakeFocus(frame: Frame, selector: string): Promise<void> {
  return frame.evaluate((selector) => {
    const el = document.querySelector(selector) as HTMLElement;
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    el.dispatchEvent(new FocusEvent('focus'));
  }, selector);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body =
      path === '/top'
        ? TOP.replace('AD_ORIGIN', adOrigin)
        : path === '/inner'
          ? INNER
          : path === '/ad'
            ? AD
            : null;
    if (body === null) res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  // "localhost" is another origin than "127.0.0.1": the ad frame is cross-origin to the page.
  adOrigin = `http://localhost:${port}`;
  browser = await launchExtension();
  panel = await browser.context.newPage();
  await panel.goto(browser.url('extension/side-panel/index.html'));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

beforeEach(async () => {
  await page?.close();
  page = await browser.context.newPage();
  await page.goto(`${origin}/top`);
  // Khung's script runs in all three frames (the e2e build grants 127.0.0.1 and localhost).
  await expect
    .poll(() => Promise.all(page.frames().map((f) => f.evaluate(() => document.readyState))))
    .toEqual(['complete', 'complete', 'complete']);
  await page.waitForTimeout(300);
});

describe('frame focus cannot be forged by the page or an ad frame', () => {
  it('inserts where the user clicked although the page says focus went elsewhere', async () => {
    await placeCaret(page.mainFrame(), '#main', 'ĐẦU');
    await flood(page.mainFrame(), FORGED);
    await panel.bringToFront();
    expect(await insert(' MỘT ')).toEqual({ ok: true, method: 'execCommand' });
    expect(await value(page.mainFrame(), '#main')).toBe('ĐẦU MỘT  CUỐI');
    expect(await value(inner(), '#b')).toBe('KHUNG B');
    expect(await value(ad(), '#ad-box')).toBe('QUẢNG CÁO');
  });

  it('does not follow the page to an editor of another frame (replayed notes, synthetic focus)', async () => {
    // The user worked in the inner frame first, then in the page: the page saw whatever Khung sent.
    await placeCaret(inner(), '#b', 'KHUNG');
    await placeCaret(page.mainFrame(), '#main', 'ĐẦU');
    await flood(page.mainFrame(), []);
    await fakeFocus(inner(), '#b');
    await panel.bringToFront();
    expect(await insert(' HAI ')).toEqual({ ok: true, method: 'execCommand' });
    expect(await value(page.mainFrame(), '#main')).toBe('ĐẦU HAI  CUỐI');
    expect(await value(inner(), '#b')).toBe('KHUNG B');
  });

  it('ignores a cross-origin ad frame that floods every frame and fakes focus on its own box', async () => {
    await placeCaret(page.mainFrame(), '#main', 'ĐẦU');
    await fakeFocus(ad(), '#ad-box');
    await flood(ad(), [...FORGED, { __khungFocusFrame: '' }]);
    await panel.bringToFront();
    expect(await insert(' BA ')).toEqual({ ok: true, method: 'execCommand' });
    expect(await value(page.mainFrame(), '#main')).toBe('ĐẦU BA  CUỐI');
    expect(await value(ad(), '#ad-box')).toBe('QUẢNG CÁO');
  });

  it('still follows the user: a real click into a child frame moves the insert there, once', async () => {
    await placeCaret(page.mainFrame(), '#main', 'ĐẦU');
    await placeCaret(inner(), '#b', 'KHUNG');
    await flood(page.mainFrame(), FORGED);
    await panel.bringToFront();
    expect(await insert(' BỐN')).toEqual({ ok: true, method: 'execCommand' });
    expect(await value(inner(), '#b')).toBe('KHUNG BỐN B');
    expect(await value(page.mainFrame(), '#main')).toBe('ĐẦU CUỐI');
  });

  it('sends nothing a page can read: no Khung value in any window message', async () => {
    await placeCaret(inner(), '#b', 'KHUNG');
    await placeCaret(page.mainFrame(), '#main', 'ĐẦU');
    await placeCaret(ad(), '#ad-box', 'QUẢNG');
    const seen = await Promise.all(
      page
        .frames()
        .map((f) => f.evaluate(() => JSON.stringify((window as unknown as { __seen: unknown[] }).__seen))),
    );
    for (const s of seen) expect(s).toBe('[]');
  });
});
