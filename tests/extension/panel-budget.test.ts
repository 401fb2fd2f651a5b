import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The side panel ≤ 50 KB gzipped. Counted honestly: the panel's HTML plus every script
// and stylesheet it loads — its own chunks and the chunks it shares with the options page and the
// service worker (preact, zod, the core, the bundled library), followed through static and dynamic
// imports — each gzipped on its own, as each is a separate file Chrome reads.

// One exception, by name: the Word writer (shared/docx, with the docx package) is a chunk the panel
// loads by import() only when "Tải về .docx" is clicked. It is counted apart, against its own budget,
// and only while nothing reaches it by a static import.

const dist = resolve(import.meta.dirname, '../../dist/extension-e2e');
/** The side panel's budget, in bytes. */
const BUDGET = 50 * 1024;
/** Chunks loaded on a click only (by file name), and the budget of each. */
const ON_CLICK: ReadonlyArray<[RegExp, number]> = [[/^assets\/skeleton-docx-[\w-]+\.js$/, 80 * 1024]];
const onClick = (file: string) => ON_CLICK.some(([re]) => re.test(file));
/** The WordprocessingML namespace, which only a .docx writer's code spells out. */
const DOCX_NAMESPACE = 'schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The extension files a panel page loads: its HTML's scripts and styles and everything they import,
 * less the on-click chunks reached by a dynamic import() (`lazy` collects those).
 */
function panelFiles(htmlPath: string, lazy = new Set<string>()): string[] {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
    resolveAsset(htmlPath, m[1] ?? ''),
  );
  const seen = new Set<string>([htmlPath]);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g)) {
      const target = resolveAsset(file, m[2] ?? '');
      if (onClick(target) && (m[1] ?? '').includes('(')) lazy.add(target);
      else queue.push(target);
    }
  }
  return [...seen];
}

/** An import or URL as written in `from` → a path inside dist. */
function resolveAsset(from: string, ref: string): string {
  if (ref.startsWith('/')) return ref.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), ref));
}

const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;

describe('side panel bundle budget', () => {
  const manifestFile = join(dist, 'manifest.json');

  it('the e2e build exists (tests/global-setup.ts builds it)', () => {
    expect(existsSync(manifestFile), `chưa có ${manifestFile}: chạy npm run build:e2e`).toBe(true);
  });

  it(`loads at most ${BUDGET / 1024} KB gzipped, counting every file it loads`, () => {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      side_panel?: { default_path?: string };
    };
    const htmlPath = manifest.side_panel?.default_path ?? '';
    expect(existsSync(join(dist, htmlPath)), 'side_panel.default_path phải trỏ tới một tệp có thật').toBe(
      true,
    );
    const files = panelFiles(htmlPath);
    const sizes = files.map((f) => ({ file: f, gzip: gz(f) })).sort((a, b) => b.gzip - a.gzip);
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    const table = sizes.map((s) => `${(s.gzip / 1024).toFixed(1).padStart(6)} KB  ${s.file}`).join('\n');
    console.log(`side panel: ${(total / 1024).toFixed(1)} KB gzipped in ${files.length} files\n${table}`);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(
      total,
      `side panel ${(total / 1024).toFixed(1)} KB > ${BUDGET / 1024} KB:\n${table}`,
    ).toBeLessThanOrEqual(BUDGET);
  });

  it('loads the Word writer only on a click: a chunk of its own, reached by import() alone', () => {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      side_panel?: { default_path?: string };
    };
    const lazy = new Set<string>();
    const files = panelFiles(manifest.side_panel?.default_path ?? '', lazy);
    expect([...lazy], 'the panel imports the Word writer with import()').toHaveLength(1);
    // Nothing the panel loads when it opens carries docx's code (the XML namespace it writes).
    const docxCode = (f: string) => readFileSync(join(dist, f), 'utf8').includes(DOCX_NAMESPACE);
    for (const f of files.filter((f) => f.endsWith('.js'))) expect(docxCode(f), f).toBe(false);
    for (const f of lazy) {
      const size = gz(f);
      console.log(`Word writer (on click): ${(size / 1024).toFixed(1)} KB gzipped, ${f}`);
      const budget = ON_CLICK.find(([re]) => re.test(f))?.[1] ?? 0;
      expect(size, f).toBeLessThanOrEqual(budget);
      expect(docxCode(f), f).toBe(true);
    }
  });
});
