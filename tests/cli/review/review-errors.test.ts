import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MIME } from '../../../cli/google/drive-schema.ts';
import { createClients } from '../../../cli/google/google-clients.ts';
import { DEFAULT_BACKOFF } from '../../../cli/google/with-backoff.ts';
import { loadBuiltInOutlines } from '../../../cli/load-outlines.ts';
import { createProgress } from '../../../cli/review/progress.ts';
import type { ReviewReport } from '../../../cli/review/review-model.ts';
import { runReview } from '../../../cli/review/run-review.ts';
import { docsError, driveError, FakeGoogle } from '../google/fake-google.ts';
import { FOLDER_ID, fillFakeFolder, REPORTS } from './fake-folder.ts';
import { run, signInFake } from './review-env.ts';

const OUTLINE = 'thanh-hoa-bao-cao-cdcs-nam-2023';
let fake: FakeGoogle;
let home: string;

beforeAll(async () => {
  fake = await new FakeGoogle().start();
  await fillFakeFolder(fake);
});
beforeEach(() => {
  home = signInFake(fake);
  fake.failures.clear();
});
afterAll(() => fake.stop());

const review = (...extra: string[]) =>
  run('review', FOLDER_ID, '--outline', OUTLINE, '--no-cache', '--json', join(home, 'r.json'), ...extra);
const reportOf = () => JSON.parse(readFileSync(join(home, 'r.json'), 'utf8')) as ReviewReport;

describe('khung review when the folder cannot be read: one Vietnamese line, exit 2', () => {
  const cases: Array<[string, () => void, RegExp]> = [
    [
      'no access (403)',
      () =>
        fake.fail(`/drive/v3/files/${FOLDER_ID}`, {
          status: 403,
          body: driveError(
            403,
            'insufficientFilePermissions',
            'The user does not have sufficient permissions for this file.',
          ),
        }),
      /^khung: Không có quyền đọc thư mục 1Folder\w+ \(403\): hãy chia sẻ cho tài khoản/,
    ],
    [
      'not found (404)',
      () =>
        fake.fail(`/drive/v3/files/${FOLDER_ID}`, {
          status: 404,
          body: driveError(404, 'notFound', `File not found: ${FOLDER_ID}.`),
        }),
      /^khung: Không tìm thấy thư mục 1Folder\w+ \(404\)/,
    ],
    [
      'bad credentials (401)',
      () =>
        fake.fail('/drive/', {
          status: 401,
          body: docsError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'),
        }),
      /^khung: Thông tin đăng nhập Google không hợp lệ hoặc đã hết hạn \(401\)/,
    ],
    [
      'malformed JSON in the file list',
      () => fake.fail('/drive/v3/files', { status: 200, body: '{"files": [{"id": "abc", "name": ' }),
      /^khung: Google trả về dữ liệu không đúng định dạng khi đọc /,
    ],
    [
      'the Drive API not enabled',
      () =>
        fake.fail('/drive/', {
          status: 403,
          body: docsError(
            403,
            'PERMISSION_DENIED',
            'Google Drive API has not been used in project 123 before or it is disabled.',
            'SERVICE_DISABLED',
          ),
        }),
      /^khung: Dự án Google Cloud chưa bật API cần dùng \(403\)/,
    ],
  ];
  for (const [what, arrange, message] of cases) {
    it(what, async () => {
      arrange();
      const { code, out, err } = await review();
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toMatch(/at .*\.(ts|js):\d+/);
    });
  }

  it('a document id instead of a folder', async () => {
    const doc = REPORTS[0];
    const { code, err } = await run(
      'review',
      `https://docs.google.com/document/d/${doc?.id}/edit`,
      '--outline',
      OUTLINE,
    );
    expect(code).toBe(2);
    expect(err).toBe(
      `khung: “${doc?.name}” không phải thư mục Google Drive (là ${MIME.googleDoc}): hãy đưa mã hoặc đường dẫn của thư mục chứa các báo cáo.\n`,
    );
  });

  it('no network (connection refused)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    process.env.KHUNG_GOOGLE_API_ROOT = `http://127.0.0.1:${port}/`;
    const { code, err } = await review();
    expect(code).toBe(2);
    expect(err).toMatch(
      /^khung: Không kết nối được tới Google \(ECONNREFUSED\) khi đọc thư mục .*: kiểm tra mạng, proxy hoặc tường lửa\.\n$/,
    );
  });

  it('no credentials at all', async () => {
    process.env.XDG_CONFIG_HOME = join(home, 'trong');
    process.env.CLOUDSDK_CONFIG = join(home, 'khong-co-gcloud');
    const { code, err } = await review();
    delete process.env.CLOUDSDK_CONFIG;
    expect(code).toBe(2);
    expect(err).toMatch(
      /^khung: Chưa có thông tin đăng nhập Google: dùng --key .*--client-secret .*GOOGLE_APPLICATION_CREDENTIALS/,
    );
  });

  it('usage mistakes', async () => {
    expect((await run('review', FOLDER_ID)).err).toMatch(/khung review cần --outline <id>/);
    expect((await run('review', 'không phải mã', '--outline', OUTLINE)).err).toMatch(
      /Không nhận ra mã hay đường dẫn thư mục/,
    );
    expect((await run('review', FOLDER_ID, '--outline', OUTLINE, '--concurrency', '0')).err).toMatch(
      /--concurrency cần số nguyên từ 1 đến 16/,
    );
    expect((await run('review')).code).toBe(2);
  });
});

