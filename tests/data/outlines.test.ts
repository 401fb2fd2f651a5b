import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { outlineJsonSchema } from '../../scripts/json-schemas.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { parseOutline, parseOutlineJson } from '../../shared/core/outline/parse-outline.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outlinesDir = join(root, 'outlines');
const schemaFile = join(outlinesDir, 'outline.schema.json');
/** The real documents the outlines were read from; present in the workspace, not in a clone. */
const seedsDir = join(root, '..', 'shared', 'seeds');

const files = readdirSync(outlinesDir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();
const read = (file: string): string => readFileSync(join(outlinesDir, file), 'utf8');

/** The outline in `file`, parsed as the CLI parses it; fails the test with the messages otherwise. */
function load(file: string): Outline {
  const result = parseOutlineJson(read(file), file);
  if (!result.ok) expect.fail(result.errors.join('\n'));
  return result.outline;
}

describe('outlines/*.json', () => {
  it('there are built-in outlines', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses: valid schema, id = file name, section ids used once', (file) => {
    expect(parseOutlineJson(read(file), file)).toMatchObject({ ok: true });
  });

  it.each(files)('%s points editors at the generated schema', (file) => {
    expect(load(file).$schema).toBe('./outline.schema.json');
  });

  it.each(files)('%s says where it comes from', (file) => {
    const { provenance } = load(file);
    expect(
      provenance.issuer ?? provenance.seed ?? provenance.note,
      'provenance cần issuer, seed hoặc note',
    ).toBeTruthy();
  });

  it.skipIf(!existsSync(seedsDir)).each(files)(
    '%s names a seed file that exists, when it came from one',
    (file) => {
      const { seed } = load(file).provenance;
      if (seed === undefined) return;
      expect(existsSync(join(seedsDir, seed)), `${file}: không có tệp nguồn ../shared/seeds/${seed}`).toBe(
        true,
      );
    },
  );
});

describe('outlines/outline.schema.json', () => {
  it('is the schema generated from zod (run `npm run schema` when this fails)', () => {
    const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
    expect(committed, 'outline.schema.json đã cũ: chạy `npm run schema` rồi commit tệp này').toBe(
      outlineJsonSchema(),
    );
  });

  it('names the recursive Section once under $defs, and every $ref resolves', () => {
    const schema = JSON.parse(outlineJsonSchema()) as { $defs?: Record<string, unknown> };
    expect(Object.keys(schema.$defs ?? {})).toEqual(['Section']);
    const refs = outlineJsonSchema().match(/"\$ref": "[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toBe('"$ref": "#/$defs/Section"');
  });

  it('accepts every outline and rejects a bad nested section, read back as a validator', () => {
    const validator = z.fromJSONSchema(JSON.parse(outlineJsonSchema()) as Record<string, unknown>);
    for (const file of files) expect(validator.safeParse(JSON.parse(read(file))).success, file).toBe(true);
    const bad = JSON.parse(read('cao-bang-bao-cao-6-thang-2020.json'));
    bad.sections[0].children[0].title = '';
    bad.sections[0].children[0].extra = true;
    const paths = validator.safeParse(bad).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['sections.0.children.0.title', 'sections.0.children.0']);
  });
});

describe('parseOutlineJson: messages name the file and the JSON path, in Vietnamese', () => {
  const valid = (): Record<string, unknown> => ({
    id: 'x',
    title: 'Báo cáo thử',
    documentType: 'bao-cao',
    provenance: { verified: false },
    parameters: [],
    frame: { kinhGui: false },
    sections: [
      { id: 'i-mot', title: 'MỘT', numbering: 'roman', required: true },
      { id: 'ii-hai', title: 'HAI', numbering: 'roman', required: true },
    ],
  });

  it('accepts a minimal outline', () => {
    expect(parseOutline(valid(), 'x.json')).toMatchObject({ ok: true, outline: { id: 'x' } });
  });

  it('names the file and the path of an empty title', () => {
    const data = valid();
    data.sections = [{ id: 'i-mot', title: '', numbering: 'roman', required: true }];
    expect(parseOutline(data, 'x.json')).toEqual({
      ok: false,
      errors: ['x.json: mục thứ 1 › tên: còn trống hoặc quá ngắn'],
    });
  });

  it('names a wrong type, an unknown numbering and an unknown field deep in the tree', () => {
    const data = valid();
    data.provenance = { verified: 'có' };
    data.sections = [
      {
        id: 'i-mot',
        title: 'MỘT',
        numbering: 'roman',
        required: true,
        children: [{ id: '1-a', title: 'A', numbering: 'so', required: true, ghiChu: '' }],
      },
    ];
    const result = parseOutline(data, 'x.json');
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContainEqual(expect.stringMatching(/^x\.json: nguồn gốc › đã kiểm chứng: sai kiểu/));
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^x\.json: mục thứ 1 › mục con thứ 1 › kiểu đánh số: giá trị không hợp lệ \(chỉ nhận: phan,/,
      ),
    );
    expect(errors).toContainEqual(
      'x.json: mục thứ 1 › mục con thứ 1: có thông tin không dùng được: “ghiChu”',
    );
  });

  it('names the file when the JSON itself is malformed', () => {
    const result = parseOutlineJson('{ "id": "x", ', 'x.json');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^x\.json: không phải JSON hợp lệ \(.+\)$/),
    ]);
  });

  it('rejects an id that differs from the file name', () => {
    expect(parseOutlineJson(JSON.stringify(valid()), 'outlines/y.json')).toEqual({
      ok: false,
      errors: ['outlines/y.json: id: id “x” phải trùng tên tệp “y”'],
    });
  });

  it('rejects a section id used twice', () => {
    const data = valid();
    data.sections = [
      { id: 'i-mot', title: 'MỘT', numbering: 'roman', required: true },
      { id: 'i-mot', title: 'HAI', numbering: 'roman', required: true },
    ];
    expect(parseOutline(data, 'x.json')).toEqual({
      ok: false,
      errors: ['x.json: mục: mã mục “i-mot” bị dùng hai lần'],
    });
  });
});
