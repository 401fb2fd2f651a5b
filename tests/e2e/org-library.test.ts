import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryText, orgLibrary, orgSnippet } from '../shared/core/library/org-fixtures.ts';
import { type ExtensionBrowser, launchExtension } from './gdocs/launch-extension.ts';

// The organisation library in real Chromium with the built e2e extension. A loopback server stands in
// for the federation (the e2e build grants 127.0.0.1): the officer subscribes on the options page, the
// service worker fetches and keeps the library, the side panel shows it beside the built-in and
// personal ones; a new version is picked up on refresh and by the daily alarm; a broken one is refused
// and the last good copy stays, with a Vietnamese message. IT's Chrome policy (chrome.storage.managed)
// is tested with a real policy file in managed-policy.test.ts.

let browser: ExtensionBrowser;
let server: Server;
let origin: string;
/** What the stand-in federation serves, by path. */
const files = new Map<string, string>();
const requests: Array<{ path: string; cookie: string | undefined }> = [];
let options: Page;
let panel: Page;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A library of the stand-in federation: its outlines and two snippets with findable labels. */
function federation(version: string) {
  return orgLibrary(version, {
    snippets: [
      { ...orgSnippet('ldld-thu-noi-nhan'), label: `Nơi nhận báo cáo tỉnh ${version}` },
      { ...orgSnippet('ldld-thu-chu-ky'), label: 'Chữ ký Chủ tịch LĐLĐ' },
    ],
  });
}
const publish = (path: string, text: string) => files.set(path, text);

const shownVersion = () => options.getAttribute('[data-testid="org-library"]', 'data-version');
const waitVersion = (version: string) =>
  options.waitForSelector(`[data-testid="org-library"][data-version="${version}"]`, { timeout: 15_000 });
const status = async () => (await options.locator('[data-testid="status"]').textContent()) ?? '';
/** The daily alarm's handler, fired by the test (the e2e build exposes it; no one waits a day). */
const fireAlarm = () =>
  browser.worker.evaluate(() =>
    (globalThis as unknown as { khungE2E: { orgAlarm(): Promise<unknown> } }).khungE2E.orgAlarm(),
  );

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, cookie: req.headers.cookie });
    const body = files.get(path);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchExtension();
  options = await browser.context.newPage();
  await options.goto(browser.url('extension/options/index.html'));
  await options.waitForSelector('#org-url');
  panel = await browser.context.newPage();
  await panel.goto(browser.url('extension/side-panel/index.html'));
  await panel.waitForSelector('[data-testid="libraries"]');
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
});

