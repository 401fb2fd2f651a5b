import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Issue 4 §9: the add-on's sidebar is one inlined HTML file (HtmlService serves a single file) of at
// most 60 KB gzipped. tests/global-setup.ts builds dist/apps-script before the run.

const file = resolve(import.meta.dirname, '../../dist/apps-script/Sidebar.html');
/** The budget of issue 4 §9, in bytes. */
const BUDGET = 60 * 1024;

describe('Sidebar.html', () => {
  it('is built (npm run build:addon)', () => {
    expect(existsSync(file), `chưa có ${file}: chạy npm run build:addon`).toBe(true);
  });

  it('is one self-contained file: inline script and style, nothing loaded from elsewhere', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<script[^>]*>[\s\S]{1000,}<\/script>/);
    expect(html).toMatch(/<style[^>]*>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script[^>]+\bsrc=/);
    expect(html).not.toMatch(/<link[^>]+\bhref=/);
    expect(html).not.toMatch(/\bimport\s*\(\s*["'`]\.{0,2}\//);
  });

  it(`is at most ${BUDGET / 1024} KB gzipped`, () => {
    const size = gzipSync(readFileSync(file)).length;
    console.log(`Sidebar.html: ${(size / 1024).toFixed(1)} KB gzipped`);
    expect(size, `Sidebar.html ${(size / 1024).toFixed(1)} KB > ${BUDGET / 1024} KB`).toBeLessThanOrEqual(
      BUDGET,
    );
  });
});
