import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { schemaValidators } from './build/schema-validators.ts';
// The built-in outlines live beside Code.js as an HTML file of JSON (see server/outlines-file.ts).
import { OUTLINES_FILE } from './server/outlines-file.ts';

const here = (p: string) => resolve(import.meta.dirname, p);
const outDir = here('../dist/apps-script');
/** The IIFE's global; the stubs below call through it. */
const GLOBAL = '__khung';

/** outlines/*.json as one minified JSON array, sorted by file name. */
function outlinesJson(): string {
  const dir = here('../outlines');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
  const outlines = files.map((f) => {
    const { $schema: _schema, ...outline } = JSON.parse(readFileSync(resolve(dir, f), 'utf8'));
    return outline;
  });
  return JSON.stringify(outlines);
}

/**
 * Apps Script only sees top-level function declarations (menu items, triggers, google.script.run),
 * so one real `function name() {…}` is appended per export of server/index.ts.
 * The `@OnlyCurrentDoc` annotation keeps the consent screen to "this document" only.
 */
function appsScriptEntryPoints(): Plugin {
  return {
    name: 'khung-apps-script-entry-points',
    // After minification (generateBundle), so the annotation comment and the stubs stay as written.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const stubs = chunk.exports
          .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
          .join('\n');
        chunk.code = `/** @OnlyCurrentDoc */\n${chunk.code}\n${stubs}\n`;
      }
    },
    writeBundle() {
      mkdirSync(outDir, { recursive: true });
      copyFileSync(here('appsscript.json'), resolve(outDir, 'appsscript.json'));
      writeFileSync(resolve(outDir, `${OUTLINES_FILE}.html`), outlinesJson());
      // clasp 3 refuses a rootDir outside the folder of .clasp.json ("escapes project root"), so the
      // project's .clasp.json (the user's script id) is copied into the build with rootDir ".". That file
      // is the user's and never committed (.gitignore); without it the tracked example stands in.
      const own = here('.clasp.json');
      const clasp = JSON.parse(readFileSync(existsSync(own) ? own : here('.clasp.example.json'), 'utf8'));
      writeFileSync(
        resolve(outDir, '.clasp.json'),
        `${JSON.stringify({ ...clasp, rootDir: '.' }, null, 2)}\n`,
      );
    },
  };
}

/** Builds dist/apps-script/Code.js (one IIFE, es2019, no process/require/import.meta) and copies the manifest. */
export default defineConfig({
  root: here('..'),
  // The server validates with validators generated from the core's zod schemas (build/schema-validators.ts).
  plugins: [schemaValidators(), appsScriptEntryPoints()],
  define: { 'process.env.NODE_ENV': '"production"' },
  // The core declares its schemas with full zod (95 KB minified) when its modules load; the server never
  // parses with them: `zod` resolves to an inert stand-in (server/zod-inert.ts explains why it is safe).
  resolve: { alias: [{ find: /^zod$/, replacement: here('server/zod-inert.ts') }] },
  build: {
    outDir,
    emptyOutDir: false,
    // Apps Script's V8 runtime runs modern ECMAScript (developers.google.com/apps-script/guides/v8-runtime),
    // but nothing here has run on a live script (no Google access), so the syntax stays at ES2019:
    // `?.` and `??` are lowered (≈7 KB).
    target: 'es2019',
    minify: true,
    copyPublicDir: false,
    lib: { entry: here('server/index.ts'), formats: ['iife'], name: GLOBAL, fileName: () => 'Code.js' },
    // A schema declaration the server never reads (`z.object(…)` with nothing using it) is dropped.
    rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } },
  },
});
