import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colors } from '../../cli/format-text.ts';
import { apiRootOverride } from '../../cli/google/connect.ts';
import { type Io, main } from '../../cli/main.ts';
import { asText, toCsv } from '../../cli/review/csv-report.ts';
import { formatSummary } from '../../cli/review/format-summary.ts';
import { toHtml } from '../../cli/review/html-report.ts';
import { createProgress } from '../../cli/review/progress.ts';
import type { ReviewEntry, ReviewReport } from '../../cli/review/review-model.ts';
import { checkedEntry } from '../../cli/review/review-model.ts';
import {
  jsonForTerminal,
  terminalText,
  visibleControls,
  visibleControlsByReplace,
  visibleDeep,
} from '../../cli/terminal-safe.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach a terminal raw.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: Khung's own colour codes, removed before looking.
const OWN_COLOURS = /\u001b\[(?:0|1|2|31|32|33|34)m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the progress bar's own line reset.
const PROGRESS_RESET = /^\r\u001b\[K/;
const dir = mkdtempSync(join(tmpdir(), 'khung-hygiene-'));

async function run(color: boolean, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    color,
  };
  return { code: await main(argv, io), out, err };
}

describe('control characters are shown, never sent raw to the terminal', () => {
  const table: Array<[string, string]> = [
    ['\u001b[2J\u001b[31mđỏ', '\\x1b[2J\\x1b[31mđỏ'],
    ['NUL\u0000 BEL\u0007 CR\r DEL\u007f', 'NUL\\x00 BEL\\x07 CR\\x0d DEL\\x7f'],
    ['C1 CSI \u009b31m', 'C1 CSI \\x9b31m'],
    ['đảo chiều \u202eabc\u2066', 'đảo chiều \\u202eabc\\u2066'],
    ['dòng 1\n\tdòng 2', 'dòng 1\n\tdòng 2'],
  ];
  for (const [input, shown] of table)
    it(`visibleControls(${JSON.stringify(input)})`, () => expect(visibleControls(input)).toBe(shown));

  it('leaves no raw control character in any string, and keeps line feeds and tabs (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const shown = visibleControls(s);
        expect(RAW_CONTROL.test(shown)).toBe(false);
        expect(shown.split('\n').length).toBe(s.split('\n').length);
        expect(terminalText(shown)).toBe(shown);
      }),
    );
  });

  it('escapes as the plain replace does, with or without a control character (property)', () => {
    const near = fc.string({
      unit: fc.constantFrom(
        'a',
        'đ',
        '\n',
        '\t',
        '\u0000',
        '\u0008',
        '\u000b',
        '\u001f',
        ' ',
        '\u007f',
        '\u009f',
        '\u00a0',
        '\u202a',
        '\u202e',
        '\u202f',
        '\u2066',
        '\u2069',
        '\u206a',
      ),
    });
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ unit: 'binary' })), (s) => {
        expect(visibleControls(s)).toBe(visibleControlsByReplace(s));
      }),
    );
  });

  it('terminalText keeps Khung’s own colours and escapes every other sequence', () => {
    expect(terminalText('\u001b[31mLỗi\u001b[0m \u001b]0;tiêu đề\u0007')).toBe(
      '\u001b[31mLỗi\u001b[0m \\x1b]0;tiêu đề\\x07',
    );
    expect(terminalText('\r\u001b[K[███] 1/2 \r x')).toBe('\r\u001b[K[███] 1/2 \\x0d x');
  });

  it('JSON for a terminal parses back to the same value and holds no raw DEL, C1 or bidi control', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = jsonForTerminal(JSON.stringify({ s }));
        expect(RAW_CONTROL.test(json)).toBe(false);
        expect(JSON.parse(json)).toEqual({ s });
      }),
    );
  });

  it('khung check prints a document full of escape sequences with only its own colours', async () => {
    const file = join(dir, 'ten\u001b[2Jtep.txt');
    writeFileSync(
      file,
      'BÁO CÁO\n\u001b]0;bị chiếm\u0007I. TÌNH HÌNH \u001b[31mđỏ\u001b[0m\u0000\nNội dung \u009b2J có \u202eký tự lạ.\n',
    );
    for (const color of [true, false]) {
      const { out, err } = await run(color, 'check', file);
      expect(RAW_CONTROL.test(out.replace(OWN_COLOURS, ''))).toBe(false);
      expect(err).toBe('');
      expect(out).toContain('ten\\x1b[2Jtep.txt');
    }
    const json = await run(false, 'check', file, '--format', 'json');
    expect(RAW_CONTROL.test(json.out)).toBe(false);
    expect(JSON.parse(json.out).file).toBe(file);
  });

  it('an error naming a file with control characters prints them escaped, in one line', async () => {
    const { code, err } = await run(false, 'check', join(dir, 'khong\u001b[8mco\r.txt'));
    expect(code).toBe(2);
    expect(err).toBe('khung: Không tìm thấy tệp: khong\\x1b[8mco\\x0d.txt\n');
  });

  it('the review summary and progress show hostile file names escaped', () => {
    const entry = (name: string): ReviewEntry => ({
      id: name,
      name,
      kind: 'gdoc',
      status: 'failed',
      counts: { error: 0, warning: 0, info: 0 },
      present: [],
      findings: [],
      cached: false,
      problem: `hỏng \u001b[5m`,
    });
    const report: ReviewReport = {
      folder: { id: 'f', name: 'Thư mục \u001b]2;x\u0007' },
      outline: { id: 'o', title: 'Đề cương' },
      generatedAt: '2026-01-01T00:00:00.000Z',
      sections: [],
      entries: [entry('a\u001b[2Kb'), entry('c\u0000d')],
      totals: { ok: 0, errors: 0, failed: 2, skipped: 0 },
    };
    const summary = formatSummary(visibleDeep(report), colors(true)).replace(OWN_COLOURS, '');
    expect(RAW_CONTROL.test(summary)).toBe(false);
    const lines: string[] = [];
    const progress = createProgress((t) => lines.push(t), true);
    progress.begin(2);
    for (const e of report.entries) progress.done(e);
    progress.retry('x\u001b[1Ay', 1000, 429);
    for (const line of lines) expect(RAW_CONTROL.test(line.replace(PROGRESS_RESET, ''))).toBe(false);
  });
});

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV cells are never formulas', () => {
  const table: Array<[string | number, string]> = [
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+84 912 345 678', `'+84 912 345 678`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTab', `'\tTab`],
    ['\rCR', `'\rCR`],
    ['Báo cáo = đạt', 'Báo cáo = đạt'],
    [3, '3'],
  ];
  for (const [value, cell] of table)
    it(`asText(${JSON.stringify(value)})`, () => expect(asText(value)).toBe(cell));

  it('no cell of a review CSV begins with = + - @ tab or CR, whatever the names (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.string(), (names, problem) => {
        const csv = toCsv({
          folder: { id: 'f', name: 'f' },
          outline: { id: 'o', title: 'o' },
          generatedAt: '2026-01-01T00:00:00.000Z',
          sections: [],
          entries: names.map((name, i) => ({
            id: String(i),
            name,
            kind: 'docx',
            status: 'failed',
            counts: { error: 0, warning: 0, info: 0 },
            present: [],
            findings: [],
            cached: false,
            problem,
          })),
          totals: { ok: 0, errors: 0, failed: names.length, skipped: 0 },
        });
        for (const row of parseCsv(csv.replace(/^\uFEFF/, '')))
          for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });
});

