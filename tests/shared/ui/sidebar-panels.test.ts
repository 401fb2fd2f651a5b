import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromText } from '../../../shared/core/document/from-text.ts';
import { applyFixes } from '../../../shared/core/rules/apply-fixes.ts';
import {
  callsOf,
  checked,
  doc,
  fuller,
  fullerDoc,
  launchChromium,
  openSidebar,
  view,
} from './sidebar-page.ts';

// Panels that follow the officer, in the real built Sidebar.html with a scripted google.script.run:
// the summary of a check stays at the top while the officer scrolls and reaches the findings in one
// click; each message shows next to what caused it; the check runs again right after an insert and
// never shows the previous result meanwhile; the block count follows the live checklist.

let browser: Browser;
const calls = (page: Page, name: string) => callsOf(page, name).then((c) => c.length);
const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not visible`);
  return b;
};

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Sidebar.html: the results follow the officer', () => {
  it('keeps the summary under the tabs while the list scrolls, and jumps to the errors in one click', async () => {
    const page = await openSidebar(browser, { khungRead: [checked] });
    await page.setViewportSize({ width: 300, height: 420 });
    await page.waitForSelector('[data-testid="results-summary"]');
    const tabs = await box(page, '.k-tabs');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY), 'the page must scroll for this test').toBeGreaterThan(
      100,
    );
    const stuck = await box(page, '[data-testid="results-summary"]');
    expect(Math.abs(stuck.y - (tabs.y + tabs.height))).toBeLessThan(2);
    expect(await page.locator('[data-testid="checklist-summary"]').isVisible()).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('[data-jump="error"]');
    const group = await box(page, '#k-findings-error');
    const summary = await box(page, '[data-testid="results-summary"]');
    expect(group.y).toBeGreaterThanOrEqual(summary.y + summary.height - 1);
    expect(group.y).toBeLessThan(420);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('k-findings-error');
    await page.close();
  });

  it('names the missing required sections in the summary, each a jump to its line', async () => {
    const page = await openSidebar(browser, { khungRead: [checked] });
    await page.setViewportSize({ width: 300, height: 420 });
    const missing = view.checklist.filter((i) => i.required && !i.found);
    expect(missing.length).toBeGreaterThan(0);
    const first = page.locator('[data-testid="missing-required"] button').first();
    await first.waitFor();
    expect(await first.textContent()).toBe(`✗ ${missing[0]?.heading}`);
    await first.click();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain(missing[0]?.heading ?? '—');
    await page.close();
  });

  it('shows the message of a fix inside the summary, next to the findings, not at the top of the tab', async () => {
    const fixable = view.findings.find((f) => f.fix);
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungApplyEdits: [
        { ok: true, doc: applyFixes(doc, fixable?.fix ? [fixable.fix] : []).doc, signature: 's2' },
      ],
    });
    await page.setViewportSize({ width: 300, height: 420 });
    await page
      .locator('.k-finding', { hasText: fixable?.message ?? '' })
      .locator('button.k-button')
      .click();
    const message = page.locator('[data-testid="results-summary"] [data-testid="status"]');
    await message.waitFor();
    expect(await message.textContent()).toBe('Đã sửa 1 lỗi. Khung đã kiểm tra lại văn bản.');
    expect(await message.isVisible()).toBe(true);
    expect(await page.locator('[data-testid="status"]').count()).toBe(1);
    await page.close();
  });

  it('shows a failed import under the import button', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungImportUserOutlines: [{ ok: false, message: 'Tệp không phải đề cương của Khung.' }],
    });
    await page.click('#k-tab-mine');
    await page.fill('#k-import', '{"a":1}');
    await page.click('button:has-text("Nhập đề cương")');
    const message = page.locator('form:has(#k-import) [data-testid="status"]');
    await message.waitFor();
    expect(await message.textContent()).toBe('Tệp không phải đề cương của Khung.');
    const button = await box(page, 'button:has-text("Nhập đề cương")');
    const note = await box(page, 'form:has(#k-import) .k-status');
    expect(note.y - (button.y + button.height)).toBeLessThan(40);
    await page.close();
  });

  it('warns beside the derive button when the document reads like a finished report', async () => {
    // A finished report of the golden checks: the sidebar's derivation warns on it.
    const report = readFileSync(
      resolve(import.meta.dirname, '../../fixtures/check/bao-cao-6-thang-dung/input.txt'),
      'utf8',
    );
    const warning = 'Văn bản này giống một báo cáo đã viết xong';
    const page = await openSidebar(browser, {
      khungRead: [checked, { ok: true, doc: docFromText(report), signature: 's9' }],
      khungSaveDerivedOutline: [{ ok: true, message: 'Đã tạo đề cương “Báo cáo quý”.' }],
    });
    await page.click('#k-tab-mine');
    await page.fill('#k-derive-name', 'Báo cáo quý');
    await page.click('button:has-text("Tạo đề cương")');
    const note = page.locator('form:has(#k-derive-name) .k-status-warning');
    await note.waitFor();
    expect(await note.textContent()).toContain(warning);
    await page.close();
  });
});

describe('Sidebar.html: no stale check', () => {
  it('checks again right after an outline is inserted, showing a spinner instead of the old result', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked, { __delay: 1500, value: { ...checked, doc: fullerDoc, signature: 's2' } }],
      khungInsertOutline: [{ ok: true, message: 'Đã chèn đề cương.' }],
    });
    await page.waitForSelector('[data-testid="checklist-summary"]');
    await page.click('#k-tab-insert');
    await page.click('.k-params-form button[type="submit"]');
    await page.waitForFunction(() =>
      (window as unknown as { __khungCalls: [string][] }).__khungCalls.some(
        ([n]) => n === 'khungInsertOutline',
      ),
    );
    await page.waitForFunction(
      () =>
        (window as unknown as { __khungCalls: [string][] }).__khungCalls.filter(([n]) => n === 'khungRead')
          .length === 2,
    );
    await page.click('#k-tab-check');
    // The old result (another document: before the outline) is not on screen while the check runs.
    expect(await page.locator('[data-testid="checking"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="checklist-summary"]').count()).toBe(0);
    await page.waitForSelector('[data-testid="checklist-summary"]');
    const found = fuller.checklist.filter((i) => i.found).length;
    expect(await page.locator('[data-testid="checklist-summary"]').textContent()).toMatch(
      new RegExp(`^${found}/${fuller.checklist.length}`),
    );
    expect(await page.locator('[data-testid="check-source"]').textContent()).toMatch(
      new RegExp(`^${fullerDoc.blocks.length} đoạn`),
    );
    expect(await calls(page, 'khungRead')).toBe(2);
    await page.close();
  });

  it('checks again after a snippet is inserted, keeping the result on screen meanwhile', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked, { ...checked, doc: fullerDoc, signature: 's2' }],
      khungInsertSnippet: [{ ok: true, message: 'Đã chèn đoạn mẫu tại con trỏ.' }],
    });
    await page.waitForSelector('[data-testid="checklist-summary"]');
    await page.click('#k-tab-snippets');
    await page.fill('#k-snippet-search', 'doan vien nguoi lao dong');
    await page.locator('[data-snippet="cum-tu-doan-vien-nld"]').click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __khungCalls: [string][] }).__khungCalls.filter(([n]) => n === 'khungRead')
          .length === 2,
    );
    // A phrase goes inline; its message stays docked in view at the bottom of the list.
    expect(await callsOf(page, 'khungInsertSnippet')).toEqual([['đoàn viên, người lao động', 'inline']]);
    expect(await page.locator('.k-status-dock [data-testid="status"]').textContent()).toBe(
      'Đã chèn đoạn mẫu tại con trỏ.',
    );
    await page.click('#k-tab-check');
    await page.waitForFunction(() =>
      /^8 đoạn/.test(document.querySelector('[data-testid="check-source"]')?.textContent ?? ''),
    );
    expect(fullerDoc.blocks).toHaveLength(8);
    await page.close();
  });

  it('follows the block count of the live checklist, not only its view ("0 đoạn" until "Kiểm tra lại")', async () => {
    const page = await openSidebar(browser, {
      khungRead: [{ ...checked, doc: { blocks: [], meta: {} }, signature: 's0' }],
      khungPoll: [
        { ok: true, changed: true, signature: 's1', doc: fullerDoc },
        { ok: true, changed: false, signature: 's1' },
      ],
    });
    await page.waitForFunction(() =>
      /^0 đoạn/.test(document.querySelector('[data-testid="check-source"]')?.textContent ?? ''),
    );
    await page.waitForFunction(
      () => /^8 đoạn/.test(document.querySelector('[data-testid="check-source"]')?.textContent ?? ''),
      undefined,
      { timeout: 8000 },
    );
    expect(await calls(page, 'khungRead')).toBe(1);
    await page.close();
  });
});
