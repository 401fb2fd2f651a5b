import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishIn } from '../helpers/english-words.ts';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';
import { servePlainPages } from './gdocs/plain-pages.ts';

// Vietnamese first on an English Chrome: Chromium started with --lang=en-US and LANGUAGE=en (so
// chrome.i18n answers in English) shows the options page and the side panel in Vietnamese; choosing
// English on the options page switches that page at once, and every other open options page, the
// right-click menu and the toolbar title with it; the side panel stays Vietnamese and says so;
// choosing Vietnamese again switches everything back.

let browser: ExtensionBrowser;
let pages: Awaited<ReturnType<typeof servePlainPages>>;
let options: Page;
const consoleErrors: string[] = [];

const heading = (p: Page) => p.locator('h1').textContent();
/** The page's sentences: each heading, paragraph, label, button and list item on its own. */
const texts = async (p: Page) =>
  (await p.locator(':is(h1, h2, p, label, button, li, summary, option)').allTextContents()).map((t) =>
    t.trim(),
  );
const pageLang = (p: Page) => p.evaluate(() => document.documentElement.lang);
/** The toolbar title the worker set (it is set with the menu, in the chosen language). */
const actionTitle = (w: Worker) => w.evaluate(() => chrome.action.getTitle({}));

async function waitForTitle(w: Worker, title: string): Promise<void> {
  for (let i = 0; i < 50 && (await actionTitle(w)) !== title; i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(await actionTitle(w)).toBe(title);
}

async function openOptions(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(browser.url('extension/options/index.html'));
  await p.waitForSelector('#language');
  return p;
}

async function openPanel(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(
    browser.url(`extension/side-panel/index.html?target=${encodeURIComponent(`${pages.origin}/form`)}`),
  );
  await p.waitForSelector('[role="tab"]');
  return p;
}

beforeAll(async () => {
  pages = await servePlainPages();
  browser = await launchExtension(undefined, {
    args: ['--lang=en-US'],
    env: { LANGUAGE: 'en', LANG: 'en_US.UTF-8' },
  });
  browser.context.on('page', (p) => {
    p.on('pageerror', (e) => consoleErrors.push(`${p.url()}: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${p.url()}: ${m.text()}`);
    });
  });
  const form = await browser.context.newPage();
  await form.goto(`${pages.origin}/form`);
  options = await openOptions();
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

describe('an English Chrome', () => {
  it('is English to chrome.i18n (so the test would catch a page that followed it)', async () => {
    const ui = await options.evaluate(() => ({
      lang: chrome.i18n.getUILanguage(),
      title: chrome.i18n.getMessage('actionTitle'),
    }));
    expect(ui.lang).toMatch(/^en/);
    expect(ui.title).toBe('Open Khung');
  });

  it('shows the options page in Vietnamese, with no English word in its sentences', async () => {
    expect(await heading(options)).toBe('Tuỳ chọn Khung');
    expect(await pageLang(options)).toBe('vi');
    expect(await options.title()).toBe('Tuỳ chọn Khung');
    expect(await options.inputValue('#language')).toBe('vi');
    const sentences = await texts(options);
    expect(sentences).toContain('Đoạn mẫu của tôi');
    expect(sentences.length).toBeGreaterThan(20);
    expect(sentences.flatMap(englishIn)).toEqual([]);
  });

  it('shows the side panel in Vietnamese', async () => {
    const panel = await openPanel();
    expect(await pageLang(panel)).toBe('vi');
    expect(await panel.locator('[role="tab"]').allTextContents()).toEqual([
      'Danh mục kiểm tra',
      'Đoạn mẫu',
      'Đề cương',
    ]);
    await panel.close();
  });

  it('titles the toolbar button and the menu in Vietnamese', async () => {
    await waitForTitle(browser.worker, 'Mở Khung');
  });
});

describe('choosing English, then Vietnamese again', () => {
  it('switches the options page, another open options page, and the worker’s menu and title', async () => {
    const other = await openOptions();
    await options.selectOption('#language', 'en');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === 'Khung options');
    expect(await pageLang(options)).toBe('en');
    expect(await options.title()).toBe('Khung options');
    expect(await texts(options)).toContain('My snippets');
    // The note next to the choice: the panel does not follow.
    expect(await options.locator('[data-testid="language-panel-note"]').textContent()).toMatch(
      /side panel always stays in Vietnamese/,
    );
    // Applied live through storage.onChanged in the other tab, no reload.
    await other.waitForFunction(() => document.querySelector('h1')?.textContent === 'Khung options');
    expect(await other.inputValue('#language')).toBe('en');
    const stored = await options.evaluate(() => chrome.storage.local.get('khung.language'));
    expect(stored['khung.language']).toBe('en');
    await waitForTitle(browser.worker, 'Open Khung');
    await other.close();
  });

  it('keeps English after a reload, and the side panel in Vietnamese', async () => {
    await options.reload();
    await options.waitForSelector('#language');
    expect(await heading(options)).toBe('Khung options');
    const panel = await openPanel();
    expect(await pageLang(panel)).toBe('vi');
    expect(await panel.locator('[role="tab"]').first().textContent()).toBe('Danh mục kiểm tra');
    await panel.close();
  });

  it('switches back to Vietnamese', async () => {
    await options.selectOption('#language', 'vi');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === 'Tuỳ chọn Khung');
    expect(await pageLang(options)).toBe('vi');
    expect(await texts(options)).toContain('Đoạn mẫu của tôi');
    await waitForTitle(browser.worker, 'Mở Khung');
  });

  it('logged no error in any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