describe('links and the API root', () => {
  const file = (webViewLink: string) => ({
    id: 'x',
    name: 'Báo cáo',
    mimeType: 'application/vnd.google-apps.document',
    webViewLink,
  });
  const doc = {
    blocks: [{ text: 'BÁO CÁO', style: {} }],
    meta: { name: 'x', source: 'gdoc' as const, styled: true },
  };
  const result = { findings: [], match: null, outlineNote: null, counts: { error: 0, warning: 0, info: 0 } };

  it('keeps only https links in the report', () => {
    const links = [
      'https://docs.google.com/document/d/x/edit',
      'javascript:alert(1)',
      'http://docs.google.com/x',
      'data:text/html,<script>1</script>',
      'JaVaScRiPt:alert(1)',
    ].map((l) => checkedEntry(file(l), doc, result as never, [], false).link);
    expect(links).toEqual([
      'https://docs.google.com/document/d/x/edit',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const entry = checkedEntry(file('https://docs.google.com/d/x'), doc, result as never, [], false);
    const html = toHtml({
      folder: { id: 'f', name: 'f' },
      outline: { id: 'o', title: 'o' },
      generatedAt: '2026-01-01T00:00:00.000Z',
      sections: [],
      entries: [entry, { ...entry, id: 'y', link: 'javascript:alert(1)' }],
      totals: { ok: 2, errors: 0, failed: 0, skipped: 0 },
    });
    expect(html).toContain('<a href="https://docs.google.com/d/x">');
    expect(html).not.toContain('javascript:');
  });

  const roots: Array<[string, boolean]> = [
    ['http://127.0.0.1:8123/', true],
    ['http://localhost:9000/', true],
    ['https://127.0.0.5/', true],
    ['http://[::1]:8080/', true],
    ['https://www.googleapis.com/', false],
    ['https://proxy.congty.vn/', false],
    ['http://127.0.0.1.evil.example/', false],
    ['file:///etc/passwd', false],
    ['127.0.0.1:80', false],
  ];
  for (const [root, ok] of roots)
    it(`KHUNG_GOOGLE_API_ROOT=${root} is ${ok ? 'accepted' : 'refused in Vietnamese'}`, () => {
      if (ok) expect(apiRootOverride(root)).toBe(new URL(root).href);
      else expect(() => apiRootOverride(root)).toThrow(/^KHUNG_GOOGLE_API_ROOT chỉ được trỏ tới máy này/);
    });

  it('refuses a remote API root before any sign-in, exit 2 with one line', async () => {
    process.env.KHUNG_GOOGLE_API_ROOT = 'https://thu-token.example/';
    try {
      const { code, err } = await run(false, 'check', 'gdoc:1AbCdEfGhIjKlMnOpQrStUv');
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/KHUNG_GOOGLE_API_ROOT chỉ được trỏ tới máy này/);
    } finally {
      delete process.env.KHUNG_GOOGLE_API_ROOT;
    }
  });
});
