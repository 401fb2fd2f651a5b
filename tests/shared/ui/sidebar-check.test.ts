import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixRequest } from '../../../apps-script/sidebar/fix-request.ts';
import { checkFetched } from '../../../apps-script/sidebar/local-check.ts';
import { applyFixes } from '../../../shared/core/rules/apply-fixes.ts';
import {
  callsOf,
  checked,
  doc,
  fuller,
  fullerDoc,
  launchChromium,
  OUTLINE_ID,
  openSidebar,
  outlines,
  sidebarFile,
  view,
  viewOf,
} from './sidebar-page.ts';

// The shared Checklist, FindingsList and OutlinePicker in the real built Sidebar.html, in Chromium,
// with google.script.run replaced by a scripted fake: the server reads, the sidebar checks what it
// read; the bridge validates every result and speaks Vietnamese, a click selects, a fix goes to the
// server as edits naming the paragraphs they change, and the live checklist polls — and stops while
// the sidebar is hidden.

let browser: Browser;
const statusText = (page: Page) => page.locator('[data-testid="status"]').textContent();

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Sidebar.html: Kiểm tra', () => {
  it('is built', () => {
    expect(existsSync(sidebarFile), 'chạy npm run build:addon').toBe(true);
  });

  it('checks on open, shows ✓/✗ with depth and findings by severity, and selects a clicked block', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungSelectBlock: [{ ok: true, message: 'Đã chọn.' }],
    });
    await page.waitForSelector('[data-testid="checklist-summary"]');
    expect(await callsOf(page, 'khungRead')).toEqual([[OUTLINE_ID]]);
    const found = view.checklist.filter((i) => i.found).length;
    expect(await page.locator('[data-testid="checklist-summary"]').textContent()).toMatch(
      new RegExp(`^${found}/${view.checklist.length} mục đã có`),
    );
    expect(await page.locator('.k-check[data-found="true"]').count()).toBe(found);
    const nested = page.locator('.k-check', { hasText: 'Tình hình chung' });
    expect(await nested.getAttribute('style')).toMatch(/padding-inline-start: 14px/);
    const errors = view.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(await page.locator('.k-group-error .k-count').textContent()).toBe(String(errors));
    expect(await page.locator('.k-group-error .k-finding').count()).toBe(errors);

    const item = view.checklist.find((i) => i.found && i.heading.includes('Tình hình chung'));
    await nested.locator('button').click();
    await page.waitForFunction(() =>
      (window as unknown as { __khungCalls: [string][] }).__khungCalls.some(
        ([n]) => n === 'khungSelectBlock',
      ),
    );
    expect(await callsOf(page, 'khungSelectBlock')).toEqual([[item?.block]]);
    await page.close();
  });

  it('sends a fix as edits naming their paragraphs, then checks the document the server read again', async () => {
    const fixable = view.findings.find((f) => f.fix);
    expect(fixable, 'the fixture needs a finding with a fix').toBeDefined();
    const local = checkFetched(doc, OUTLINE_ID, outlines);
    if ('message' in local) throw new Error(local.message);
    const request = fixRequest(local, [fixable?.index ?? -1]);
    if ('message' in request) throw new Error(request.message);
    const after = applyFixes(doc, [
      local.result.findings[fixable?.index ?? -1]?.fix ?? { label: '', edits: [] },
    ]).doc;
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungApplyEdits: [{ ok: true, doc: after, signature: 's2' }],
    });
    await page.waitForSelector('.k-finding button.k-button');
    await page
      .locator('.k-finding', { hasText: fixable?.message ?? '' })
      .locator('button.k-button')
      .click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="status"]')?.textContent ===
        'Đã sửa 1 lỗi. Khung đã kiểm tra lại văn bản.',
    );
    expect(await callsOf(page, 'khungApplyEdits')).toEqual([
      [JSON.parse(JSON.stringify(request.edits)), request.named],
    ]);
    const foundAfter = viewOf(after).checklist.filter((i) => i.found).length;
    expect(await page.locator('.k-check[data-found="true"]').count()).toBe(foundAfter);
    await page.close();
  });

  it('turns a server exception and a malformed result into Vietnamese messages without internals', async () => {
    const page = await openSidebar(browser, {
      khungRead: [{ __throw: 'Exception: Cannot read properties of null\n    at khungRead (Code:12:3)' }],
    });
    await page.waitForSelector('.k-status-error');
    const thrown = (await statusText(page)) ?? '';
    expect(thrown).toMatch(/^Google Tài liệu báo lỗi/);
    expect(thrown).not.toMatch(/Exception|Code:|null/);
    await page.close();

    const bad = await openSidebar(browser, {
      khungRead: [{ ok: true, doc: { blocks: 'không phải mảng' }, signature: 1 }],
    });
    await bad.waitForSelector('.k-status-error');
    expect(await statusText(bad)).toBe(
      'Máy chủ của Khung trả lời không đúng dạng. Hãy tải lại trang tài liệu.',
    );
    await bad.close();
  });

  it('polls with the signature, shows a changed view, and stops polling while the sidebar is hidden', async () => {
    const page = await openSidebar(browser, {
      khungRead: [checked],
      khungPoll: [
        { ok: true, changed: true, signature: 's2', doc: fullerDoc },
        { ok: true, changed: false, signature: 's2' },
      ],
    });
    await page.waitForFunction(
      () => (window as unknown as { __khungCalls: [string][] }).__khungCalls.some(([n]) => n === 'khungPoll'),
      null,
      { timeout: 8000 },
    );
    const foundAfter = fuller.checklist.filter((i) => i.found).length;
    await page.waitForFunction(
      (n) => document.querySelectorAll('.k-check[data-found="true"]').length === n,
      foundAfter,
    );
    expect((await callsOf(page, 'khungPoll'))[0]).toEqual(['s1']);
    await page.waitForFunction(
      () =>
        (window as unknown as { __khungCalls: [string, unknown[]][] }).__khungCalls.some(
          ([n, a]) => n === 'khungPoll' && a[0] === 's2',
        ),
      null,
      { timeout: 8000 },
    );

    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForTimeout(200); // a poll already in flight may still land
    const before = (await callsOf(page, 'khungPoll')).length;
    await page.waitForTimeout(5000);
    expect((await callsOf(page, 'khungPoll')).length).toBe(before);
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForFunction(
      (n) =>
        (window as unknown as { __khungCalls: [string][] }).__khungCalls.filter(([x]) => x === 'khungPoll')
          .length > n,
      before,
      { timeout: 8000 },
    );
    await page.close();
  }, 40_000);
});
