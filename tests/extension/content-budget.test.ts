import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The content script runs in every page the user opens, so it stays ≤ 12 KB gzipped.
// crxjs may split it into a loader plus chunks, so the budget counts every file it loads.

const dist = resolve(import.meta.dirname, '../../dist/extension-e2e');
const BUDGET = 12 * 1024;

/** The dist-relative files a built script pulls in (static imports, dynamic imports, getURL). */
function referencedFiles(code: string, from: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bimport\s*\(\s*(?:chrome\.runtime\.getURL\()?\s*["'`]([^"'`]+\.js)["'`]/g,
    /\bfrom\s*["'`]([^"'`]+\.js)["'`]/g,
    /\bimport\s*["'`]([^"'`]+\.js)["'`]/g,
  ];
  for (const re of patterns)
    for (const m of code.matchAll(re)) {
      const ref = m[1] ?? '';
      out.push(ref.startsWith('.') ? normalize(join(dirname(from), ref)) : ref.replace(/^\//, ''));
    }
  return out;
}

/** Each content script entry of the manifest with every file it loads, transitively, dist-relative. */
function contentScriptClosures(): string[][] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  return (manifest.content_scripts ?? []).map((entry) => {
    const seen = new Set<string>();
    const queue = [...(entry.js ?? [])];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file) || !existsSync(join(dist, file))) continue;
      seen.add(file);
      queue.push(...referencedFiles(readFileSync(join(dist, file), 'utf8'), file));
    }
    return [...seen];
  });
}

describe('content script budget', () => {
  it('the built extension declares content scripts that exist', () => {
    const closures = contentScriptClosures();
    expect(closures.length).toBeGreaterThan(0);
    for (const files of closures) expect(files.length).toBeGreaterThan(0);
  });

  // A page loads one entry (the editor engine, or the Docs bridge on Docs documents): each has the budget.
  it('each content script is at most 12 KB gzipped, counting every file it loads', () => {
    for (const files of contentScriptClosures()) {
      const sizes = files.map((f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length);
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(total, files.map((f, i) => `${f}: ${sizes[i]} B`).join(', ')).toBeLessThanOrEqual(BUDGET);
    }
  });

  it('uses zod/mini, not full zod (81 kB)', () => {
    const code = contentScriptClosures()
      .flat()
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    // Full zod carries its English error map; zod/mini leaves it out.
    expect(code).not.toMatch(/Invalid input: expected/);
  });
});
