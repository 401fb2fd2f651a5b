import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../cli/package-root.ts';
import {
  ADDON_FILES,
  makeRelease,
  type Release,
  TEST_ONLY_MARKERS,
} from '../../scripts/release/make-release.ts';
import { pngSize } from './png-size.ts';
import { code, tableAfter } from './store-table.ts';

// `npm run package`: the store zip is the production extension with package.json's version, every file
// its manifest names, icons at the store's sizes, and nothing of the test build; the add-on zip is what
// `clasp push` sends. (The add-on is zipped from dist/apps-script as the global setup built it, so this
// file never rewrites what other test files read.)

const root = packageRoot();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
let out: string;
let release: Release;
let extension: JSZip;
let addon: JSZip;
let manifest: chrome.runtime.ManifestV3 & { optional_host_permissions?: string[] };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'khung-release-'));
  const buildAddon = !existsSync(join(root, 'dist/apps-script/Code.js'));
  release = await makeRelease(root, out, { buildAddon });
  extension = await JSZip.loadAsync(readFileSync(release.extensionZip));
  addon = await JSZip.loadAsync(readFileSync(release.addonZip));
  manifest = JSON.parse((await extension.file('manifest.json')?.async('string')) ?? '{}');
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const files = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir);

describe('npm run package', () => {
  it('names the zips after package.json version and writes their checksums', () => {
    expect(release.version).toBe(version);
    expect(release.extensionZip).toMatch(
      new RegExp(`khung-extension-${version.replace(/\./g, '\\.')}\\.zip$`),
    );
    expect(release.addonZip).toMatch(new RegExp(`khung-addon-${version.replace(/\./g, '\\.')}\\.zip$`));
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/^[0-9a-f]{64} {2}khung-extension-.*\.zip\n[0-9a-f]{64} {2}khung-addon-.*\.zip\n$/);
  });

  it('puts manifest.json at the root of the extension zip, with the release version', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
    expect(manifest.default_locale).toBe('vi');
  });

  it('holds every file the manifest names', () => {
    const named = [
      manifest.side_panel?.default_path,
      manifest.options_ui?.page,
      manifest.background?.service_worker,
      ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
      ...Object.values(manifest.icons ?? {}),
      ...Object.values((manifest.action?.default_icon as Record<string, string>) ?? {}),
      '_locales/vi/messages.json',
      '_locales/en/messages.json',
    ];
    for (const f of named) expect(extension.file(f as string), String(f)).not.toBeNull();
  });

  it('has the icons at 16, 32, 48 and 128 px, each its own size', async () => {
    for (const size of ['16', '32', '48', '128']) {
      const path = (manifest.icons as Record<string, string>)[size] ?? '';
      const bytes = await extension.file(path)?.async('uint8array');
      expect(bytes, path).toBeDefined();
      expect(pngSize(bytes as Uint8Array)).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('holds nothing of the test build: no loopback hosts, no test hooks, no source maps', async () => {
    expect(manifest.host_permissions ?? []).not.toContain('http://127.0.0.1/*');
    expect(files(extension).filter((f) => f.name.endsWith('.map'))).toEqual([]);
    for (const f of files(extension).filter((f) => /\.(js|html|json)$/.test(f.name))) {
      const text = await f.async('string');
      for (const marker of TEST_ONLY_MARKERS)
        expect(text.includes(marker), `${marker} in ${f.name}`).toBe(false);
      expect(text, f.name).not.toMatch(/sourceMappingURL/);
    }
  });

  it('asks for exactly the permissions the Chrome Web Store listing justifies, each under its kind', () => {
    const listing = readFileSync(join(root, 'docs/store/chrome-web-store.md'), 'utf8');
    const rows = tableAfter(listing, '## Permissions and why');
    const justified = (kind: string) =>
      rows
        .filter((r) => r[1] === kind)
        .map((r) => code(r[0]))
        .sort();
    expect(justified('permissions')).toEqual([...(manifest.permissions ?? [])].sort());
    expect(justified('host_permissions')).toEqual([...(manifest.host_permissions ?? [])].sort());
    expect(justified('optional_host_permissions')).toEqual(
      [...(manifest.optional_host_permissions ?? [])].sort(),
    );
    for (const r of rows) expect((r[2] ?? '').length, `${r[0]}: lý do quá ngắn`).toBeGreaterThan(40);
  });

  it('zips exactly the files clasp pushes for the add-on, without .clasp.json', async () => {
    expect(
      files(addon)
        .map((f) => f.name)
        .sort(),
    ).toEqual([...ADDON_FILES].sort());
    const shipped = JSON.parse((await addon.file('appsscript.json')?.async('string')) ?? '{}');
    expect(shipped).toEqual(JSON.parse(readFileSync(join(root, 'apps-script/appsscript.json'), 'utf8')));
  });

  it('is reproducible: the same build gives the same checksum', async () => {
    const again = await makeRelease(root, join(out, 'again'), { buildAddon: false });
    expect(again.checksums.split('\n').map((l) => l.split(' ')[0])).toEqual(
      release.checksums.split('\n').map((l) => l.split(' ')[0]),
    );
  }, 180_000);
});
