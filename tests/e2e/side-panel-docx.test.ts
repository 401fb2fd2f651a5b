import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { readDocument } from '../../cli/read-document.ts';
import { flattenSections } from '../../shared/core/outline/flatten-sections.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// "Tải về .docx" in the real built side panel (dist/extension-e2e): a click downloads a Word file of
// the chosen outline with the form's parameters, through a blob and an <a download> (no downloads
// permission), and the Word writer's chunk is fetched on that click, not when the panel opens.

const OUTLINE = 'bao-cao-6-thang';
const DON_VI = 'Công đoàn cơ sở Trường THCS Hòa Chung';
const { outlines } = loadBuiltInOutlines();
const outline = outlines.find((o) => o.id === OUTLINE) as Outline;
const dir = mkdtempSync(join(tmpdir(), 'khung-panel-docx-'));

let browser: ExtensionBrowser;
let panel: Page;

/** Every file the panel page has requested (its scripts and their dynamic imports included). */
const requested: string[] = [];
const writerChunks = () => requested.filter((url) => /\/assets\/skeleton-docx-[\w-]+\.js$/.test(url));

beforeAll(async () => {
  browser = await launchExtension();
  panel = await browser.context.newPage();
  panel.on('request', (r) => requested.push(r.url()));
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(browser.url('extension/side-panel/index.html'));
  await panel.click('#k-tab-outline');
  await panel.selectOption('#k-insert-outline', OUTLINE);
  await panel.fill('#k-param-donVi', DON_VI);
});

afterAll(async () => {
  await browser?.close();
});

describe('side panel: Tải về .docx', () => {
  it('does not load the Word writer when the panel opens', async () => {
    expect(requested.some((url) => url.endsWith('/side-panel/index.html'))).toBe(true);
    expect(requested.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(1);
    expect(writerChunks()).toEqual([]);
  });

  it('downloads the outline as a Word file named after it, with the form’s parameters', async () => {
    const [download] = await Promise.all([
      panel.waitForEvent('download', { timeout: 20_000 }),
      panel.click('[data-testid="download-docx"]'),
    ]);
    expect(download.suggestedFilename()).toBe(`${OUTLINE}.docx`);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(writerChunks()).toHaveLength(1);

    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain(
      `<dc:title>${outline.title}</dc:title>`,
    );
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('>BÁO CÁO<');
    expect(xml).toContain(`>${DON_VI.toLocaleUpperCase('vi')}<`);

    // Read back as `khung check` reads a .docx: the title, and every section of the outline.
    const doc = await readDocument(file);
    expect(doc.blocks.map((b) => b.text)).toContain('BÁO CÁO');
    const result = checkDocument(doc, { outline, outlines });
    expect((result.match?.sections ?? []).filter((s) => s.block >= 0)).toHaveLength(
      flattenSections(outline).length,
    );
    await expect
      .poll(() => panel.locator('[data-testid="status"]').textContent())
      .toContain(`Đã tải về ${OUTLINE}.docx`);
  });
});
