/**
 * `npm run bench`: runs every bench/*.bench.ts in its own Node process, one after another, so one
 * bench's warm JIT or heap does not colour the next. BENCH=name runs only the benches whose file name
 * contains it. A bench prints its own table; none throws on a missed target.
 *
 * The benches that time the core's own code (check, snippet search) are first bundled by vite, as
 * `khung` (dist/cli), the add-on and the extension ship it, and the bundle is what runs: the numbers
 * are those of shipped code, not of a TypeScript loader's module wrappers (tsx turns every imported
 * binding into a getter call). The others time Chromium or count service calls and run through tsx,
 * as does every bench with BENCH_TSX=1.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const dir = import.meta.dirname;
const only = process.env.BENCH ?? '';
/** Benches whose numbers are CPU time of core code: these run bundled. */
const BUNDLED = new Set(['check.bench.ts', 'snippet-search.bench.ts']);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(only))
  .sort();

/**
 * Bundles one bench for Node 20 like cli/vite.config.ts does; dependencies stay external. The bundle
 * sits beside its source (a dot file, ignored by git), so paths from import.meta.dirname still hold.
 */
async function bundle(file: string): Promise<string> {
  const name = `.${file.replace(/\.ts$/, '')}.bundle.mjs`;
  await build({
    configFile: false,
    root: join(dir, '..'),
    logLevel: 'warn',
    build: {
      ssr: join(dir, file),
      outDir: dir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: name, format: 'es' } },
    },
  });
  return join(dir, name);
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const bundled = BUNDLED.has(file) && !process.env.BENCH_TSX;
  const args = bundled ? [await bundle(file)] : ['--import', 'tsx', join(dir, file)];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
