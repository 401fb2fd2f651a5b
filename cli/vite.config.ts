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
 * The modules a .txt check loads after main.js (the check command, the .txt reader, the core), in two
 * chunks instead of the 16 of the default split: Node's ESM loader resolves, reads and links each chunk
 * in turn (≈ 6–8 % of a one-line check's time). "check" holds what only the check uses, "check-shared"
 * what the other commands' import()s (skeleton, derive, library …) load too, so that they do not load
 * all the rules. Computed from the module graph, static imports only: what check-command.ts loads, less
 * what main.ts loads (main.js holds it) and check-command itself (it imports main.js, which the worker
 * of `khung review` must not load). zod, the .docx, HTML and Markdown readers and the Google clients
 * stay behind the import()s of what uses them.
 */
function checkChunks(): { plugin: Plugin; only: Set<string>; shared: Set<string> } {
  const only = new Set<string>();
  const shared = new Set<string>();
  const main = resolve(import.meta.dirname, 'main.ts');
  const command = resolve(import.meta.dirname, 'check-command.ts');
  const plugin: Plugin = {
    name: 'khung-check-chunks',
    buildEnd() {
      const seen = new Set<string>();
      const visit = (id: string) => {
        if (seen.has(id)) return;
        seen.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      const closure = (...entries: string[]) => {
        seen.clear();
        for (const entry of entries) visit(entry);
        return new Set(seen);
      };
      const fromMain = closure(main);
      const roots = this.getModuleInfo(main)?.dynamicallyImportedIds.filter((id) => id !== command) ?? [];
      const fromOthers = closure(...roots);
      only.clear();
      shared.clear();
      for (const id of closure(command)) {
        if (fromMain.has(id) || id === command) continue;
        (fromOthers.has(id) ? shared : only).add(id);
      }
    },
  };
  return { plugin, only, shared };
}
const check = checkChunks();

/**
 * Builds the `khung` command to dist/cli for Node 20; dependencies stay external. Two entries: the
 * command (main.js) and the worker that reads and checks one document of `khung review`
 * (review-worker.js). Each command loads its own chunks with import(), so a .txt check never loads
 * the .docx reader or the Google clients.
 */
export default defineConfig({
  root,
  plugins: [embedOutlines(), check.plugin],
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
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        format: 'es' as const,
        codeSplitting: {
          groups: [
            { name: 'check', test: (id) => check.only.has(id), includeDependenciesRecursively: false },
            {
              name: 'check-shared',
              test: (id) => check.shared.has(id),
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
