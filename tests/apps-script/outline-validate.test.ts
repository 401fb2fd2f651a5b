import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OutlineMini, validateOutline } from '../../apps-script/server/outline-validate.ts';
import { Outline } from '../../shared/core/outline/outline-schema.ts';
import { parseOutline } from '../../shared/core/outline/parse-outline.ts';

const dir = resolve(import.meta.dirname, '../../outlines');
const outlines = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Record<string, unknown>);

describe("the server's zod/mini Outline schema", () => {
  it('has the same JSON Schema as the core Outline schema (so the two cannot drift)', () => {
    expect(z.toJSONSchema(OutlineMini)).toEqual(z.toJSONSchema(Outline));
  });

  it('accepts every built-in outline, as the core does', () => {
    for (const o of outlines) expect(validateOutline(o, String(o.id))).toEqual(parseOutline(o, String(o.id)));
  });

  it('rejects what the core rejects, at the same JSON paths', () => {
    const base = outlines[0] as Record<string, unknown>;
    const bad: unknown[] = [
      { ...base, id: 'Có Dấu' },
      { ...base, sections: [] },
      { ...base, extra: 1 },
      { ...base, documentType: 'thu-moi' },
      {
        ...base,
        sections: [
          { id: 'a', title: 'A', numbering: 'roman', required: true },
          { id: 'a', title: 'B', numbering: 'roman', required: true },
        ],
      },
      'không phải đề cương',
    ];
    for (const data of bad) {
      const mini = validateOutline(data, 'tệp');
      expect(mini.ok).toBe(false);
      const core = parseOutline(data, 'tệp');
      const paths = (r: typeof mini) =>
        r.ok ? [] : r.errors.map((e) => e.split(': ').slice(0, 2).join(': '));
      expect(paths(mini)).toEqual(paths(core));
    }
  });
});
