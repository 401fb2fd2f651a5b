import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KhungInputError } from '../../cli/errors.ts';
import { loadBuiltInOutlines, resolveOutline } from '../../cli/load-outlines.ts';
import { docFromHtml } from '../../cli/read/html.ts';
import { docFromMarkdown } from '../../cli/read/markdown.ts';
import { readDocument } from '../../cli/read-document.ts';
import { decodeTextFile } from '../../cli/text-encoding.ts';
import { importLibrary } from '../../extension/shared/library/library-io.ts';
import { emptyLibrary } from '../../extension/shared/library/library-schema.ts';
import { DocModel } from '../../shared/core/document/doc-model.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { parseOutlineJson } from '../../shared/core/outline/parse-outline.ts';

// Every reader of what a user brings, fed random and hostile input: it returns a value or a
// KhungInputError (a Vietnamese line), never another throw; it finishes in bounded time; and what it
// returns is bounded by what it was given.

const dir = mkdtempSync(join(tmpdir(), 'khung-fuzz-'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** Bytes that exercise the decoders: ASCII, the legacy encodings' high bytes, NULs, BOM starts. */
const textBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc
    .array(
      fc.constantFrom(
        0x00,
        0x20,
        0x41,
        0x61,
        0x6f,
        0x6e,
        0xab,
        0xae,
        0xb5,
        0xb8,
        0xe1,
        0xec,
        0xf2,
        0xf9,
        0xfe,
        0xff,
      ),
      {
        maxLength: 2048,
      },
    )
    .map((a) => Uint8Array.from(a)),
  fc.string({ unit: 'binary', maxLength: 512 }).map((s) => Buffer.from(s, 'utf16le') as Uint8Array),
  fc.string({ unit: 'binary', maxLength: 512 }).map((s) => Buffer.from(s, 'utf8') as Uint8Array),
);

/** Markup-heavy text: tags, entities, Markdown signs, tables, quotes, in any order. */
const markup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div>',
        '</div>',
        '<h1>',
        '</h1>',
        '<b>',
        '</b>',
        '<br>',
        '<table><tr><td>',
        '</td></tr></table>',
        '<style>p{text-align:center}</style>',
        '<script>',
        '<!--',
        '-->',
        '<![CDATA[',
        '&amp;',
        '&#x1F600;',
        '&#99999999;',
        '&',
        '<',
        '>',
        '"',
        "'",
        '\n',
        '\r\n',
        '# ',
        '## ',
        '> ',
        '- ',
        '1. ',
        '**',
        '*',
        '_',
        '`',
        '```',
        '| a | b |',
        '|---|---|',
        '[',
        '](',
        ')',
        '\\',
        'Công đoàn',
        'I. TÌNH HÌNH',
        ' ',
        '\t',
        '\u0000',
        '\u001b[31m',
        '\uFEFF',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

const totalText = (doc: { blocks: { text: string }[] }) => doc.blocks.reduce((n, b) => n + b.text.length, 0);

describe('fuzz: text decoders', () => {
  it('decodeTextFile returns text no longer than its bytes, or a KhungInputError', () => {
    fc.assert(
      fc.property(textBytes, (bytes) => {
        try {
          const decoded = decodeTextFile(bytes, 'x.txt', bytes.length % 2 === 0);
          expect(typeof decoded.text).toBe('string');
          expect(decoded.text.length).toBeLessThanOrEqual(bytes.length + 1);
        } catch (error) {
          expect(error).toBeInstanceOf(KhungInputError);
        }
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

describe('fuzz: the .txt, .md and .html readers', () => {
  for (const ext of ['.txt', '.md', '.html'] as const)
    it(`readDocument(${ext}) gives a valid DocModel or a KhungInputError, never more text than it read`, async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            textBytes,
            markup.map((s) => Buffer.from(s) as Uint8Array),
          ),
          async (bytes) => {
            const path = join(dir, `f${n++}${ext}`);
            writeFileSync(path, bytes);
            const result = await readDocument(path).catch((e: unknown) => e);
            if (result instanceof Error) {
              expect(result).toBeInstanceOf(KhungInputError);
              expect(result.message).not.toMatch(/\n/);
              return;
            }
            expect(DocModel.safeParse(result).success).toBe(true);
            expect(totalText(result as DocModel)).toBeLessThanOrEqual(bytes.length);
          },
        ),
        { numRuns: RUNS },
      );
    });

  it('the text, Markdown and HTML readers never throw on any string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        for (const doc of [docFromText(text), docFromMarkdown(text), docFromHtml(text)])
          expect(totalText(doc)).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  // Shapes that make naive parsers quadratic or recursive, at 200 000 characters each.
  const N = 200_000;
  const hostile: Array<[string, string]> = [
    ['nested <div>', '<div>'.repeat(N / 5)],
    ['unclosed <b>', '<b>x'.repeat(N / 4)],
    ['lone <', '<'.repeat(N)],
    ['unterminated comment', `<!--${'-'.repeat(N)}`],
    ['unterminated attribute', `<p title="${'x'.repeat(N)}`],
    ['entities', '&#x41;&amp;&'.repeat(N / 12)],
    ['table cells', `<table><tr>${'<td>ô'.repeat(N / 6)}`],
    ['Markdown quotes', '>'.repeat(N)],
    ['Markdown emphasis', '*_'.repeat(N / 2)],
    ['Markdown links', '[a]('.repeat(N / 4)],
    ['Markdown headings', '# x\n'.repeat(N / 4)],
    ['Markdown table rows', '| a | b |\n|---|---|\n'.repeat(N / 20)],
    ['one long line of words', 'Công đoàn '.repeat(N / 10)],
    ['carriage returns', '\r'.repeat(N)],
  ];
  for (const [what, text] of hostile)
    it(`reads ${what} in bounded time and size`, () => {
      for (const read of [docFromText, docFromMarkdown, docFromHtml]) {
        const started = performance.now();
        const doc = read(text);
        // Linear readers take a few ms here; a quadratic one would take minutes.
        expect(performance.now() - started).toBeLessThan(5000);
        expect(totalText(doc)).toBeLessThanOrEqual(text.length);
      }
    });
});

describe('fuzz: outline JSON and library import', () => {
  const [valid] = loadBuiltInOutlines().outlines;
  /** A valid outline with one value somewhere replaced by random JSON. */
  const mutated = fc.tuple(fc.jsonValue(), fc.nat(), fc.nat()).map(([value, at, key]) => {
    const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    const keys = Object.keys(copy);
    const target = keys[at % keys.length] ?? 'id';
    if (key % 3 === 0) copy[target] = value;
    else if (key % 3 === 1) delete copy[target];
    else (copy.sections as unknown[]).push(value);
    return JSON.stringify(copy);
  });
  const deep = fc.nat({ max: 5000 }).map((d) => `${'{"sections":['.repeat(d)}${']}'.repeat(d)}`);
  const anyJsonText = fc.oneof(fc.json(), mutated, deep, fc.string(), markup);

  it('parseOutlineJson returns ok or errors, never throws', () => {
    fc.assert(
      fc.property(anyJsonText, (text) => {
        const result = parseOutlineJson(text, 'thu.json');
        if (!result.ok) for (const e of result.errors) expect(typeof e).toBe('string');
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('an outline file for the command line is an outline or a KhungInputError', () => {
    let n = 0;
    fc.assert(
      fc.property(anyJsonText, (text) => {
        const path = join(dir, `o${n++}.json`);
        writeFileSync(path, text);
        try {
          resolveOutline(path, []);
        } catch (error) {
          expect(error).toBeInstanceOf(KhungInputError);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('importLibrary accepts or gives a reason, never throws', () => {
    const exported = fc.tuple(fc.jsonValue(), fc.constantFrom(1, 2, 3)).map(([value, version]) =>
      JSON.stringify({
        kind: 'khung-library',
        schemaVersion: version,
        exportedAt: 'x',
        snippets: [value],
        outlines: [],
      }),
    );
    fc.assert(
      fc.property(fc.oneof(anyJsonText, exported), (text) => {
        const result = importLibrary(text, emptyLibrary(), []);
        if (!result.ok) expect(typeof result.reason).toBe('string');
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
