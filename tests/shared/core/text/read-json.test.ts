import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOutline, parseOutlineJson } from '../../../../shared/core/outline/parse-outline.ts';
import {
  jsonTextDepth,
  MAX_JSON_DEPTH,
  readJson,
  tooDeepMessage,
  valueDepth,
} from '../../../../shared/core/text/read-json.ts';

// JSON a user brings is read with its nesting bounded before any validator recurses into it: a file
// nested hundreds of levels is refused with a Vietnamese message instead of overflowing the stack.

const root = resolve(import.meta.dirname, '../../../..');

/** An outline whose sections nest `depth` levels (a JSON depth of about 2 × depth). */
function nestedOutline(depth: number): unknown {
  let section: Record<string, unknown> = { id: 's', title: 'Mục', numbering: 'roman', required: true };
  for (let i = 0; i < depth; i++)
    section = { id: `s${i}`, title: 'Mục', numbering: 'roman', required: true, children: [section] };
  return { id: 'u-sau', title: 'Sâu', documentType: 'bao-cao', sections: [section] };
}
/** JSON.stringify recurses too: deep test files are built as text. */
const deepText = (depth: number) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;

describe('jsonTextDepth and valueDepth', () => {
  it.each([
    ['1', 0],
    ['[]', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['"[[[[{{{"', 0],
    ['["\\"[[", {"x": "\\\\"}]', 2],
    ['[[], [[]], []]', 3],
  ])('%s nests %i levels', (text, depth) => {
    expect(jsonTextDepth(text)).toBe(depth);
    expect(valueDepth(JSON.parse(text))).toBe(depth);
  });

  it('agree on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ depthSize: 'large' }), (value) => {
        expect(jsonTextDepth(JSON.stringify(value))).toBe(valueDepth(value));
      }),
    );
  });

  it('stop counting past the limit (a 100 000-level file costs one pass)', () => {
    expect(jsonTextDepth('['.repeat(100_000), 64)).toBe(65);
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(valueDepth(value, 64)).toBe(65);
  });
});

describe('readJson', () => {
  it('reads JSON up to the limit and refuses one level more, in Vietnamese', () => {
    expect(readJson(deepText(MAX_JSON_DEPTH / 2))).toMatchObject({ ok: true });
    const deeper = readJson(`[${deepText(MAX_JSON_DEPTH / 2)}]`);
    expect(deeper).toEqual({ ok: false, problem: 'too-deep', message: tooDeepMessage() });
    expect(tooDeepMessage()).toMatch(/^Tệp có các phần lồng vào nhau quá sâu \(hơn 64 tầng\)/);
  });

  it('says what is wrong with text that is not JSON', () => {
    expect(readJson('{oops')).toMatchObject({
      ok: false,
      problem: 'syntax',
      message: 'Tệp không phải JSON hợp lệ.',
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.integer({ min: 1, max: 3000 }).map(deepText),
          fc
            .array(fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '1'), { maxLength: 400 })
            .map((a) => a.join('')),
        ),
        (text) => {
          const read = readJson(text);
          if (read.ok) expect(read.value).toEqual(JSON.parse(text));
        },
      ),
    );
  });

  it('has room for every real file: the deepest in outlines/ and snippets/ nests far below the limit', () => {
    const files = ['outlines', 'snippets'].flatMap((dir) =>
      readdirSync(resolve(root, dir))
        .filter((f) => f.endsWith('.json'))
        .map((f) => readFileSync(resolve(root, dir, f), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(20);
    const deepest = Math.max(...files.map((text) => jsonTextDepth(text)));
    expect(deepest + 2).toBeLessThanOrEqual(MAX_JSON_DEPTH / 4); // + 2: a library export wraps them
  });
});

describe('outlines nested too deeply (720 levels, as in a hostile file)', () => {
  it('are refused by parseOutlineJson and parseOutline with the message, not a stack overflow', () => {
    let text = '{"id":"s","title":"Mục","numbering":"roman","required":true}';
    for (let i = 0; i < 720; i++)
      text = `{"id":"s${i}","title":"Mục","numbering":"roman","required":true,"children":[${text}]}`;
    text = `{"id":"u-sau","title":"Sâu","documentType":"bao-cao","sections":[${text}]}`;
    expect(parseOutlineJson(text, 'sau.json')).toEqual({
      ok: false,
      errors: [`sau.json: ${tooDeepMessage()}`],
    });
    expect(parseOutline(nestedOutline(720), 'sau.json')).toEqual({
      ok: false,
      errors: [`sau.json: ${tooDeepMessage()}`],
    });
  });
});
