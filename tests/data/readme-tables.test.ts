import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import {
  outlinesTable,
  readmeRegion,
  readmeTable,
  snippetsTable,
  TABLE_FILES,
} from '../../scripts/readme-tables.ts';
import { SnippetGroup } from '../../shared/core/snippets/snippet-schema.ts';
import { allSnippets, root } from './library-files.ts';

/** A markdown table without its column padding (as tests/structure.test.ts compares them). */
const unpadded = (table: string): string => table.replace(/ +\|/g, ' |').replace(/-{3,}/g, '---');
/** The cells of a table's body rows. */
const rows = (table: string): string[][] =>
  table
    .split('\n')
    .slice(2)
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );

describe('the tables of the content library (docs/content.md)', () => {
  it.each(['outlines', 'snippets'] as const)(
    'the %s table is the generated one (run `npm run readme`)',
    (region) => {
      const file = join(root, TABLE_FILES[region]);
      const text = readFileSync(file, 'utf8');
      expect(readmeRegion(text, region), `${file} thiếu cặp đánh dấu ${region}`).not.toBeNull();
      expect(unpadded(readmeRegion(text, region) ?? ''), 'bảng đã cũ: chạy `npm run readme`').toBe(
        unpadded(readmeTable(region)),
      );
    },
  );

  it('the snippets table lists every group in order with its count, and the total', () => {
    const body = rows(snippetsTable());
    const snippets = allSnippets();
    expect(body.map((r) => r[0])).toEqual([...SnippetGroup.options.map((g) => `\`${g}\``), '']);
    for (const [i, group] of SnippetGroup.options.entries()) {
      const count = snippets.filter((s) => s.group === group).length;
      expect(body[i]?.[2], group).toMatch(new RegExp(`^${count}( \\(\\d+ cũ\\))?$`));
      expect(body[i]?.[1], group).not.toBe('');
    }
    expect(body.at(-1)?.[2]).toBe(`**${snippets.length}**`);
  });

  it('the outlines table shows id, title, type and source of every outline', () => {
    const { outlines } = loadBuiltInOutlines();
    const table = outlinesTable();
    expect(table.split('\n')[0]?.replace(/ +/g, ' ')).toBe('| Mã | Tên | Loại | Nguồn |');
    const body = rows(table);
    expect(body.map((r) => r[0])).toEqual(outlines.map((o) => `\`${o.id}\``).sort());
    for (const r of body) {
      const o = outlines.find((x) => `\`${x.id}\`` === r[0]);
      expect(r[1]).toBe(o?.title);
      expect(r[2], r[0]).toMatch(/^\p{Lu}\p{Ll}+( \p{Ll}+)*$/u);
      expect(r[3], r[0]).toContain(o?.provenance.issuer ?? '');
      if (o?.provenance.seed) expect(r[3]).toContain(`tệp gốc ${o.provenance.seed.slice(0, 3)}`);
      if (o && !o.provenance.verified) expect(r[3]).toContain('chưa kiểm chứng');
    }
  });
});
