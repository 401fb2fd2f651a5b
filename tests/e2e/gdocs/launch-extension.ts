import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Chromium with the built e2e extension (dist/extension-e2e) loaded, and the extension's id. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with the extension (house rules' flags, a fresh profile);
 * `extra` adds flags and environment (an English browser: `--lang=en-US` and LANGUAGE=en).
 */
export async function launchExtension(
  dist = process.env.KHUNG_EXT_DIST ?? resolve(root, 'dist/extension-e2e'),
  extra: { args?: string[]; env?: Record<string, string> } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'khung-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...CHROMIUM_ARGS,
      ...(extra.args ?? []),
    ],
    ...(extra.env ? { env: { ...process.env, ...extra.env } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
