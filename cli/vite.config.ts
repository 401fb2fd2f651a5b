import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the `khung` command to dist/cli/main.js for Node 20; dependencies stay external. */
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  build: {
    ssr: resolve(import.meta.dirname, 'main.ts'),
    outDir: resolve(import.meta.dirname, '../dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'main.js', format: 'es' } },
  },
});
