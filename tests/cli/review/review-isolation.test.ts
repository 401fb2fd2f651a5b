import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MIME } from '../../../cli/google/drive-schema.ts';
import type { ReviewReport } from '../../../cli/review/review-model.ts';
import { makeDocx } from '../../helpers/make-docx.ts';
import { FakeGoogle } from '../google/fake-google.ts';
import { gdoc } from '../google/gdoc-builder.ts';
import { run, signInFake } from './review-env.ts';
import { sampleReport, toDocxParagraphs, toGdocParagraphs } from './sample-reports.ts';

const OUTLINE = 'thanh-hoa-bao-cao-cdcs-nam-2023';
const FOLDER = '1FolderCoTepQuaLonAbCdEfGhIjK';
const SMALL = '1FolderHaiTepNhoAbCdEfGhIjKl';
const BOMB = '1DocQuaLonAbCdEfGhIjKlMnOpQr';
let fake: FakeGoogle;
let home: string;

beforeAll(async () => {
  fake = await new FakeGoogle().start();
  const base = { parents: [FOLDER], modifiedTime: '2023-12-05T02:00:00.000Z', version: '1' };
  fake.add({
    ...base,
    id: FOLDER,
    name: 'Thư mục có một tệp quá lớn',
    mimeType: MIME.folder,
    parents: ['root'],
  });
  fake.add({ ...base, id: SMALL, name: 'Thư mục hai tệp', mimeType: MIME.folder, parents: ['root'] });
  const report = sampleReport('Trường THPT Hàm Rồng');
  fake.add({
    ...base,
    parents: [FOLDER, SMALL],
    id: '1DocHamRongAbCdEfGhIjKlMnOp',
    name: 'CĐCS Trường THPT Hàm Rồng',
    mimeType: MIME.googleDoc,
    document: gdoc('1DocHamRongAbCdEfGhIjKlMnOp', 'Hàm Rồng', toGdocParagraphs(report)),
  });
  fake.add({
    ...base,
    parents: [FOLDER, SMALL],
    id: '1DocxBenhVienAbCdEfGhIjKlMn',
    name: '=HYPERLINK("http://x.invalid","Bệnh viện").docx',
    mimeType: MIME.docx,
    bytes: await makeDocx(toDocxParagraphs(sampleReport('Bệnh viện Đa khoa tỉnh'))),
  });
  // 16 MB of text in one Google Doc: holding it and its DocModel alone exceeds the worker's 64 MB.
  const huge = 'Công đoàn cơ sở đã tổ chức các hoạt động chăm lo cho đoàn viên. '.repeat(250_000);
  fake.add({
    ...base,
    id: BOMB,
    name: 'CĐCS gửi một tệp khổng lồ',
    mimeType: MIME.googleDoc,
    document: gdoc(BOMB, 'Khổng lồ', [...toGdocParagraphs(report), { text: huge }]),
  });
  home = signInFake(fake);
});
afterAll(() => fake.stop());
afterEach(() => {
  delete process.env.KHUNG_REVIEW_MEMORY_MB;
  delete process.env.KHUNG_REVIEW_TIMEOUT_S;
});

const reportOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ReviewReport;

describe('khung review reads and checks each document in its own worker', () => {
  it('turns a document that exhausts its worker’s memory into one row, and writes every report', async () => {
    process.env.KHUNG_REVIEW_MEMORY_MB = '64';
    const out = { html: join(home, 'a.html'), csv: join(home, 'a.csv'), json: join(home, 'a.json') };
    const { code, out: summary } = await run(
      'review',
      FOLDER,
      '--outline',
      OUTLINE,
      '--no-cache',
      '--out',
      out.html,
      '--csv',
      out.csv,
      '--json',
      out.json,
    );
    expect(code).toBe(1);
    const report = reportOf(out.json);
    const status = Object.fromEntries(report.entries.map((e) => [e.id, e.status]));
    expect(status).toEqual({
      '1DocHamRongAbCdEfGhIjKlMnOp': 'ok',
      '1DocxBenhVienAbCdEfGhIjKlMn': 'ok',
      [BOMB]: 'failed',
    });
    const bomb = report.entries.find((e) => e.id === BOMB);
    expect(bomb?.problem).toMatch(
      /^cần quá nhiều bộ nhớ để đọc và kiểm tra \(giới hạn 64 MB; biến KHUNG_REVIEW_MEMORY_MB\)$/,
    );
    expect(summary).toContain('3 tệp: 2 đạt, 0 có lỗi, 1 không đọc được, 0 bỏ qua.');
    expect(readFileSync(out.html, 'utf8')).toContain('Không đọc được: cần quá nhiều bộ nhớ');
    // The file named like a formula is text in the CSV.
    expect(readFileSync(out.csv, 'utf8')).toContain(`"'=HYPERLINK(""http://x.invalid"",""Bệnh viện"").docx"`);
  }, 120_000);

  it('stops a document that takes longer than its time, and still completes the run', async () => {
    process.env.KHUNG_REVIEW_TIMEOUT_S = '0.001';
    const json = join(home, 'b.json');
    const { code } = await run('review', SMALL, '--outline', OUTLINE, '--no-cache', '--json', json);
    expect(code).toBe(1);
    const report = reportOf(json);
    expect(report.totals.failed).toBe(2);
    for (const e of report.entries)
      expect(e.problem).toBe('đọc và kiểm tra quá 0.001 giây (biến KHUNG_REVIEW_TIMEOUT_S)');
  }, 120_000);
});
