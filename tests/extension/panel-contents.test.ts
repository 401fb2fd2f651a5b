import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What keeps the side panel within its budget is that the heavy work runs in the service
// worker: the panel must not load full zod (the core's schemas), the bundled outlines or the rule
// engine. Each marker is first shown to be in the worker's files, so the test can fail.

const root = resolve(import.meta.dirname, '../..');
const dist = process.env.KHUNG_EXT_DIST ?? resolve(root, 'dist/extension-e2e');

/** Every file `entry` (an HTML page or a script) loads, through static and dynamic imports. */
function loadedFiles(entry: string): string[] {
  const resolveRef = (from: string, ref: string) =>
    ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(from), ref));
  const first = readFileSync(join(dist, entry), 'utf8');
  const queue = entry.endsWith('.html')
    ? [...first.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => resolveRef(entry, m[1] ?? ''))
    : [entry];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g))
      queue.push(resolveRef(file, m[1] ?? ''));
  }
  return [...seen];
}

const text = (files: string[]) => files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');

/** Markers of what belongs in the worker only. */
const MARKERS: Array<[string, RegExp]> = [
  // zod classic names its schema classes without the core's "$" (`ZodString` vs `$ZodString`).
  ['full zod', /[`"']ZodString[`"']/],
  ...readdirSync(resolve(root, 'outlines'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f): [string, RegExp] => [`outline ${f}`, new RegExp(`["'\`]${f.replace('.json', '')}["'\`]`)]),
  ...['quoc-hieu-tieu-ngu', 'section-order', 'required-section', 'numbering-sequence'].map(
    (id): [string, RegExp] => [`rule ${id}`, new RegExp(`["'\`]${id}["'\`]`)],
  ),
];

describe('what the side panel loads', () => {
  it('the e2e build exists (tests/global-setup.ts builds it)', () => {
    expect(existsSync(join(dist, 'manifest.json'))).toBe(true);
  });

  it('has none of the worker-only code: full zod, the bundled outlines, the rules', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
      side_panel: { default_path: string };
      background: { service_worker: string };
    };
    const worker = text(loadedFiles(manifest.background.service_worker));
    const panel = text(loadedFiles(manifest.side_panel.default_path));
    for (const [name, marker] of MARKERS) {
      expect(marker.test(worker), `${name} should be in the worker`).toBe(true);
      expect(marker.test(panel), `${name} must stay out of the panel`).toBe(false);
    }
  });
});
