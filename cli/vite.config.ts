import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { validatedOutlines } from './build-outlines.ts';

const root = resolve(import.meta.dirname, '..');

/**
 * The built-in outlines, validated here once (a broken outline stops the build) and written into the
 * bundle in place of cli/embedded-outlines.ts, so a start neither reads nor zod-parses them.
 */
function embedOutlines(): Plugin {
  const target = resolve(import.meta.dirname, 'embedded-outlines.ts');
  return {
    name: 'khung-embed-outlines',
    load(id) {
      if (id !== target) return undefined;
      const json = JSON.stringify(validatedOutlines(resolve(root, 'outlines')));
      // JSON.parse of a string literal is faster to start than the same object literal.
      return `export const EMBEDDED_OUTLINES = JSON.parse(${JSON.stringify(json)});\n`;
    },
  };
}

/**
 * Builds the `khung` command to dist/cli for Node 20; dependencies stay external. Two entries: the
 * command (main.js) and the worker that reads and checks one document of `khung review`
 * (review-worker.js). Each command loads its own chunks with import(), so a .txt check never loads
 * the .docx reader or the Google clients.
 */
export default defineConfig({
  root,
  plugins: [embedOutlines()],
  build: {
    ssr: true,
    outDir: resolve(root, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'main.ts'),
        'review-worker': resolve(import.meta.dirname, 'review/review-worker.ts'),
      },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', format: 'es' as const },
    },
  },
});
