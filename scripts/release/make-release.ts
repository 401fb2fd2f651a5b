import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { build, type InlineConfig } from 'vite';

/** What `npm run package` wrote. */
export interface Release {
  version: string;
  extensionZip: string;
  addonZip: string;
  /** `sha256  file` lines, as `sha256sum -c` reads them. */
  checksums: string;
}

/** Files of the add-on that Apps Script receives (`clasp push` sends exactly these). */
export const ADDON_FILES = ['Code.js', 'Sidebar.html', 'KhungOutlines.html', 'appsscript.json'] as const;

/**
 * Strings that exist only in the test build: a release zip that holds one of them was built wrong.
 * The loopback hosts are granted only to dist/extension-e2e; `khungE2E` is the e2e test hook;
 * `khung.e2e.managed-policy` was a storage key standing in for IT's Chrome policy: no build may read it
 * (the e2e suite writes a real policy file instead).
 */
export const TEST_ONLY_MARKERS = [
  'khungE2E',
  'http://127.0.0.1/*',
  'http://localhost/*',
  'khung.e2e.managed-policy',
] as const;

/** Chrome accepts 1–4 dot-separated integers as a version; a semantic version without a suffix fits. */
export function releaseVersion(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(
      `Phiên bản trong package.json phải có dạng MAJOR.MINOR.PATCH (Chrome không nhận hậu tố): "${version}"`,
    );
  }
  return version;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

async function zipFolder(dir: string, files: readonly string[]): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical for the same build (reproducible checksums).
  const date = new Date('2020-01-01T00:00:00Z');
  for (const f of files)
    zip.file(f.split('\\').join('/'), readFileSync(join(dir, f)), { date, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function quietBuild(config: InlineConfig): Promise<void> {
  await build({ logLevel: 'warn', ...config });
}

/**
 * Builds the release extension and the add-on bundle and writes store-ready zips into `outDir`:
 * `khung-extension-<version>.zip` (the folder the Chrome Web Store takes), `khung-addon-<version>.zip`
 * (what `clasp push` sends) and `SHA256SUMS`. No source maps unless `sourcemap` is set; the build is
 * the production one (no test hosts, no test hooks) and this function refuses a zip that holds one.
 */
export async function makeRelease(
  root: string,
  outDir: string,
  {
    sourcemap = false,
    buildAddon = true,
  }: {
    sourcemap?: boolean;
    /** false: zip the add-on already built in dist/apps-script (tests, whose other files read it meanwhile). */
    buildAddon?: boolean;
  } = {},
): Promise<Release> {
  const version = releaseVersion(root);
  const work = join(outDir, 'build');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const savedE2e = process.env.KHUNG_E2E;
  const savedEnv = process.env.NODE_ENV;
  delete process.env.KHUNG_E2E;
  process.env.NODE_ENV = 'production';
  const extensionDir = join(work, 'extension');
  try {
    await quietBuild({
      configFile: resolve(root, 'vite.config.ts'),
      build: { outDir: extensionDir, emptyOutDir: true, sourcemap },
    });
    if (buildAddon) {
      await quietBuild({ configFile: resolve(root, 'apps-script/vite.server.config.ts') });
      await quietBuild({ configFile: resolve(root, 'apps-script/vite.sidebar.config.ts') });
    }
  } finally {
    if (savedE2e !== undefined) process.env.KHUNG_E2E = savedE2e;
    if (savedEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = savedEnv;
  }

  const extensionFiles = filesUnder(extensionDir).filter((f) => sourcemap || !f.endsWith('.map'));
  for (const f of extensionFiles.filter((f) => /\.(js|json|html)$/.test(f))) {
    const text = readFileSync(join(extensionDir, f), 'utf8');
    const marker = TEST_ONLY_MARKERS.find((m) => text.includes(m));
    if (marker) throw new Error(`Bản phát hành còn dấu vết bản thử nghiệm (${marker}) trong ${f}`);
  }
  const addonDir = join(root, 'dist/apps-script');
  const extensionZip = join(outDir, `khung-extension-${version}.zip`);
  const addonZip = join(outDir, `khung-addon-${version}.zip`);
  writeFileSync(extensionZip, await zipFolder(extensionDir, extensionFiles));
  writeFileSync(addonZip, await zipFolder(addonDir, ADDON_FILES));
  rmSync(work, { recursive: true, force: true });

  const checksums = [extensionZip, addonZip]
    .map((f) => `${createHash('sha256').update(readFileSync(f)).digest('hex')}  ${relative(outDir, f)}`)
    .join('\n');
  writeFileSync(join(outDir, 'SHA256SUMS'), `${checksums}\n`);
  return { version, extensionZip, addonZip, checksums };
}
