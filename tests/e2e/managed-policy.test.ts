import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryText, orgLibrary } from '../shared/core/library/org-fixtures.ts';
import {
  keyedCopy,
  launchWithExtensions,
  type PolicyBrowser,
  type PolicyFile,
  policyFile,
  policySkipReason,
  unpackedIdOf,
  workFolder,
} from './managed/chrome-policy.ts';

// IT's Chrome policy, for real: the test writes a policy file in Chromium's policy folder for a copy
// of the e2e build that carries its own manifest key (so its id is known before Chrome loads it and
// no other test's extension shares it), starts the real Chromium, and checks that the organisation
// library the policy pushes — inline, then by its address on a loopback server standing in for the
// federation — reaches the options page and the side panel, read-only; that a policy change is picked
// up while Chrome runs; and that a broken library read at the next start keeps the last good copy.
// The normal e2e build is loaded beside it and sees no policy. Writing the policy folder needs root:
// elsewhere the suite is skipped, saying so.

const skip = policySkipReason();
if (skip) console.warn(`managed-policy.test.ts skipped: ${skip}`);

const normalBuild = process.env.KHUNG_EXT_DIST ?? resolve(import.meta.dirname, '../../dist/extension-e2e');
const nganh = (version: string) => orgLibrary(version, { id: 'cd-nganh', name: 'Công đoàn ngành Thử' });
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let work: string;
let keyed: { dir: string; id: string };
let policy: PolicyFile | undefined;
let browser: PolicyBrowser | undefined;
let server: Server;
let origin: string;
const files = new Map<string, string>();
let options: Page;
let panel: Page;

/** The running browser and the policy file (set up by beforeAll, which throws if it cannot). */
const running = (): PolicyBrowser => {
  if (!browser) throw new Error('Chromium is not running');
  return browser;
};
const policyNow = (): PolicyFile => {
  if (!policy) throw new Error('no policy file');
  return policy;
};
const url = (path: string) => `chrome-extension://${keyed.id}/${path}`;
const waitVersion = (version: string, timeout = 15_000) =>
  options.waitForSelector(`[data-testid="org-library"][data-version="${version}"]`, { timeout });
const panelShows = (text: string, timeout = 15_000) =>
  panel.waitForFunction(
    (t) => document.querySelector('[data-testid="libraries"]')?.textContent?.includes(t),
    text,
    { timeout },
  );

/** Starts Chromium on the test's profile with both builds, and opens the keyed one's options and panel. */
async function start(): Promise<void> {
  browser = await launchWithExtensions(join(work, 'profile'), [keyed.dir, normalBuild]);
  await browser.worker(keyed.id);
  options = await browser.context.newPage();
  await options.goto(url('extension/options/index.html'));
  await options.waitForSelector('[data-testid="libraries"]');
  panel = await browser.context.newPage();
  await panel.goto(url('extension/side-panel/index.html'));
  await panel.waitForSelector('[data-testid="libraries"]');
}

beforeAll(async () => {
  if (skip) return;
  server = createServer((req, res) => {
    const body = files.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  work = workFolder();
  keyed = keyedCopy(normalBuild, work);
  policy = policyFile(keyed.id);
  policy.write({ library: libraryText(nganh('5')) });
  await start();
});

afterAll(async () => {
  // The policy file goes first: it is the one thing outside the test's own folders.
  policy?.remove();
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
});

describe.skipIf(skip !== null)(
  `IT’s Chrome policy, written to Chromium’s policy folder${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    it('gives the keyed copy the id computed from its key, and the policy to that extension only', async () => {
      const worker = await running().worker(keyed.id);
      const managed = await worker.evaluate(() => chrome.storage.managed.get(null));
      expect(managed).toEqual({ library: libraryText(nganh('5')) });
      // The normal e2e build, loaded beside it under its own (path-based) id, is given nothing.
      const normalId = unpackedIdOf(normalBuild);
      expect(normalId).not.toBe(keyed.id);
      const normal = await running().worker(normalId);
      expect(await normal.evaluate(() => chrome.storage.managed.get(null))).toEqual({});
    });

    it('shows the library the policy holds, read-only, without the subscribe form', async () => {
      await waitVersion('5');
      expect(await options.textContent('[data-testid="org-name"]')).toBe('Công đoàn ngành Thử');
      expect(await options.textContent('[data-testid="org-hash"]')).toBe(sha256(libraryText(nganh('5'))));
      // The page's words follow Chrome's language (Debian's Chromium runs in English).
      expect(await options.textContent('[data-testid="org-managed"]')).toMatch(
        /Chrome policy|chính sách Chrome/,
      );
      // Read-only: nothing to edit or drop, and no address of the officer's to subscribe to.
      expect(await options.$$('[data-testid="org-library"] :is(button, input, textarea)')).toEqual([]);
      expect(await options.$('#org-url')).toBeNull();
      expect(await options.$('#org-unsubscribe')).toBeNull();
      await panelShows('Công đoàn ngành Thử (phiên bản 5)');
      const outlines = await panel.$$eval(
        '#k-outline-picker optgroup[label="Công đoàn ngành Thử"] option',
        (os) => os.map((o) => (o as HTMLOptionElement).value),
      );
      expect(outlines).toEqual(['ldld-thu-bao-cao', 'ldld-thu-ke-hoach']);
    });

    it('follows a policy change while Chrome runs: the address it names is fetched', async () => {
      files.set('/nganh.json', libraryText(nganh('6')));
      policyNow().write({ libraryUrl: `${origin}/nganh.json` });
      // Chromium notices the changed file by itself (after a few seconds of quiet); no one clicks.
      await waitVersion('6', 60_000);
      expect(await options.textContent('[data-testid="org-managed"]')).toContain(`${origin}/nganh.json`);
      await panelShows('Công đoàn ngành Thử (phiên bản 6)');
    }, 90_000);

    it('keeps the last good copy when the policy read at the next start holds a broken library', async () => {
      await running().close();
      browser = undefined;
      policyNow().write({ library: '{"kind": "khung-org-library", "schemaVersion": 1, "id": "cd-nganh"' });
      // Chromium reads the changed file at start and tells the extension its managed storage changed
      // (storage.onChanged, area "managed"), which starts a refresh. (This copy, loaded from the command
      // line, is also sent runtime.onInstalled at every start, which refreshes as well.)
      await start();
      const managed = await (await running().worker(keyed.id)).evaluate(() =>
        chrome.storage.managed.get(null),
      );
      expect(managed.library).toContain('"id": "cd-nganh"');
      await options.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="org-problem"]')
            ?.textContent?.includes('Tệp không phải JSON hợp lệ'),
        undefined,
        { timeout: 15_000 },
      );
      expect(await options.getAttribute('[data-testid="org-library"]', 'data-version')).toBe('6');
      await panelShows('Công đoàn ngành Thử (phiên bản 6)');
    }, 90_000);

    it('drops the library once IT lifts the policy, and gives the officer the subscribe form back', async () => {
      policyNow().remove();
      await options.waitForSelector('[data-testid="org-library"]', { state: 'detached', timeout: 60_000 });
      await options.waitForSelector('#org-url');
      expect(await options.$('[data-testid="org-managed"]')).toBeNull();
      await panelShows('Chưa có thư viện của tổ chức');
    }, 90_000);
  },
);
