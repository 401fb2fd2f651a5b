import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest, { CONTENT_ENTRY, DOCS_ENTRY } from './manifest.config.ts';

const root = resolve(import.meta.dirname, '..');
const e2e = process.env.KHUNG_E2E === '1';

/** The Chrome extension: dist/extension, or dist/extension-e2e with KHUNG_E2E=1 (see manifest.config.ts). */
export default defineConfig({
  root,
  publicDir: resolve(import.meta.dirname, 'public'),
  define: { __KHUNG_E2E__: JSON.stringify(e2e) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Each content script is one IIFE file (no ESM loader): chrome.scripting.executeScript and
  // registerContentScripts can then inject it on any site the user grants, without making its chunks
  // web-accessible to every site.
  plugins: [crx({ manifest, contentScripts: { standaloneFiles: [CONTENT_ENTRY, DOCS_ENTRY] } })],
  build: {
    outDir: resolve(root, e2e ? 'dist/extension-e2e' : 'dist/extension'),
    emptyOutDir: true,
    target: 'chrome120',
  },
});
