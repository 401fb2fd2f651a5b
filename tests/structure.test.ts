import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeRegion, readmeTable, TABLE_FILES, TABLE_REGIONS } from '../scripts/readme-tables.ts';
import { RULES } from '../shared/core/rules/registry.ts';
import type { Rule } from '../shared/core/rules/rule.ts';

// refined-github's way: one rule a file, its id = its file name, registered, tested and documented.
const root = fileURLToPath(new URL('..', import.meta.url));
const rulesDir = join(root, 'shared', 'core', 'rules', 'rules');
const ruleTestsDir = join(root, 'tests', 'shared', 'core', 'rules', 'rules');
const rulesDoc = readFileSync(join(root, TABLE_FILES.rules), 'utf8');

const ruleFiles = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const modules = new Map<string, unknown>();
for (const file of ruleFiles) {
  const module: unknown = await import(pathToFileURL(join(rulesDir, file)).href);
  modules.set(file.replace(/\.ts$/, ''), (module as { default?: unknown }).default);
}

/** Whether a default export has the shape of a Rule. */
function isRule(value: unknown): value is Rule {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.description === 'string' &&
    typeof r.check === 'function' &&
    ['error', 'warning', 'info'].includes(String(r.defaultSeverity)) &&
    ['cấu trúc', 'thể thức', 'ký tự'].includes(String(r.group))
  );
}

describe('rules', () => {
  it('there are rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  describe.each([...modules.keys()])('%s', (name) => {
    const rule = modules.get(name);

    it('default-exports a rule whose id is its file name', () => {
      expect(isRule(rule), `${name}.ts phải export default một Rule`).toBe(true);
      expect((rule as Rule).id).toBe(name);
    });

    it('is listed in RULES exactly once', () => {
      expect(
        RULES.filter((r) => r === rule).length,
        `thêm quy tắc ${name} vào RULES trong shared/core/rules/registry.ts, đúng một lần`,
      ).toBe(1);
    });

    it('has a test file', () => {
      const testFile = `tests/shared/core/rules/rules/${name}.test.ts`;
      expect(existsSync(join(ruleTestsDir, `${name}.test.ts`)), `thiếu tệp kiểm thử ${testFile}`).toBe(true);
    });

    it('has a description of one Vietnamese sentence', () => {
      const { description } = rule as Rule;
      expect(description).toMatch(/^\p{Lu}.*[.!?)]$/u);
      expect(description).not.toMatch(/\n/);
    });

    it('states its source: an article of NĐ 30/QĐ 933, the outline, or a consistency principle', () => {
      const { source } = rule as Rule;
      expect(source).toMatch(/NĐ 30\/2020|QĐ 933|Luật|[Đđ]ề cương|[Nn]guyên tắc/u);
      // A rule of the genre never names one document or issuer.
      expect(source).not.toMatch(/tệp gốc|seed|Cao Bằng|Đồng Nai|Điện Biên|Thanh Hóa|Kiên Giang/iu);
    });

    it('is an error by default only when its source is an article or the outline (docs/severity.md)', () => {
      const { source, defaultSeverity } = rule as Rule;
      if (defaultSeverity === 'error') expect(source).toMatch(/NĐ 30\/2020|QĐ 933|Luật|[Đđ]ề cương/u);
      if (/^Nguyên tắc nhất quán/u.test(source)) expect(defaultSeverity).not.toBe('error');
    });

    it('appears in the rules table of docs/rules.md, linked to its file', () => {
      const row = new RegExp(
        `^\\| \\[\`${name}\`\\]\\(\\.\\./shared/core/rules/rules/${name}\\.ts\\) +\\|`,
        'm',
      );
      expect(readmeRegion(rulesDoc, 'rules') ?? '', 'chạy `npm run readme`').toMatch(row);
    });
  });

  it('RULES holds only rules that have their own file, each id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size, 'id quy tắc bị trùng trong RULES').toBe(ids.length);
    for (const rule of RULES) {
      expect(modules.get(rule.id), `${rule.id} trong RULES nhưng không phải rules/${rule.id}.ts`).toBe(rule);
    }
  });
});

