import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../helpers/chromium.ts';

const root = resolve(import.meta.dirname, '../../../..');
/** The e2e build of the extension (tests/global-setup.ts builds it). */
export const EXTENSION_DIR = resolve(root, 'dist/extension-e2e');
/** The fixture pages (tests/e2e/editors/vite.config.ts builds them). */
export const FIXTURES_DIR = resolve(root, 'dist/editor-fixtures');

/** A Chromium with the built extension loaded, and the extension's id. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** True when every script the copied manifest names is there (the copy is not of a half-written build). */
function isComplete(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      background?: { service_worker?: string };
      content_scripts?: Array<{ js?: string[] }>;
    };
    const files = [
      manifest.background?.service_worker ?? '',
      ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    ];
    return files.every((f) => f !== '' && existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

/**
 * A private snapshot of dist/extension-e2e: other test runs may rebuild dist while this browser
 * starts, and Chromium reads the extension from disk as it loads.
 */
async function snapshotExtension(into: string): Promise<string> {
  const dir = join(into, 'extension');
  for (let attempt = 0; attempt < 20; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      if (isComplete(dir)) return dir;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${EXTENSION_DIR} is not built`);
}

/** Launches Debian's Chromium headless with (a snapshot of) dist/extension-e2e loaded (house rules' flags). */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const temp = mkdtempSync(join(tmpdir(), 'khung-e2e-'));
  const extension = await snapshotExtension(temp);
  const profile = join(temp, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_ARGS],
  });
  let extensionId: string;
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  } catch (error) {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
