import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../cli/package-root.ts';
import { pngSize } from './png-size.ts';
import { code, tableAfter } from './store-table.ts';

// The store listings justify exactly what the product asks for (the extension's permissions are checked
// against the release zip's manifest in package.test.ts), every OAuth scope of appsscript.json (and no
// other) in docs/store/workspace-marketplace.md; the graphics they name exist at the sizes they state.

const root = packageRoot();
const doc = (name: string) => readFileSync(join(root, 'docs/store', name), 'utf8');

describe('Chrome Web Store listing', () => {
  it('keeps the short description within the store limit of 132 characters', () => {
    const row = tableAfter(doc('chrome-web-store.md'), '## Store listing').find((r) =>
      r[0]?.startsWith('Short description'),
    );
    for (const text of row?.slice(1) ?? []) expect([...text].length).toBeLessThanOrEqual(132);
  });
});

describe('Workspace Marketplace listing', () => {
  it('justifies exactly the OAuth scopes of appsscript.json', () => {
    const { oauthScopes } = JSON.parse(readFileSync(join(root, 'apps-script/appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
    const rows = tableAfter(doc('workspace-marketplace.md'), '## OAuth scopes and why');
    expect(rows.map((r) => code(r[0])).sort()).toEqual([...oauthScopes].sort());
  });
});

describe('store graphics', () => {
  it.each([
    ['chrome-web-store.md', '## Graphics'],
    ['workspace-marketplace.md', '## Graphics'],
  ])('%s names graphics that exist at the size it states', (file, heading) => {
    for (const [, size, where] of tableAfter(doc(file), heading)) {
      const [width, height] = (size ?? '').split('×').map(Number);
      const path = where?.match(/\(([^)]+\.png)\)/)?.[1]
        ? join(root, 'docs/store', where.match(/\(([^)]+\.png)\)/)?.[1] ?? '')
        : join(root, where?.match(/`([^`]+\.png)`/)?.[1] ?? '');
      expect(existsSync(path), path).toBe(true);
      expect(pngSize(readFileSync(path)), path).toEqual({ width, height });
    }
  });
});

describe('privacy policy', () => {
  it('states in both languages that nothing is sent anywhere, and names where each host stores data', () => {
    const text = doc('privacy-policy.md');
    expect(text).toMatch(/không gửi/);
    expect(text).toMatch(/sends no document content/);
    for (const place of ['chrome.storage', 'user properties', '~/.config/khung/'])
      expect(text).toContain(place);
  });
});