/** A markdown table without its column padding, so a formatter that aligns columns differently does not matter. */
const unpadded = (table: string): string => table.replace(/ +\|/g, ' |').replace(/-{3,}/g, '---');

describe('generated tables of the docs', () => {
  const text = (region: (typeof TABLE_REGIONS)[number]) =>
    readFileSync(join(root, TABLE_FILES[region]), 'utf8');

  it.each(TABLE_REGIONS)('has the start and end markers of the %s table in its home file', (region) => {
    expect(
      readmeRegion(text(region), region),
      `${TABLE_FILES[region]} thiếu cặp đánh dấu ${region}`,
    ).not.toBeNull();
  });

  it.each(TABLE_REGIONS)(
    'the %s table is the generated one (run `npm run readme` when this fails)',
    (region) => {
      const actual = unpadded(readmeRegion(text(region), region) ?? '');
      expect(actual, `bảng trong ${TABLE_FILES[region]} đã cũ: chạy \`npm run readme\``).toBe(
        unpadded(readmeTable(region)),
      );
    },
  );
});

describe('README.md', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('is a front door: at most 15 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('links only to files that exist', () => {
    for (const [, target] of readme.matchAll(/\]\(((?!https?:)[^)#\s]+)/g)) {
      expect(existsSync(join(root, target ?? '')), `README.md trỏ tới ${target} không có`).toBe(true);
    }
  });
});

describe('docs/', () => {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
  const index = readFileSync(join(root, 'docs', 'README.md'), 'utf8');

  it.each(docs.filter((f) => f !== 'README.md'))('docs/%s is linked from docs/README.md', (file) => {
    expect(index).toContain(`(${file}`);
  });

  it.each(docs)('docs/%s links only to files that exist', (file) => {
    const text = readFileSync(join(root, 'docs', file), 'utf8');
    for (const [, target] of text.matchAll(/\]\(((?!https?:|mailto:)[^)#\s]+)/g)) {
      expect(existsSync(join(root, 'docs', target ?? '')), `docs/${file} trỏ tới ${target} không có`).toBe(
        true,
      );
    }
  });
});

describe('product code', () => {
  /** The folders that ship or build what ships; tests/ may import them, never the other way. */
  const PRODUCT = ['shared', 'apps-script', 'extension', 'cli', 'playground', 'scripts'];
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
      return /\.(ts|tsx|mts|js|mjs|cjs|html)$/.test(entry.name) ? [path] : [];
    });
  /** Every module a source file imports: static and dynamic imports, re-exports, require, <script src>. */
  const imports = (text: string): string[] =>
    [
      ...text.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|<script[^>]*\bsrc=)(['"`])([^'"`\n]+)\1/g,
      ),
    ].map((m) => m[2] ?? '');
  const testsDir = join(root, 'tests');
  const intoTests = (file: string, specifier: string): boolean =>
    specifier.startsWith('.')
      ? relative(testsDir, resolve(dirname(file), specifier)).split(sep)[0] !== '..'
      : /(^|\/)tests\//.test(specifier);

  it('finds the imports it looks for (so it can fail)', () => {
    const sample = [
      "import { a } from '../tests/x.ts';",
      "export * from '../tests/y.ts';",
      "const m = await import('../tests/z.ts');",
      "import '../tests/side-effect.ts';",
    ].join('\n');
    const found = imports(sample);
    expect(found).toHaveLength(4);
    expect(found.every((s) => intoTests(join(root, 'playground', 'page.ts'), s))).toBe(true);
    expect(intoTests(join(root, 'playground', 'page.ts'), './document-app/index.ts')).toBe(false);
  });

  it.each(PRODUCT)('nothing under %s/ imports from tests/', (folder) => {
    const offending = sources(join(root, folder)).flatMap((file) =>
      imports(readFileSync(file, 'utf8'))
        .filter((s) => intoTests(file, s))
        .map((s) => `${relative(root, file)} → ${s}`),
    );
    expect(
      offending,
      'mã sản phẩm không được dùng mã kiểm thử: chuyển phần dùng chung ra khỏi tests/',
    ).toEqual([]);
  });
});
