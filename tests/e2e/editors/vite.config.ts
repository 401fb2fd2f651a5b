import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages = resolve(import.meta.dirname, 'pages');
const root = resolve(import.meta.dirname, '../../..');
const input = Object.fromEntries(
  readdirSync(pages)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), resolve(pages, f)]),
);

/** Fixture pages with real editors from npm (tests/e2e/editors) → dist/editor-fixtures. */
export default defineConfig({
  root: pages,
  base: '/',
  logLevel: 'warn',
  // draft-js (fbjs) reads `global`; the pages are plain browser modules.
  define: { global: 'globalThis', 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(root, 'dist/editor-fixtures'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { input },
  },
});
