import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIME } from '../../../cli/google/drive-schema.ts';
import type { ReviewReport } from '../../../cli/review/review-model.ts';
import { FakeGoogle } from '../google/fake-google.ts';
import { run, signInFake } from '../review/review-env.ts';
import { docxBomb } from './docx-bomb.ts';
import { wordReport } from './word-report.ts';

const FOLDER = '1FolderWordReportsAbCdEfGhIjK';
let fake: FakeGoogle;
let home: string;

beforeAll(async () => {
  fake = await new FakeGoogle().start();
  const base = { parents: [FOLDER], modifiedTime: '2023-12-05T02:00:00.000Z', version: '1' };
  fake.add({
    id: FOLDER,
    name: 'Báo cáo Word',
    mimeType: MIME.folder,
    parents: ['root'],
    modifiedTime: base.modifiedTime,
    version: '1',
  });
  fake.add({
    ...base,
    id: '1DocxHamRongAbCdEfGhIjKlMnOp',
    name: 'Hàm Rồng.docx',
    mimeType: MIME.docx,
    bytes: await wordReport(),
  });
  fake.add({
    ...base,
    id: '1DocxBomAbCdEfGhIjKlMnOpQrSt',
    name: 'Bom nén.docx',
    mimeType: MIME.docx,
    bytes: await docxBomb(200),
  });
  home = signInFake(fake);
}, 120_000);
afterAll(() => fake.stop());

describe('khung review of Word reports, one of them a .docx bomb', () => {
  it('completes, reads the Word-numbered report in full and lists the bomb as unreadable', async () => {
    const json = join(home, 'bao-cao.json');
    const result = await run(
      'review',
      FOLDER,
      '--outline',
      'thanh-hoa-bao-cao-cdcs-nam-2023',
      '--out',
      join(home, 'bao-cao.html'),
      '--json',
      json,
    );
    const report = JSON.parse(readFileSync(json, 'utf8')) as ReviewReport;
    const entry = (name: string) => report.entries.find((e) => e.name === name);
    expect(entry('Hàm Rồng.docx')).toMatchObject({ status: 'ok' });
    expect(entry('Hàm Rồng.docx')?.present.every(Boolean)).toBe(true);
    expect(entry('Bom nén.docx')).toMatchObject({
      status: 'failed',
      problem: expect.stringMatching(/Tệp quá lớn khi giải nén: Bom nén\.docx/),
    });
    expect(result.code).toBe(1);
  }, 60_000);
});
