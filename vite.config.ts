import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest, { CONTENT_ENTRY, DOCS_ENTRY } from './extension/manifest.config.ts';

const root = import.meta.dirname;
const e2e = process.env.KHUNG_E2E === '1';

/**
 * The Chrome extension: dist/extension, or dist/extension-e2e with KHUNG_E2E=1 (see
 * extension/manifest.config.ts). It sits at the root, where @crxjs projects keep it, so a bare
 * `vite build` builds the extension; the other hosts' builds sit beside their code
 * (apps-script/vite.server.config.ts, apps-script/vite.sidebar.config.ts, cli/vite.config.ts).
 */
export default defineConfig({
  root,
  publicDir: resolve(root, 'extension/public'),
  define: { __KHUNG_E2E__: JSON.stringify(e2e) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Each content script is one IIFE file (no ESM loader): chrome.scripting.executeScript and
  // registerContentScripts can then inject it on any site the user grants, without making its chunks
  // web-accessible to every site. (@crxjs 3.0.0 asked Vite 8 for these with an option Rolldown ignores
  // and warns about once per script; patches/@crxjs+vite-plugin+3.0.0.patch asks with codeSplitting.)
  plugins: [crx({ manifest, contentScripts: { standaloneFiles: [CONTENT_ENTRY, DOCS_ENTRY] } })],
  build: {
    outDir: resolve(root, e2e ? 'dist/extension-e2e' : 'dist/extension'),
    emptyOutDir: true,
    target: 'chrome120',
  },
});
