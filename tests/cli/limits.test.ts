import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KhungInputError } from '../../cli/errors.ts';
import { LIMITS, limitBytes, limitValue } from '../../cli/limits.ts';
import { type Io, main } from '../../cli/main.ts';
import { readDocument } from '../../cli/read-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'khung-limits-'));
const root = join(import.meta.dirname, '../..');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    color: false,
  };
  return { code: await main(argv, io), out, err };
}

/** A file that claims `size` bytes without using the disk (sparse): reading it would take minutes. */
function sparse(name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

afterEach(() => {
  delete process.env.KHUNG_MAX_TEXT_MB;
  delete process.env.KHUNG_MAX_HTML_MB;
});

describe('size limits of .txt, .md and .html, checked before a byte is read', () => {
  const table: Array<[string, string, number]> = [
    ['.txt', 'tệp văn bản', LIMITS.textFile.default],
    ['.md', 'tệp văn bản', LIMITS.textFile.default],
    ['.html', 'tệp HTML', LIMITS.htmlFile.default],
  ];
  for (const [ext, what, mb] of table)
    it(`refuses a 1 GB ${ext} at once, in one Vietnamese line, exit 2`, async () => {
      const file = sparse(`lon${ext}`, 1024 ** 3);
      const started = Date.now();
      const { code, out, err } = await run('check', file);
      // Reading 1 GB and decoding it would take far longer, and the message would not be this one.
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toBe(
        `khung: Tệp quá lớn: lon${ext} (1.024 MB, giới hạn ${mb} MB cho ${what}); đặt biến ${ext === '.html' ? 'KHUNG_MAX_HTML_MB' : 'KHUNG_MAX_TEXT_MB'} (MB) để nâng giới hạn.\n`,
      );
    });

  it('accepts a file at the limit and refuses one byte more, the limit set by its variable', async () => {
    process.env.KHUNG_MAX_TEXT_MB = '0.001';
    const max = limitBytes('textFile');
    expect(max).toBe(1048);
    const line = 'Công đoàn cơ sở.\n';
    const fits = join(dir, 'vua.txt');
    writeFileSync(fits, Buffer.alloc(max, line));
    expect((await readDocument(fits)).blocks.length).toBeGreaterThan(0);
    const over = join(dir, 'qua.txt');
    writeFileSync(over, Buffer.alloc(max + 1, line));
    const error = await readDocument(over).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KhungInputError);
    expect((error as KhungInputError).code).toBe('too-large');
  });

  it('leaves .docx to its own reader’s limits', async () => {
    process.env.KHUNG_MAX_TEXT_MB = '0.000001';
    process.env.KHUNG_MAX_HTML_MB = '0.000001';
    const { code, err } = await run('check', sparse('lon.docx', 200));
    expect(code).toBe(2);
    expect(err).not.toMatch(/Tệp quá lớn/);
  });

  it('says which variable is wrong when a limit is not a positive number', async () => {
    for (const bad of ['không', '-1', '0', 'Infinity']) {
      process.env.KHUNG_MAX_TEXT_MB = bad;
      expect(() => limitValue('textFile')).toThrow(
        `KHUNG_MAX_TEXT_MB cần một số dương (MB); nhận được “${bad}”`,
      );
    }
    process.env.KHUNG_MAX_TEXT_MB = ' 64 ';
    expect(limitValue('textFile')).toBe(64);
  });

  it('limits standard input the same way (khung check -), reading no further than the limit', () => {
    const big = 'Công đoàn cơ sở đã tổ chức hội nghị.\n'.repeat(2000);
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/main.ts'), 'check', '-'], {
      input: big,
      encoding: 'utf8',
      env: { ...process.env, KHUNG_MAX_TEXT_MB: '0.01' },
      cwd: root,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^khung: Tệp quá lớn: đầu vào chuẩn \(/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
