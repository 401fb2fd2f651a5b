import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxLimits, docxLimits } from '../../../cli/docx/limits.ts';
import { readDocx } from '../../../cli/docx/read-docx.ts';
import { KhungInputError } from '../../../cli/errors.ts';
import { DocModel } from '../../../shared/core/document/doc-model.ts';
import { abstractNum, docx, esc, lvl, num, numbering, p, style, styles, tbl } from './docx-xml.ts';
import { wordReport } from './word-report.ts';

const NAME = 'bao-cao.docx';
/** Reading one fuzzed file may take this long at most (a hang fails the property). */
const MAX_MS = 5000;

/**
 * The reader's contract on any input: a valid DocModel, or a KhungInputError whose message is one
 * Vietnamese line naming the file (never a library's words); in bounded time.
 */
async function holdsContract(bytes: Uint8Array, limits: DocxLimits = docxLimits({})): Promise<void> {
  const started = performance.now();
  const outcome: unknown = await readDocx(bytes, NAME, limits).then(
    (doc) => doc,
    (error: unknown) => error,
  );
  expect(performance.now() - started).toBeLessThan(MAX_MS);
  if (outcome instanceof KhungInputError) {
    expect(['corrupt', 'too-large']).toContain(outcome.code);
    expect(outcome.message).toContain(NAME);
    expect(outcome.message).not.toMatch(/\n|Error|undefined|zip|XML|stream/);
    expect(outcome.message).toMatch(/^Tệp/);
  } else {
    expect(DocModel.safeParse(outcome).success).toBe(true);
  }
}

let valid: Uint8Array = new Uint8Array();
beforeAll(async () => {
  valid = new Uint8Array(await wordReport());
});

describe('readDocx under fuzzing: no throw escapes, no hang', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 4096 }), (b) => holdsContract(b)),
      {
        numRuns: 150,
      },
    );
  });

  it('random bytes behind a zip signature', async () => {
    const pk = fc.uint8Array({ maxLength: 2048 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]));
    await fc.assert(
      fc.asyncProperty(pk, (b) => holdsContract(b)),
      { numRuns: 150 },
    );
  });

  it('a valid Word report with bytes flipped, cut short or spliced', async () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        value: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('splice' as const),
        at: fc.nat(),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        let bytes = Uint8Array.from(valid);
        if (m.kind === 'flip') for (const at of m.at) bytes[at % bytes.length] = m.value;
        else if (m.kind === 'cut') bytes = bytes.slice(0, m.at % bytes.length);
        else {
          const at = m.at % bytes.length;
          bytes = new Uint8Array([...bytes.slice(0, at), ...m.bytes, ...bytes.slice(at)]);
        }
        await holdsContract(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('a well-zipped document whose XML is cut short anywhere', async () => {
    const zip = await JSZip.loadAsync(valid);
    const xml = await zip.file('word/document.xml')?.async('string');
    const stylesXml = await zip.file('word/styles.xml')?.async('string');
    if (!xml || !stylesXml) throw new Error('fixture without document or styles');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: xml.length - 1 }), fc.boolean(), async (cut, inStyles) => {
        const copy = await JSZip.loadAsync(valid);
        if (inStyles) copy.file('word/styles.xml', stylesXml.slice(0, cut % stylesXml.length));
        else copy.file('word/document.xml', xml.slice(0, cut));
        await holdsContract(await copy.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
      }),
      { numRuns: 120 },
    );
  });
});

/** Anything Word could write in a numbering level, and much it would not. */
const level = fc.record({
  fmt: fc.constantFrom(
    'decimal',
    'upperRoman',
    'lowerRoman',
    'upperLetter',
    'lowerLetter',
    'bullet',
    'none',
    'decimalZero',
    'chineseCounting',
    '',
  ),
  text: fc.oneof(
    {
      arbitrary: fc.constantFrom(
        '%1.',
        '%1.%2.',
        '%2)',
        '%9)',
        '%0',
        '%1.%2.%3.%4.%5.%6.%7.%8.%9.',
        '\uF0B7',
        '-',
      ),
      weight: 4,
    },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  ),
  start: fc.option(fc.integer({ min: -5, max: 5000 }), { nil: undefined }),
  restart: fc.option(fc.integer({ min: -1, max: 12 }), { nil: undefined }),
  isLgl: fc.boolean(),
  pStyle: fc.option(fc.constantFrom('S0', 'S1', 'S2'), { nil: undefined }),
});

/** Mostly the levels Word uses (0–3), sometimes any. */
const levelIndex = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 4 },
  { arbitrary: fc.integer({ min: -2, max: 10 }), weight: 1 },
);

