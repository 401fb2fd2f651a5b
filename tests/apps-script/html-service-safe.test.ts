import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { tokenizer } from 'acorn';
import { describe, expect, it } from 'vitest';
import { holdsCommentOpener, htmlServiceSafeScript } from '../../apps-script/build/html-service-safe.ts';

const dist = join(import.meta.dirname, '../../dist/apps-script');

/** The tokens of a script that HtmlService would take for comment openers. */
function openers(code: string): string[] {
  const found: string[] = [];
  for (const t of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
    const raw = code.slice(t.start, t.end);
    if (holdsCommentOpener(raw)) found.push(`${t.type.label}: ${raw.slice(0, 60)}`);
  }
  return found;
}

describe('htmlServiceSafeScript: no "//" or "/*" left in any token, the same values', () => {
  const cases = [
    '"http://www.w3.org/2000/svg"',
    "'a /* b */ c'",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, on purpose
    '`http://x.vn/${1 + 1}//y`',
    '/^https?:\\/\\//i.source',
    '/[/*]+/.test("a/*b")',
    '/\\/*x/.exec("//x")[0]',
    '"\\\\//"',
  ];
  it.each(cases)('%s', (expression) => {
    const safe = htmlServiceSafeScript(expression);
    expect(openers(safe)).toEqual([]);
    const value = (code: string) => runInNewContext(`(${code})`);
    const before = value(expression);
    const after = value(safe);
    // A regex source may spell "/" as "\x2f": compare what it matches, not how it is written.
    if (expression.endsWith('.source')) expect(new RegExp(after).test('https://x')).toBe(true);
    else expect(after).toEqual(before);
  });
});

describe('the built HTML files Apps Script serves (dist/apps-script, built by the test setup)', () => {
  const files = readdirSync(dist).filter((f) => f.endsWith('.html'));
  it('are there', () => expect(files).toContain('Sidebar.html'));
  it.each(files)(
    '%s: every inline script parses and holds no "//" or "/*" in any token, and no "<?"',
    (file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html).not.toContain('<?');
      for (const [, body = ''] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(openers(body)).toEqual([]);
      }
    },
  );
});
