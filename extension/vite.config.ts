import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.config.ts';

const root = resolve(import.meta.dirname, '..');
const e2e = process.env.KHUNG_E2E === '1';

/** The Chrome extension: dist/extension, or dist/extension-e2e with KHUNG_E2E=1 (see manifest.config.ts). */
export default defineConfig({
  root,
  publicDir: resolve(import.meta.dirname, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [crx({ manifest })],
  build: {
    outDir: resolve(root, e2e ? 'dist/extension-e2e' : 'dist/extension'),
    emptyOutDir: true,
    target: 'chrome120',
  },
});