describe('khung review when single files fail: reported per file, the others kept', () => {
  const [a, b, c] = REPORTS.filter((r) => r.kind === 'gdoc' && r.expected === 'ok');

  it('403 on one document, malformed JSON on another, a 503 then success on a third', async () => {
    fake.fail(`/v1/documents/${a?.id}`, {
      status: 403,
      body: docsError(403, 'PERMISSION_DENIED', 'The caller does not have permission'),
    });
    fake.fail(`/v1/documents/${b?.id}`, { status: 200, body: '<html>Proxy login</html>' });
    fake.fail(`/v1/documents/${c?.id}`, {
      status: 503,
      body: docsError(503, 'UNAVAILABLE', 'The service is currently unavailable.'),
    });
    const { code } = await review();
    const report = reportOf();
    const entry = (id: string | undefined) => report.entries.find((e) => e.id === id);
    expect(code).toBe(1);
    expect(entry(a?.id)).toMatchObject({
      status: 'failed',
      problem: `Không có quyền đọc tài liệu “${a?.name}” (403): hãy chia sẻ cho tài khoản mà khung đang dùng.`,
    });
    expect(entry(b?.id)?.problem).toMatch(/^Google trả về dữ liệu không đúng định dạng khi đọc tài liệu “/);
    expect(entry(c?.id)?.status).toBe('ok');
    expect(report.entries).toHaveLength(13);
    expect(report.totals).toEqual({ ok: 4, errors: 5, failed: 3, skipped: 1 });
  });

  it('404 on a document that was deleted after the listing', async () => {
    fake.fail(`/v1/documents/${a?.id}`, {
      status: 404,
      body: docsError(404, 'NOT_FOUND', 'Requested entity was not found.'),
    });
    await review();
    expect(reportOf().entries.find((e) => e.id === a?.id)?.problem).toMatch(
      /^Không tìm thấy tài liệu “.*” \(404\)/,
    );
  });

  it('gives up on a document still throttled after every retry, with a quota message, waiting as told', async () => {
    const quota = {
      status: 429,
      headers: { 'retry-after': '3' },
      body: docsError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded'),
    };
    const id = REPORTS[2]?.id ?? '';
    fake.fail(`/drive/v3/files/${id}`, quota, quota, quota, quota, quota, quota);
    const waits: number[] = [];
    const clients = createClients(
      {
        kind: 'oauth',
        token: {
          type: 'authorized_user',
          client_id: 'c',
          client_secret: 's',
          access_token: 'test-token',
          expiry_date: Date.now() + 3_600_000,
        },
        save: () => {},
      },
      fake.url,
    );
    const outline = loadBuiltInOutlines().outlines.find((o) => o.id === OUTLINE);
    if (!outline) throw new Error('outline missing');
    const report = await runReview({
      clients,
      folderId: FOLDER_ID,
      outline,
      concurrency: 4,
      progress: createProgress(() => {}, false),
      backoff: { ...DEFAULT_BACKOFF, sleep: async (ms) => void waits.push(ms), random: () => 0 },
    });
    const entry = report.entries.find((e) => e.id === id);
    expect(entry?.problem).toMatch(
      /^Google báo vượt hạn mức truy cập \(429\) khi đọc tệp “CĐCS Bệnh viện Đa khoa tỉnh\.docx”/,
    );
    expect(fake.failures.get(`/drive/v3/files/${id}`)).toEqual([]);
    // Six attempts, five waits: never shorter than Retry-After (3 s), doubling once past it.
    expect(waits).toEqual([3000, 3000, 3000, 4000, 8000]);
    expect(report.totals.failed).toBe(2);
  });

  it('falls back to a Drive export to .docx when the Docs API is not enabled', async () => {
    const disabled = {
      status: 403,
      body: docsError(
        403,
        'PERMISSION_DENIED',
        'Google Docs API has not been used in project 123 before or it is disabled.',
        'SERVICE_DISABLED',
      ),
    };
    fake.fail(`/v1/documents/${a?.id}`, disabled);
    const before = fake.seen.length;
    await review();
    const exports = fake.seen.slice(before).filter((r) => r.path.endsWith('/export'));
    expect(exports.map((r) => [r.path, r.query.get('mimeType')])).toEqual([
      [`/drive/v3/files/${a?.id}/export`, MIME.docx],
    ]);
    expect(reportOf().entries.find((e) => e.id === a?.id)?.status).toBe('ok');
  });
});
