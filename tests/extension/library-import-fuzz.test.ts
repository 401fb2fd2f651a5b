import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportLibrary, importLibrary } from '../../extension/shared/library/library-io.ts';
import { UserLibrary } from '../../extension/shared/library/library-schema.ts';
import { tooDeepMessage } from '../../shared/core/text/read-json.ts';
import { realOutline, snippet } from './library-fixtures.ts';

// The options page's import, fuzzed: whatever file a user picks, importLibrary answers — a library
// that passes the schema, or a reason in Vietnamese — and never throws (a throw there used to leave
// the page silent). Inputs: any text, any JSON, real exports with parts replaced by arbitrary JSON,
// and files nested far deeper than any real one.

const current: UserLibrary = { schemaVersion: 2, snippets: [snippet('u-a')], outlines: [] };
const realExport = JSON.parse(
  exportLibrary({ schemaVersion: 2, snippets: [snippet('u-b')], outlines: [realOutline()] }),
) as Record<string, unknown>;

/** A real export with one value somewhere inside replaced by `replacement`. */
function mutate(path: number[], replacement: unknown): string {
  const copy = structuredClone(realExport);
  let node: unknown = copy;
  for (const step of path) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length] as string;
    const child = (node as Record<string, unknown>)[key];
    if (typeof child !== 'object' || child === null || step % 3 === 0) {
      (node as Record<string, unknown>)[key] = replacement;
      break;
    }
    node = child;
  }
  return JSON.stringify(copy);
}

/** Text nested `depth` levels, written directly (JSON.stringify itself recurses). */
const deep = (depth: number, open: string, close: string, core: string) =>
  `${open.repeat(depth)}${core}${close.repeat(depth)}`;

const files = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .tuple(fc.array(fc.nat(40), { minLength: 1, maxLength: 8 }), fc.jsonValue())
    .map(([p, v]) => mutate(p, v)),
  fc
    .integer({ min: 60, max: 5000 })
    .map((n) => deep(n, '{"kind":"khung-library","schemaVersion":2,"snippets":[', ']}', '{}')),
  fc
    .integer({ min: 60, max: 5000 })
    .map((n) => `{"id":"u-x","sections":${deep(n, '[{"children":', '}]', '[]')}}`),
);

describe('importLibrary, fuzzed', () => {
  it('never throws: a valid library, or a reason to show', () => {
    fc.assert(
      fc.property(files, (text) => {
        const result = importLibrary(text, current, ['cao-bang-bao-cao-6-thang-2020']);
        if (result.ok) expect(UserLibrary.safeParse(result.library).success).toBe(true);
        else expect(result.reason.trim()).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a library nested 720 levels with the core message, before any schema sees it', () => {
    const text = `{"kind":"khung-library","schemaVersion":2,"snippets":[],"outlines":[{"id":"u-x","title":"X","sections":${deep(720, '[{"id":"s","title":"Mục","numbering":"roman","required":true,"children":', '}]', '[]')}}]}`;
    expect(importLibrary(text, current)).toEqual({ ok: false, reason: tooDeepMessage() });
  });
});
