/**
 * `npm run bench`: runs every bench/*.bench.ts in its own Node process, one after another, so one
 * bench's warm JIT or heap does not colour the next. BENCH=name runs only the benches whose file name
 * contains it. A bench prints its own table; none throws on a missed target.
 *
 * Each bench is first bundled by vite, as `khung` (dist/cli), the add-on and the extension ship their
 * code, and the bundle is what runs: the numbers are those of shipped code, not of a TypeScript
 * loader's module wrappers (tsx turns every imported binding into a getter call). BENCH_TSX=1 runs the
 * sources through tsx instead.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const dir = import.meta.dirname;
const outDir = join(dir, '.tmp');
const only = process.env.BENCH ?? '';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(only))
  .sort();

/** Bundles one bench for Node 20 like cli/vite.config.ts does; dependencies stay external. */
async function bundle(file: string): Promise<string> {
  const name = file.replace(/\.ts$/, '.mjs');
  await build({
    configFile: false,
    root: join(dir, '..'),
    logLevel: 'warn',
    build: {
      ssr: join(dir, file),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: name, format: 'es' } },
    },
  });
  return join(outDir, name);
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const args = process.env.BENCH_TSX ? ['--import', 'tsx', join(dir, file)] : [await bundle(file)];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
