import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { README_REGIONS, readmeRegion, readmeTable } from '../scripts/readme-tables.ts';
import { RULES } from '../shared/core/rules/registry.ts';
import type { Rule } from '../shared/core/rules/rule.ts';

// refined-github's way: one rule a file, its id = its file name, registered, tested and documented.
const root = fileURLToPath(new URL('..', import.meta.url));
const rulesDir = join(root, 'shared', 'core', 'rules', 'rules');
const ruleTestsDir = join(root, 'tests', 'shared', 'core', 'rules', 'rules');
const readmeFile = join(root, 'README.md');
const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';

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

    it('appears in the README rules table', () => {
      const row = new RegExp(`^\\| \`${name}\` +\\|`, 'm');
      expect(readmeRegion(readme, 'rules') ?? '', 'chạy `npm run readme`').toMatch(row);
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

describe('README.md', () => {
  it.each(README_REGIONS)('has the start and end markers of the %s table', (region) => {
    expect(readmeRegion(readme, region), `README.md thiếu cặp đánh dấu của bảng ${region}`).not.toBeNull();
  });

  it.each(README_REGIONS)(
    'the %s table is the generated one (run `npm run readme` when this fails)',
    (region) => {
      const actual = unpadded(readmeRegion(readme, region) ?? '');
      expect(actual, 'bảng trong README.md đã cũ: chạy `npm run readme`').toBe(unpadded(readmeTable(region)));
    },
  );
});
