import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// Snippets people can write, in the real options page (dist/extension-e2e): the blanks of a snippet
// are made with a form (name shown to the user, kind, choices, default) and put into the text with a
// button, never typed as {{field}}; the snippet is saved with typed fields, and the side panel's fill
// form shows each blank by its label. Assertions use ids, classes and the officer's own words, not the
// page's wording.

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const stored = () =>
  browser.worker.evaluate(async () => {
    const all = await chrome.storage.sync.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('khung.library.s.'))
      .map(([, v]) => v as { label: string; body: string; fields?: unknown[] });
  });

beforeAll(async () => {
  browser = await launchExtension();
  page = await browser.context.newPage();
  await page.goto(browser.url('extension/options/index.html'));
  await page.waitForSelector('[data-testid="snippet-form"]');
});

afterAll(async () => {
  await browser?.close();
});

describe('options page: a snippet’s blanks as a form', () => {
  it('adds two blanks by their labels, puts them into the text at the caret, and saves typed fields', async () => {
    await page.fill('#snippet-label', 'Kính gửi cấp trên của tôi');
    await page.selectOption('#snippet-group', 'kinh-gui');
    await page.fill('#snippet-body', 'Kính gửi: ');
    await page.click('#snippet-field-add');
    await page.fill('#snippet-field-label-0', 'Tên đơn vị cấp trên');
    // The caret at the end of the text, where the blank goes.
    await page.focus('#snippet-body');
    await page.press('#snippet-body', 'End');
    await page.click('[data-field="tenDonViCapTren"] .k-field-place');
    expect(await page.inputValue('#snippet-body')).toBe('Kính gửi: {{tenDonViCapTren}}');

    await page.press('#snippet-body', 'End');
    await page.keyboard.type('\nNgày ');
    await page.click('#snippet-field-add');
    await page.fill('#snippet-field-label-1', 'Ngày gửi');
    await page.selectOption('[data-field="ngayGui"] .k-field-type', 'date');
    await page.click('[data-field="ngayGui"] .k-field-place');
    expect(await page.inputValue('#snippet-body')).toBe('Kính gửi: {{tenDonViCapTren}}\nNgày {{ngayGui}}');
    expect(await page.locator('[data-testid="snippet-preview"]').textContent()).toBe(
      'Kính gửi: [Tên đơn vị cấp trên]\nNgày [Ngày gửi]',
    );

    await page.click('#snippet-save');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="snippet-list"] > li').length === 1,
    );
    // The list shows the blanks by their labels too.
    expect(await page.locator('[data-testid="snippet-list"] .k-preview').textContent()).toBe(
      'Kính gửi: [Tên đơn vị cấp trên]\nNgày [Ngày gửi]',
    );
    await expect
      .poll(async () => (await stored()).map((s) => s.fields), { timeout: 5000 })
      .toEqual([
        [
          { name: 'tenDonViCapTren', label: 'Tên đơn vị cấp trên', type: 'text' },
          { name: 'ngayGui', label: 'Ngày gửi', type: 'date' },
        ],
      ]);
  });

  it('refuses a blank without a name, or one the text does not use, in the officer’s words', async () => {
    await page.fill('#snippet-label', 'Thử');
    await page.fill('#snippet-body', 'Nội dung.');
    await page.click('#snippet-field-add');
    await page.click('#snippet-save');
    const error = page.locator('[data-testid="snippet-error"]');
    await error.waitFor();
    expect(await error.textContent()).not.toMatch(/\{\{|truong/);
    await page.fill('#snippet-field-label-0', 'Nơi gửi');
    await page.click('#snippet-save');
    await page.waitForFunction(() =>
      /Nơi gửi/.test(document.querySelector('[data-testid="snippet-error"]')?.textContent ?? ''),
    );
    await page.click('[data-field="noiGui"] .k-field-remove');
    await page.fill('#snippet-body', '');
    await page.fill('#snippet-label', '');
  });

  it('labels a blank typed by hand as {{…}} by its line, never by its name, in the side panel’s form', async () => {
    await page.fill('#snippet-label', 'Lời cảm ơn riêng');
    await page.fill('#snippet-body', 'Trân trọng cảm ơn {{tenDonVi}}.');
    await page.click('#snippet-save');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="snippet-list"] > li').length === 2,
    );
    panel = await browser.context.newPage();
    await panel.goto(browser.url('extension/side-panel/index.html'));
    await panel.click('#k-tab-snippets');
    await panel.fill('#k-snippet-search', 'loi cam on rieng');
    await panel.locator('[role="option"]').first().click();
    const label = panel.locator('label[for="k-field-tenDonVi"]');
    await label.waitFor();
    expect(await label.textContent()).toBe('Trân trọng cảm ơn …….');
    expect(await panel.locator('.k-fill-form').textContent()).not.toContain('tenDonVi');
  });
});