const structure = fc.record({
  levels: fc.array(fc.tuple(levelIndex, level), { minLength: 1, maxLength: 10 }),
  nums: fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 3 }),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: -3, max: 99 })), {
        nil: undefined,
      }),
    ),
    { minLength: 1, maxLength: 5 },
  ),
  /** Styles S0–S3, each based on a random one (cycles included), some numbered. */
  styles: fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      fc.boolean(),
      fc.integer({ min: -4, max: 200 }),
    ),
    { minLength: 4, maxLength: 4 },
  ),
  paragraphs: fc.array(
    fc.record({
      text: fc.string({ maxLength: 20 }),
      style: fc.option(fc.constantFrom('S0', 'S1', 'S2', 'S3', 'Missing'), { nil: undefined }),
      num: fc.option(fc.tuple(fc.integer({ min: 0, max: 6 }), levelIndex), { nil: undefined, freq: 2 }),
      inTable: fc.boolean(),
    }),
    { maxLength: 25 },
  ),
});

describe('readDocx on pathological nesting', () => {
  it.each([
    [
      '20 000 nested tables',
      (n: number) => `${'<w:tbl><w:tr><w:tc>'.repeat(n)}${p('sâu')}${'</w:tc></w:tr></w:tbl>'.repeat(n)}`,
    ],
    [
      '20 000 nested text boxes',
      (n: number) =>
        `${'<w:p><w:r><w:txbxContent>'.repeat(n)}${p('hộp')}${'</w:txbxContent></w:r></w:p>'.repeat(n)}`,
    ],
    [
      'a property block 20 000 deep',
      (n: number) => p('x', { pPr: `${'<w:rPr>'.repeat(n)}${'</w:rPr>'.repeat(n)}` }),
    ],
  ])('%s: read without overflowing the stack', async (_, body) => {
    await holdsContract(await docx({ body: body(20_000) }));
  });
});

describe('readDocx on random but well-formed Word structures', () => {
  it('always gives a valid DocModel: list loops, style cycles, odd formats and levels', async () => {
    await fc.assert(
      fc.asyncProperty(structure, async (s) => {
        const abstracts = [0, 1, 2, 3].map((id) =>
          abstractNum(
            id,
            ...s.levels.map(([at, l]) =>
              lvl(at, {
                fmt: l.fmt,
                text: l.text,
                ...(l.start === undefined ? {} : { start: l.start }),
                ...(l.restart === undefined ? {} : { restart: l.restart }),
                ...(l.pStyle ? { pStyle: l.pStyle } : {}),
                isLgl: l.isLgl,
              }),
            ),
          ),
        );
        const nums = s.nums.map(([id, abstractId, override]) =>
          num(id, abstractId, ...(override ? [override] : [])),
        );
        const sheet = styles(
          '<w:sz w:val="28"/>',
          style('Normal', { isDefault: true }),
          ...s.styles.map(([basedOn, numId, bold, size], i) =>
            style(`S${i}`, {
              basedOn: `S${basedOn}`,
              ...(numId === undefined ? {} : { pPr: `<w:numPr><w:numId w:val="${numId}"/></w:numPr>` }),
              rPr: `${bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/>`,
            }),
          ),
        );
        const body = s.paragraphs
          .map((para) => {
            const xml = p(esc(para.text).length === para.text.length ? para.text : 'x', {
              ...(para.style ? { style: para.style } : {}),
              ...(para.num ? { num: para.num } : {}),
            });
            return para.inTable ? tbl([[xml]]) : xml;
          })
          .join('');
        const bytes = await docx({ body, styles: sheet, numbering: numbering(...abstracts, ...nums) });
        const doc = await readDocx(bytes, NAME);
        expect(DocModel.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('readDocx memory under fuzzing: limits hold for any size', () => {
  it('reads a part under the limit and refuses one over it, whatever the two sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        async (kilobytes, limitKb) => {
          const body = p('a'.repeat(1000)).repeat(kilobytes);
          const bytes = await docx({ body });
          const zip = await JSZip.loadAsync(bytes);
          const size = (await zip.file('word/document.xml')?.async('uint8array'))?.length ?? 0;
          const limits = { ...docxLimits({}), partBytes: limitKb * 1024 };
          const outcome = await readDocx(bytes, NAME, limits).then(
            () => 'read',
            (e: unknown) => (e instanceof KhungInputError ? e.code : 'thrown'),
          );
          expect(outcome).toBe(size > limits.partBytes ? 'too-large' : 'read');
        },
      ),
      { numRuns: 40 },
    );
  });
});
