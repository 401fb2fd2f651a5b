import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxLimits } from '../../../cli/docx/limits.ts';
import { readDocx } from '../../../cli/docx/read-docx.ts';
import { KhungInputError } from '../../../cli/errors.ts';
import { docxBomb, lyingAboutSize } from './docx-bomb.ts';
import { docx, ND30_STYLES, p } from './docx-xml.ts';

const dir = mkdtempSync(join(tmpdir(), 'khung-docx-limits-'));
const child = join(import.meta.dirname, 'cli-child.ts');
const MB = 1024 * 1024;

/** `khung check <file>` in a child process: exit code, stderr lines, wall time and peak memory. */
function checkInChild(file: string, env: Record<string, string> = {}) {
  const stats = join(dir, `stats-${Math.random().toString(36).slice(2)}.json`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, 'check', file], {
    env: { ...process.env, ...env, KHUNG_TEST_STATS: stats, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  const { maxRssKb, cpuSeconds } = JSON.parse(readFileSync(stats, 'utf8')) as {
    maxRssKb: number;
    cpuSeconds: number;
  };
  return {
    code: result.status,
    lines: result.stderr.split('\n').filter((l) => l !== ''),
    out: result.stdout,
    seconds,
    cpuSeconds,
    megabytes: maxRssKb / 1024,
  };
}

async function failure(bytes: Uint8Array, limits = docxLimits({})): Promise<KhungInputError> {
  const error: unknown = await readDocx(bytes, 'bao-cao.docx', limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KhungInputError);
  return error as KhungInputError;
}

describe('a .docx bomb (256 MB of document.xml in a file of about 600 KB)', () => {
  let bomb = '';
  let liar = '';
  beforeAll(async () => {
    const bytes = await docxBomb(256);
    expect(bytes.length).toBeLessThan(MB);
    bomb = join(dir, 'bom.docx');
    writeFileSync(bomb, bytes);
    liar = join(dir, 'bom-noi-doi.docx');
    writeFileSync(liar, lyingAboutSize(bytes, 'word/document.xml', 40_000));
  }, 120_000);

  it('is refused by `khung check` in one Vietnamese line, exit 2, within 10 s and under 600 MB', () => {
    const run = checkInChild(bomb);
    expect(run.lines).toEqual([
      expect.stringMatching(
        /^khung: Tệp quá lớn khi giải nén: bom\.docx \(từ \d+ MB trở lên, giới hạn 64 MB cho một phần của tệp \.docx khi giải nén\); đặt biến KHUNG_MAX_DOCX_PART_MB \(MB\) để nâng giới hạn\.$/,
      ),
    ]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    // Wall time is what the user waits; CPU time (most of it compiling the TypeScript sources for
    // this child) shows the bomb itself costs next to nothing even on a loaded machine.
    expect(run.seconds).toBeLessThan(10);
    expect(run.cpuSeconds).toBeLessThan(5);
    expect(run.megabytes).toBeLessThan(600);
  }, 60_000);

  it('is stopped while inflating when its zip directory lies about the size', () => {
    const run = checkInChild(liar);
    expect(run.lines).toEqual(['khung: Tệp .docx bị hỏng hoặc không phải .docx: bom-noi-doi.docx']);
    expect(run.code).toBe(2);
    expect(run.seconds).toBeLessThan(10);
    expect(run.megabytes).toBeLessThan(600);
  }, 60_000);

  it('is stopped by counting the inflated bytes, not by trusting the directory', async () => {
    const error = await failure(readFileSync(liar));
    expect(error.code).toBe('corrupt');
    expect(String((error.cause as Error).message)).toBe('word/document.xml inflates past its declared size');
  });

  it('is refused by the total limit as well', async () => {
    const error = await failure(readFileSync(liar), { ...docxLimits({}), totalBytes: 20_000 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^Tệp quá lớn khi giải nén: bao-cao\.docx .*KHUNG_MAX_DOCX_TOTAL_MB/);
  });
});

describe('the other .docx limits', () => {
  it('refuses a zip with more entries than the limit before listing them', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 30; i++) zip.file(`word/media/anh${i}.png`, 'x', { createFolders: false });
    const error = await failure(await zip.generateAsync({ type: 'uint8array' }), {
      ...docxLimits({}),
      entries: 20,
    });
    expect([error.code, error.message]).toEqual([
      'too-large',
      'Tệp .docx có quá nhiều phần: bao-cao.docx (30 phần, giới hạn 20); đặt biến KHUNG_MAX_DOCX_ENTRIES để nâng giới hạn.',
    ]);
  });

  it('refuses a file over the compressed size limit', async () => {
    const bytes = await docx({ body: p('x'.repeat(5000)), styles: ND30_STYLES });
    const error = await failure(bytes, { ...docxLimits({}), fileBytes: 100 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(
      /^Tệp quá lớn: bao-cao\.docx \(.* MB, giới hạn 0 MB cho tệp \.docx\); đặt biến KHUNG_MAX_DOCX_MB \(MB\)/,
    );
  });

  it('reads its limits from the environment, in MB (entries as a count), defaults otherwise', () => {
    expect(docxLimits({})).toEqual({
      fileBytes: 100 * MB,
      entries: 5000,
      partBytes: 64 * MB,
      totalBytes: 128 * MB,
    });
    expect(
      docxLimits({
        KHUNG_MAX_DOCX_MB: '2',
        KHUNG_MAX_DOCX_ENTRIES: '50',
        KHUNG_MAX_DOCX_PART_MB: '0.5',
        KHUNG_MAX_DOCX_TOTAL_MB: '1',
      }),
    ).toEqual({ fileBytes: 2 * MB, entries: 50, partBytes: MB / 2, totalBytes: MB });
    expect(() => docxLimits({ KHUNG_MAX_DOCX_PART_MB: 'nhiều' })).toThrow(
      /KHUNG_MAX_DOCX_PART_MB cần một số dương/,
    );
  });

  it('lets an environment variable lower a limit for `khung check`', async () => {
    const file = join(dir, 'thuong.docx');
    writeFileSync(file, await docx({ body: p('Nội dung. '.repeat(300)), styles: ND30_STYLES }));
    const run = checkInChild(file, { KHUNG_MAX_DOCX_PART_MB: '0.001' });
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([
      expect.stringMatching(/^khung: Tệp quá lớn khi giải nén: thuong\.docx .*KHUNG_MAX_DOCX_PART_MB/),
    ]);
  }, 60_000);
});
