import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../shared/core/text/escape-html.ts';

const root = join(import.meta.dirname, '../../../..');

/** Every TypeScript file of the products (not the tests, not node_modules). */
function productFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : productFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or close an attribute', () => {
    expect(escapeHtml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&#39;');
    expect(escapeHtml('Công đoàn — “Nơi nhận”')).toBe('Công đoàn — “Nơi nhận”');
  });

  it('leaves no < > " \' and no bare & in any text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = escapeHtml(text);
        expect(out).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
    );
  });

  it('is the only HTML escaper of the products', () => {
    const dirs = ['shared', 'apps-script', 'extension', 'cli', 'playground', 'scripts'];
    const defining = dirs
      .flatMap((d) => productFiles(join(root, d)))
      .filter((file) =>
        /function\s+escape(?:Html|HTML)\b|const\s+escape(?:Html|HTML)\s*=/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(root, file));
    expect(defining).toEqual(['shared/core/text/escape-html.ts']);
  });
});