describe('subscribing to the federation’s library by its address', () => {
  it('refuses an address that is not https (outside the test hosts), before asking anything', async () => {
    await options.fill('#org-url', 'http://ldld.example.vn/thu-vien.json');
    await options.click('#org-subscribe');
    await options.waitForSelector('.k-status-error');
    expect(await status()).toContain('phải bắt đầu bằng https://');
    expect(requests).toEqual([]);
  });

  it('fetches the library, keeps it, and shows its federation, version and SHA-256', async () => {
    const text = libraryText(federation('2026.1'));
    publish('/thu-vien.json', text);
    await options.fill('#org-url', `${origin}/thu-vien.json`);
    await options.click('#org-subscribe');
    await waitVersion('2026.1');
    expect(await options.textContent('[data-testid="org-name"]')).toBe('LĐLĐ tỉnh Thử');
    expect(await options.textContent('[data-testid="org-hash"]')).toBe(sha256(text));
    expect(await status()).toContain(
      'Đã nhận thư viện “LĐLĐ tỉnh Thử”, phiên bản 2026.1: 2 đề cương, 2 đoạn mẫu.',
    );
    // The overview names the library and its version, in Vietnamese unless English was chosen.
    expect(await options.textContent('[data-library="org"]')).toBe(
      'Của tổ chức: LĐLĐ tỉnh Thử, phiên bản 2026.1 (chỉ đọc).',
    );
    // The library is a public file: no cookie of the officer's goes with the request.
    expect(requests.filter((r) => r.path === '/thu-vien.json').every((r) => r.cookie === undefined)).toBe(
      true,
    );
    // A daily refresh is scheduled.
    const alarm = await browser.worker.evaluate(() => chrome.alarms.get('khung-org-library'));
    expect(alarm?.periodInMinutes).toBe(24 * 60);
  });

  it('shows the three libraries in the side panel, the organisation’s outlines and snippets usable', async () => {
    await panel.waitForFunction(() =>
      document
        .querySelector('[data-testid="libraries"]')
        ?.textContent?.includes('LĐLĐ tỉnh Thử (phiên bản 2026.1)'),
    );
    const strip = (await panel.textContent('[data-testid="libraries"]')) ?? '';
    expect(strip).toMatch(/^Có sẵn · LĐLĐ tỉnh Thử \(phiên bản 2026\.1\) · Của tôi \(0\)$/);
    const orgGroup = await panel.$$eval('#k-outline-picker optgroup[label="LĐLĐ tỉnh Thử"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(orgGroup).toEqual(['ldld-thu-bao-cao', 'ldld-thu-ke-hoach']);
    await panel.click('#k-tab-snippets');
    await panel.fill('#k-snippet-search', 'noi nhan bao cao tinh');
    await panel.waitForSelector('.k-snippet-label:has-text("Nơi nhận báo cáo tỉnh 2026.1")');
  });

  it('picks up a new version on “Cập nhật ngay”, and in the open side panel', async () => {
    publish('/thu-vien.json', libraryText(federation('2026.2')));
    await options.click('#org-refresh');
    await waitVersion('2026.2');
    expect(await status()).toContain('Đã cập nhật thư viện “LĐLĐ tỉnh Thử”, phiên bản 2026.2');
    await panel.waitForFunction(() =>
      document.querySelector('[data-testid="libraries"]')?.textContent?.includes('(phiên bản 2026.2)'),
    );
  });

  it('refuses a broken version: the last good copy stays, and the officer is told why in Vietnamese', async () => {
    const good = await options.textContent('[data-testid="org-hash"]');
    const broken = federation('2026.3') as unknown as { snippets: Array<Record<string, unknown>> };
    (broken.snippets[0] as Record<string, unknown>).group = 'khac';
    publish('/thu-vien.json', libraryText(broken));
    await options.click('#org-refresh');
    const problem = await options.waitForSelector('[data-testid="org-problem"]');
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain(
      'Bản thư viện vừa nhận không dùng được: đoạn mẫu thứ 1 “ldld-thu-noi-nhan” › nhóm: giá trị không hợp lệ',
    );
    expect(text).toContain('Khung vẫn dùng bản đang có: “LĐLĐ tỉnh Thử”, phiên bản 2026.2.');
    expect(await shownVersion()).toBe('2026.2');
    expect(await options.textContent('[data-testid="org-hash"]')).toBe(good);
    await panel.reload();
    await panel.waitForSelector('[data-testid="org-library"]');
    expect(await panel.textContent('[data-testid="org-library"]')).toBe('LĐLĐ tỉnh Thử (phiên bản 2026.2)');
  });

  it('keeps the last good copy when the file is gone, too', async () => {
    files.delete('/thu-vien.json');
    await options.click('#org-refresh');
    await options.waitForFunction(() =>
      document.querySelector('[data-testid="org-problem"]')?.textContent?.includes('lỗi 404'),
    );
    expect(await shownVersion()).toBe('2026.2');
  });

  it('is refreshed by the daily alarm', async () => {
    publish('/thu-vien.json', libraryText(federation('2026.4')));
    await fireAlarm();
    await waitVersion('2026.4');
    expect(await options.$('[data-testid="org-problem"]')).toBeNull();
  });

  it('drops the library when the officer unsubscribes', async () => {
    await options.click('#org-unsubscribe');
    await options.waitForSelector('[data-testid="org-library"]', { state: 'detached' });
    expect(await status()).toContain('Đã huỷ đăng ký thư viện của tổ chức.');
    await panel.waitForFunction(() =>
      document
        .querySelector('[data-testid="libraries"]')
        ?.textContent?.includes('Chưa có thư viện của tổ chức'),
    );
  });
});
