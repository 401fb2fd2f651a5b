import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built manifest (production build, into a temporary folder so no other test's dist/ is touched):
// least privilege, nothing all-sites at install, every file it names present,
// and the vi (default) and en locales complete for the manifest's own texts.

const root = resolve(import.meta.dirname, '../..');
let dist: string;
type Manifest = chrome.runtime.ManifestV3 & { optional_host_permissions?: string[] };
let manifest: Manifest;

const locale = (lang: string): Record<string, { message: string; placeholders?: Record<string, unknown> }> =>
  JSON.parse(readFileSync(resolve(root, `extension/public/_locales/${lang}/messages.json`), 'utf8'));

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'khung-ext-prod-'));
  const saved = process.env.KHUNG_E2E;
  delete process.env.KHUNG_E2E;
  try {
    await build({
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: dist },
    });
  } finally {
    if (saved !== undefined) process.env.KHUNG_E2E = saved;
  }
  manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
}, 120_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const ALL_SITES = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];

/** What only the KHUNG_E2E=1 build may hold: test entry points, and what a web page could detect. */
const TEST_HOOKS = [
  { name: 'the worker hook khungE2E', pattern: /khungE2E/ },
  { name: 'the Docs fixture switch', pattern: /gdocs-fixture/ },
  { name: 'the page marker data-khung-ext', pattern: /khungExt|data-khung-ext/ },
  { name: 'the panel parameter ?target=', pattern: /\.get\(\s*["'`]target["'`]\s*\)/ },
];
// The storage key that once stood in for IT's policy is in neither build now (the e2e suite writes a
// real Chrome policy file); the release check (scripts/release/make-release.ts) still refuses it.

/** Every test hook found in a built extension's scripts and pages, with the file it is in. */
function testHooksIn(dir: string): { scripts: number; found: Array<{ hook: string; file: string }> } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
  const found = files.flatMap((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    return TEST_HOOKS.filter((h) => h.pattern.test(text)).map((h) => ({ hook: h.name, file }));
  });
  return { scripts: files.filter((f) => f.endsWith('.js')).length, found };
}

describe('production manifest', () => {
  it('asks for exactly the least-privilege permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    // Docs, and the content domain its export redirects to (read by the service worker).
    expect(manifest.host_permissions).toEqual([
      'https://docs.google.com/*',
      'https://*.googleusercontent.com/*',
    ]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.manifest_version).toBe(3);
  });

  it('has no install-time all-sites access anywhere (host permissions, content scripts, web resources)', () => {
    const patterns = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
      ...(manifest.web_accessible_resources ?? []).flatMap((w) => ('matches' in w ? (w.matches ?? []) : [])),
    ];
    for (const p of ALL_SITES) expect(patterns).not.toContain(p);
    expect(patterns.some((p) => p.includes('127.0.0.1') || p.includes('localhost'))).toBe(false);
  });

  it('carries no test hook: no khungE2E, no page marker a site could detect, no ?target= for the panel', () => {
    const release = testHooksIn(dist);
    expect(release.scripts).toBeGreaterThan(3);
    expect(release.found).toEqual([]);
    // The same search finds every hook in the e2e build, so it cannot pass by looking for the wrong thing.
    const e2e = testHooksIn(resolve(root, 'dist/extension-e2e'));
    expect(new Set(e2e.found.map((f) => f.hook))).toEqual(new Set(TEST_HOOKS.map((h) => h.name)));
  });

  it('runs no remote code: no CSP loosening, no remote scripts in its pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    for (const page of ['extension/side-panel/index.html', 'extension/options/index.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    }
  });

  it('names files that exist: side panel, options page, service worker, content script, icons', () => {
    expect(manifest.side_panel?.default_path).toBe('extension/side-panel/index.html');
    const files = [
      manifest.side_panel?.default_path,
      manifest.options_ui?.page,
      manifest.background?.service_worker,
      ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
      ...Object.values(manifest.icons ?? {}),
    ];
    for (const f of files) {
      expect(f).toBeTruthy();
      expect(existsSync(join(dist, f as string)), f).toBe(true);
    }
  });

  it('opens the panel with a keyboard command and defaults to Vietnamese', () => {
    expect(manifest.commands?._execute_action?.suggested_key).toMatchObject({ default: 'Ctrl+Shift+K' });
    expect(manifest.default_locale).toBe('vi');
    expect(existsSync(join(dist, '_locales/vi/messages.json'))).toBe(true);
    expect(existsSync(join(dist, '_locales/en/messages.json'))).toBe(true);
  });

  it('builds each content script as one file, the Docs bridge only for Docs documents', () => {
    const [engine, docs] = manifest.content_scripts ?? [];
    expect(manifest.content_scripts).toHaveLength(2);
    expect(engine?.exclude_matches).toEqual(['https://docs.google.com/document/*']);
    expect(engine?.all_frames).toBe(true);
    expect(docs?.matches).toEqual(['https://docs.google.com/document/*']);
    expect(docs?.all_frames).toBeFalsy(); // the top frame speaks for the document
    for (const script of [engine, docs]) {
      const js = script?.js ?? [];
      expect(js).toHaveLength(1);
      const code = readFileSync(join(dist, js[0] as string), 'utf8');
      expect(code).not.toMatch(/^\s*import[\s{(]/m);
      expect(code).not.toContain('gdocs-fixture'); // the e2e fixture switch is compiled out
    }
  });
});

describe('e2e manifest', () => {
  it('grants the local test hosts at install (dist/extension-e2e, built by the global setup)', () => {
    const file = resolve(root, 'dist/extension-e2e/manifest.json');
    const e2e = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    expect(e2e.host_permissions).toEqual([
      'https://docs.google.com/*',
      'https://*.googleusercontent.com/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
    // The Docs fixture pages get the bridge, not the editor engine (docs-page.ts, ?gdocs-fixture).
    expect(e2e.content_scripts?.[0]?.exclude_globs).toEqual(['*gdocs-fixture*']);
    expect(e2e.content_scripts?.[1]?.matches).toContain('http://127.0.0.1/*');
  });
});

describe('locales', () => {
  const vi = locale('vi');
  const en = locale('en');

  it('has the same keys and placeholders in vi and en, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, entry] of Object.entries(vi)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(en[key]?.message.trim(), key).not.toBe('');
      expect(Object.keys(en[key]?.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(entry.placeholders ?? {}).sort(),
      );
    }
  });

  it('holds exactly the manifest’s __MSG_…__ texts (the pages use extension/shared/i18n)', () => {
    // Chrome itself shows these (extensions page, shortcuts page, store) in the browser's language,
    // before any page of Khung runs; the extension's own pages follow the officer's choice instead.
    const used = new Set<string>();
    for (const m of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) used.add(m[1] as string);
    expect([...used].sort()).toEqual(['actionTitle', 'commandOpenPanel', 'extDescription', 'extName']);
    expect(Object.keys(vi).sort()).toEqual([...used].sort());
  });

  it('keeps the manifest strings within Chrome Web Store limits', () => {
    for (const lang of [vi, en]) {
      expect(lang.extName?.message.length).toBeLessThanOrEqual(75);
      expect(lang.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });
});
