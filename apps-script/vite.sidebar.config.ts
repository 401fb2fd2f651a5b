import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { htmlServiceSafeHtml } from './build/html-service-safe.ts';
import { leanSnippetFile } from './sidebar/lean-snippets.ts';

const root = resolve(import.meta.dirname, '..');

/** Slims the bundled snippet files to what the sidebar uses (sidebar/lean-snippets.ts). */
function leanSnippets(): Plugin {
  return {
    name: 'khung-lean-snippets',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]snippets[\\/][^\\/]+\.json$/.test(id) || id.endsWith('.schema.json')) return null;
      const data = leanSnippetFile(JSON.parse(code));
      return { code: JSON.stringify(data), map: null };
    },
  };
}

/** Rewrites the inlined HTML so HtmlService parses its script (build/html-service-safe.ts). */
function htmlServiceSafe(): Plugin {
  return {
    name: 'khung-html-service-safe',
    enforce: 'post',
    // After vite-plugin-singlefile has inlined the script into the HTML asset.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = htmlServiceSafeHtml(file.source);
          }
        }
      },
    },
  };
}

/**
 * The add-on sidebar: one inlined dist/apps-script/Sidebar.html (HtmlService serves a single file).
 * emptyOutDir stays false because the server build writes Code.js into the same folder.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'sidebar'),
  base: './',
  // Without this Oxc compiles JSX for React.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The checker runs here (sidebar/local-check.ts). Core modules declare their zod schemas when they
  // load, but the sidebar never parses with full zod (its replies use zod/mini): `zod` resolves to the
  // server's inert stand-in (server/zod-inert.ts), which throws if anyone ever parses with it.
  resolve: { alias: [{ find: /^zod$/, replacement: resolve(import.meta.dirname, 'server/zod-inert.ts') }] },
  plugins: [
    leanSnippets(),
    viteSingleFile({ outputFileName: 'Sidebar.html', removeViteModuleLoader: true }),
    htmlServiceSafe(),
  ],
  build: {
    outDir: resolve(root, 'dist/apps-script'),
    emptyOutDir: false,
    // The sidebar runs in the user's browser (not the V8 server), so modern syntax stays as written.
    target: 'es2022',
  },
});
