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

/** Every source file under a folder (code and HTML pages), without node_modules. */
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

describe('product code', () => {
  /** The folders that ship or build what ships; tests/ and bench/ may import them, never the other way. */
  const PRODUCT = ['shared', 'apps-script', 'extension', 'cli', 'playground', 'scripts', 'bin'];
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

  // A comment explains the code here; a newcomer cannot open the team's issues and notes.
  const OUTSIDE = /\b[Ii]ssue \d+ ?§|\b(?:HOSTS|TOOLCHAIN|REFERENCE|DESIGN|MODELS)\.md\b|\bseeds README\b/;

  it('sees a pointer outside the repository (so it can fail)', () => {
    for (const line of ['// (issue 5 §9)', '// see HOSTS.md §3', ' * REFERENCE.md §2.4 tags'])
      expect(line).toMatch(OUTSIDE);
    expect('// see docs/editors.md and tests/e2e/editors').not.toMatch(OUTSIDE);
  });

  it.each(PRODUCT)('no comment under %s/ points to issues or notes outside the repository', (folder) => {
    const offending = sources(join(root, folder))
      .filter(isCode)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (OUTSIDE.test(line) ? [`${relative(root, file)}:${i + 1}`] : [])),
      );
    expect(offending, 'giải thích ngay trong chú thích, hoặc trỏ tới docs/ của kho').toEqual([]);
  });

  it('no root build config imports from tests/ (vitest.config.ts is the tests own)', () => {
    const configs = readdirSync(root).filter((f) => /\.(ts|mts|js|mjs)$/.test(f) && !f.startsWith('vitest.'));
    expect(configs.length).toBeGreaterThan(0);
    const offending = configs.flatMap((f) =>
      imports(readFileSync(join(root, f), 'utf8')).filter((s) => intoTests(join(root, f), s)),
    );
    expect(offending).toEqual([]);
  });
});

/**
 * The folders of shared/core, lowest first (docs/architecture.md, "Layers of the core"). A file imports
 * from its own folder or from a folder listed before its own, never after.
 */
const LAYERS = [
  'document',
  'base',
  'text',
  'headings',
  'outline',
  'formal',
  'style',
  'snippets',
  'library',
  'rules',
  'report',
];
const coreDir = join(root, 'shared', 'core');
const sharedDir = join(root, 'shared');
/**
 * The modules a code file imports, read from its statements only (a line that starts with import or
 * export … from, or import(…)), so an example in a comment or a string ("from start") is not one.
 */
const moduleImports = (text: string): string[] =>
  [
    ...text.matchAll(
      /^(?:import|export)\s(?:[^;'"`]*?\sfrom\s*)?(['"])([^'"\n]+)\1|\bimport\(\s*(['"])([^'"\n]+)\3\s*\)/gm,
    ),
  ].map((m) => m[2] ?? m[4] ?? '');
const isCode = (file: string) => /\.(ts|tsx|mts|js|mjs|cjs)$/.test(file);

/** The import graph of a set of files: each file → the files it imports by a relative path. */
function importGraph(files: readonly string[], read: (file: string) => string): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => [
      file,
      moduleImports(read(file))
        .filter((s) => s.startsWith('.'))
        .map((s) => resolve(dirname(file), s))
        .filter((target) => known.has(target)),
    ]),
  );
}

/** One import cycle of a graph, as the files in order with the first repeated at the end, or null. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    if (state.has(file)) continue;
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

/** Imports from a folder of shared/core above the importing file's own ("formal/x.ts → rules/y.ts"). */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const layer = (file: string) => LAYERS.indexOf(relative(coreDir, file).split(sep)[0] ?? '');
  return [...graph].flatMap(([file, targets]) =>
    targets
      .filter((target) => layer(target) > layer(file))
      .map((target) => `${relative(coreDir, file)} → ${relative(coreDir, target)}`),
  );
}

/** Lines of a file as `wc -l` counts them. */
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('layers of shared/core', () => {
  const coreFiles = sources(coreDir).filter(isCode);
  const graph = importGraph(coreFiles, (f) => readFileSync(f, 'utf8'));

  it('places every folder of shared/core in the layer order', () => {
    const folders = readdirSync(coreDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(
      folders.filter((f) => !LAYERS.includes(f)),
      'thêm thư mục mới vào LAYERS',
    ).toEqual([]);
  });

  it('sees an upward import and a cycle (so it can fail)', () => {
    const a = join(coreDir, 'formal', 'a.ts');
    const b = join(coreDir, 'rules', 'b.ts');
    const c = join(coreDir, 'formal', 'c.ts');
    const text: Record<string, string> = {
      [a]: "import type { B } from '../rules/b.ts';\nexport { c } from './c.ts';",
      [b]: "import { a } from '../formal/a.ts';",
      [c]: "import { a } from './a.ts';",
    };
    const sample = importGraph([a, b, c], (f) => text[f] ?? '');
    expect(upwardImports(sample)).toEqual([`formal${sep}a.ts → rules${sep}b.ts`]);
    expect(findCycle(sample)).toEqual([a, b, a]);
    expect(
      findCycle(
        new Map([
          [b, [a]],
          [a, []],
        ]),
      ),
    ).toBeNull();
    const statements = [
      'import {',
      '  a,',
      "} from './m.ts';",
      "// x from './n.ts'",
      `const s = ' from "start"';`,
      "import './p.ts';",
      "const q = import('./q.ts');",
    ].join('\n');
    expect(moduleImports(statements)).toEqual(['./m.ts', './p.ts', './q.ts']);
  });

  it('imports nothing from a folder above its own', () => {
    expect(upwardImports(graph), 'chuyển kiểu hoặc hàm dùng chung xuống tầng dưới').toEqual([]);
  });

  it('imports only its own files and pure packages (no DOM, Node, Chrome or Apps Script API)', () => {
    const outside = coreFiles.flatMap((file) =>
      moduleImports(readFileSync(file, 'utf8'))
        .filter((s) =>
          s.startsWith('.')
            ? relative(coreDir, resolve(dirname(file), s)).startsWith('..')
            : !/^zod(\/|$)/.test(s),
        )
        .map((s) => `${relative(root, file)} → ${s}`),
    );
    expect(outside).toEqual([]);
  });

  it('has no import cycle among the files of shared/', () => {
    const files = sources(sharedDir).filter(isCode);
    const cycle = findCycle(importGraph(files, (f) => readFileSync(f, 'utf8')));
    expect(cycle?.map((f) => relative(root, f)).join(' → ') ?? null, 'vòng nhập giữa các tệp').toBeNull();
  });
});

describe('sizes', () => {
  it.each(ruleFiles)('rule %s has at most 80 lines (reading helpers go to the reader folders)', (file) => {
    expect(lineCount(readFileSync(join(rulesDir, file), 'utf8'))).toBeLessThanOrEqual(80);
  });

  it('every source file of the product has at most 250 lines', () => {
    const folders = ['shared', 'extension', 'apps-script', 'cli', 'playground', 'scripts', 'bin'];
    const files = folders.flatMap((f) => sources(join(root, f))).filter(isCode);
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((f) => ({ file: relative(root, f), lines: lineCount(readFileSync(f, 'utf8')) }))
      .filter((f) => f.lines > 250);
    expect(long, 'tách tệp dài thành các tệp một việc').toEqual([]);
  });
});
