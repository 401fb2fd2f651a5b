// Writes the README screenshots from the real built UIs (not a test; run after the builds):
//   npm run build:e2e && npm run build:addon && node --import tsx tests/shared/ui/screenshots.ts
// docs/side-panel.png: the side panel (opened as a tab at side-panel width) checking a report
// typed in a textarea; docs/sidebar.png: Sidebar.html at the add-on's 300 px with a scripted server;
// docs/extension-options.png: the extension's options page (language choice and own library).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { loadBuiltInOutlines } from '../../../cli/load-outlines.ts';
import { docFromText } from '../../../shared/core/document/from-text.ts';
import { launchExtension } from '../../e2e/gdocs/launch-extension.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium.ts';
import { SAMPLE_OUTLINE as OUTLINE, SAMPLE_REPORT as REPORT } from '../../helpers/sample-report.ts';
import { fakeScriptRun } from './fake-script-run.ts';

const root = resolve(import.meta.dirname, '../../..');
async function sidePanel(): Promise<void> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><meta charset="utf-8"><title>Soạn báo cáo</title><textarea id="ta" rows="30" cols="90"></textarea>',
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => document.documentElement.dataset.khungExt === 'loaded');
    await page.fill('#ta', REPORT);
    await page.focus('#ta');
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(browser.url(`extension/side-panel/index.html?target=${encodeURIComponent(origin)}`));
    await panel.waitForSelector('[data-testid="checklist-summary"]');
    await panel.screenshot({ path: resolve(root, 'docs/side-panel.png') });
    await panel.click('#k-tab-snippets');
    await panel.fill('#k-snippet-search', 'noi nhan');
    await panel.screenshot({ path: resolve(root, 'docs/side-panel-snippets.png') });
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(browser.url('extension/options/index.html'));
    await options.waitForLoadState('networkidle');
    await options.screenshot({ path: resolve(root, 'docs/extension-options.png') });
  } finally {
    await browser.close();
    server.close();
  }
}

async function sidebar(): Promise<void> {
  const { outlines } = loadBuiltInOutlines();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    await page.addInitScript(
      fakeScriptRun({
        khungInit: [
          {
            ok: true,
            outlines: outlines.map((o) => ({
              id: o.id,
              title: o.title,
              type: o.documentType,
              source: '',
              user: false,
            })),
            params: {},
            outlineId: OUTLINE,
            docEmpty: false,
            storage: { used: 0, limit: 512000 },
            library: outlines,
          },
        ],
        khungRead: [{ ok: true, doc: docFromText(REPORT), signature: 's' }],
        khungPoll: [{ ok: true, changed: false, signature: 's' }],
      }),
    );
    await page.goto(pathToFileURL(resolve(root, 'dist/apps-script/Sidebar.html')).href);
    await page.waitForSelector('[data-testid="checklist-summary"]');
    await page.screenshot({ path: resolve(root, 'docs/sidebar.png') });
  } finally {
    await browser.close();
  }
}

await sidePanel();
await sidebar();
console.log('docs/side-panel.png, side-panel-snippets.png, extension-options.png, sidebar.png');
