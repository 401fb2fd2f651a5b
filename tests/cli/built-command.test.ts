import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatedOutlines } from '../../cli/build-outlines.ts';
import { MIME } from '../../cli/google/drive-schema.ts';
import { type Io, main } from '../../cli/main.ts';
import type { ReviewReport } from '../../cli/review/review-model.ts';
import { Outline } from '../../shared/core/outline/outline-schema.ts';
import { FakeGoogle } from './google/fake-google.ts';
import { gdoc } from './google/gdoc-builder.ts';
import { signInFake } from './review/review-env.ts';
import { sampleReport, toGdocParagraphs } from './review/sample-reports.ts';

const root = join(import.meta.dirname, '../..');
const outlinesDir = join(root, 'outlines');
// The package root is found by walking up to package.json, so the build sits inside the repository.
mkdirSync(join(root, 'bench', '.tmp'), { recursive: true });
const outDir = mkdtempSync(join(root, 'bench', '.tmp', 'built-'));
const tmp = mkdtempSync(join(tmpdir(), 'khung-built-'));
const khung = join(outDir, 'main.js');

beforeAll(async () => {
  await build({ configFile: join(root, 'cli/vite.config.ts'), logLevel: 'silent', build: { outDir } });
}, 120_000);
afterAll(() => {
  spawnSync('rm', ['-rf', outDir]);
});

async function inProcess(...argv: string[]): Promise<string> {
  let out = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: () => {},
    color: false,
  };
  await main(argv, io);
  return out;
}

describe('the built-in outlines are validated when the command is built', () => {
  it('every shipped outline passes the zod schema, one entry per file', () => {
    const built = validatedOutlines(outlinesDir);
    const files = readdirSync(outlinesDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    expect(Object.keys(built).sort()).toEqual(files.sort());
    for (const outline of Object.values(built)) expect(Outline.safeParse(outline).success).toBe(true);
  });

  it('a broken outline stops the build, naming the file', () => {
    const dir = join(tmp, 'outlines');
    mkdirSync(dir);
    writeFileSync(join(dir, 'hong.json'), JSON.stringify({ id: 'hong', title: '' }));
    expect(() => validatedOutlines(dir)).toThrow(
      /Đề cương không hợp lệ, không dựng được khung:\nhong\.json: /,
    );
  });

  it('the build lists the same outlines as the source, without reading them at start', async () => {
    const run = spawnSync(process.execPath, [khung, 'outlines'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(await inProcess('outlines'));
    expect(readFileSync(khung, 'utf8')).toContain('EMBEDDED_OUTLINES = JSON.parse(');
  });
});

/** Every module a chunk loads before it runs: its static imports, transitively (not its import()s). */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('./')) return;
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const [, spec] of code.matchAll(/^import\s[^'"]*?["']([^"']+)["'];?$/gm)) visit(spec ?? '');
  };
  visit(entry);
  return seen;
}

describe('each command loads only what it uses', () => {
  const HEAVY = ['mammoth', '@googleapis/docs', '@googleapis/drive', 'zod', 'parse5', 'markdown-it'];

  it('start-up and a .txt check load neither the .docx reader, the Google clients nor zod', () => {
    const main = readFileSync(khung, 'utf8');
    const checkChunk = /import\("(\.\/check-command-[^"]+\.js)"\)/.exec(main)?.[1];
    expect(checkChunk).toBeDefined();
    const loaded = new Set([...staticClosure('./main.js'), ...staticClosure(checkChunk ?? '')]);
    expect([...loaded].some((m) => /^\.\/check-[\w-]{8}\.js$/.test(m))).toBe(true);
    // The check path in a few chunks (cli/vite.config.ts), not the 16 of the default split.
    expect([...loaded].filter((m) => m.startsWith('./')).length).toBeLessThanOrEqual(6);
    for (const heavy of HEAVY)
      expect([...loaded].filter((m) => m === heavy || m.startsWith(`${heavy}/`))).toEqual([]);
    // The .docx reader and the Google clients are there, behind import().
    expect([...loaded].some((m) => /read-docx|docx|connect|review-command/.test(m))).toBe(false);
  });

  it('the built command checks a one-line file', () => {
    const file = join(tmp, 'mot-dong.txt');
    writeFileSync(file, 'Công đoàn cơ sở đã tổ chức hội nghị.\n');
    const run = spawnSync(process.execPath, [khung, 'check', file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    expect(run.stdout).toMatch(/Tổng: \d+ lỗi|Không phát hiện lỗi nào/);
  });

  it('ends as soon as a long report is written, all of it, with the exit code of the check', () => {
    const file = join(tmp, 'nhieu-loi.txt');
    // Each line: doubled spaces and misplaced commas (warnings), an Eth for Đ (an error).
    writeFileSync(
      file,
      'Công  đoàn cơ sở  đã tổ chức hội  nghị ,mọi người  đều dự. Ðoàn viên.\n'.repeat(3000),
    );
    const run = spawnSync(process.execPath, [khung, 'check', file, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const report = JSON.parse(run.stdout) as { findings: unknown[]; counts: { error: number } };
    expect(report.findings.length).toBeGreaterThan(10_000);
    expect(run.status).toBe(report.counts.error > 0 ? 1 : 0);
    expect(run.status).toBe(1);
  });
});

describe('the built review runs its worker processes from the build', () => {
  let fake: FakeGoogle;
  beforeAll(async () => {
    fake = await new FakeGoogle().start();
    const base = {
      parents: ['1FolderBuiltAbCdEfGhIjKlMnOp'],
      modifiedTime: '2023-12-05T02:00:00.000Z',
      version: '1',
    };
    fake.add({
      ...base,
      id: '1FolderBuiltAbCdEfGhIjKlMnOp',
      name: 'Thư mục',
      mimeType: MIME.folder,
      parents: ['root'],
    });
    fake.add({
      ...base,
      id: '1DocBuiltAbCdEfGhIjKlMnOpQr',
      name: 'CĐCS Trường THPT Hàm Rồng',
      mimeType: MIME.googleDoc,
      document: gdoc('1DocBuiltAbCdEfGhIjKlMnOpQr', 'Hàm Rồng', toGdocParagraphs(sampleReport('Hàm Rồng'))),
    });
  });
  afterAll(() => fake.stop());

  it('reads and checks each document in dist’s review-worker.js', async () => {
    const home = signInFake(fake);
    const json = join(home, 'ra-soat.json');
    const args = [
      khung,
      'review',
      '1FolderBuiltAbCdEfGhIjKlMnOp',
      '--outline',
      'thanh-hoa-bao-cao-cdcs-nam-2023',
    ];
    const child = spawn(process.execPath, [...args, '--json', json, '--no-cache'], { env: process.env });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toContain('đã ghi JSON');
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as ReviewReport;
    expect(report.entries.map((e) => e.status)).toEqual(['ok']);
  }, 60_000);
});
