import type { Frame, Page } from 'playwright-core';
import type { InsertResult, ReadResult } from '../../../../extension/shared/messages.ts';
import { type ExtensionBrowser, launchWithExtension } from './launch-extension.ts';
import { type FixtureServer, serveFixtures } from './serve-fixtures.ts';

/** One browser, one fixture page with a real editor, and an extension page standing in for the panel. */
export interface EditorSession {
  browser: ExtensionBrowser;
  page: Page;
  /** An extension page (the side panel's URL in a tab): it drives the automation contract. */
  panel: Page;
  url: string;
  /** The editor's own model as paragraphs (window.__fixture.model()). */
  model(): Promise<string[]>;
  /** Sends a content message to the fixture's tab from the panel, as the panel does. */
  send<T = InsertResult | ReadResult | { ok: boolean }>(message: object): Promise<T>;
  /** khung:changed events the panel received since the last call. */
  takeChanged(): Promise<number>;
  close(): Promise<void>;
}

/** The frame holding the editor: TinyMCE's iframe mode puts it in a child frame. */
export async function editorFrame(page: Page): Promise<Frame> {
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith('about:'));
  return frame ?? page.mainFrame();
}

/**
 * Opens `pageName`.html from dist/editor-fixtures with the extension loaded and waits until both are
 * ready. One retry: on a loaded 2-core machine a cold Chromium sometimes misses the service worker.
 */
export async function openEditorSession(pageName: string): Promise<EditorSession> {
  try {
    return await openOnce(pageName);
  } catch {
    return openOnce(pageName);
  }
}

async function openOnce(pageName: string): Promise<EditorSession> {
  const server: FixtureServer = await serveFixtures();
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension();
    return await startSession(server, browser, pageName);
  } catch (error) {
    await browser?.close().catch(() => {});
    await server.close();
    throw error;
  }
}

async function startSession(
  server: FixtureServer,
  browser: ExtensionBrowser,
  pageName: string,
): Promise<EditorSession> {
  const url = `${server.origin}/${pageName}.html`;
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  await page.waitForSelector('html[data-khung-ext="loaded"]', { timeout: 10_000 });
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/extension/side-panel/index.html`);
  await panel.evaluate(() => {
    const w = window as unknown as { __khungChanged: number };
    w.__khungChanged = 0;
    chrome.runtime.onMessage.addListener((m: unknown) => {
      if ((m as { type?: string } | null)?.type === 'khung:changed') w.__khungChanged++;
    });
  });
  await page.bringToFront();
  return {
    browser,
    page,
    panel,
    url,
    model: () => page.evaluate(() => window.__fixture?.model() ?? []),
    send: <T>(message: object) =>
      panel.evaluate(
        async ({ url, message }) => {
          const tabs = await chrome.tabs.query({});
          const tab = tabs.find((t) => t.url?.startsWith(url));
          if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
          return chrome.tabs.sendMessage(tab.id, message);
        },
        { url, message },
      ) as Promise<T>,
    takeChanged: () =>
      panel.evaluate(() => {
        const w = window as unknown as { __khungChanged: number };
        const n = w.__khungChanged;
        w.__khungChanged = 0;
        return n;
      }),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
