import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLDER_ID, fillFakeFolder, REPORTS } from '../review/fake-folder.ts';
import { run, signInFake } from '../review/review-env.ts';
import { docsError, FakeGoogle } from './fake-google.ts';

let fake: FakeGoogle;
const complete = REPORTS.find((r) => r.kind === 'gdoc' && r.expected === 'ok');
const missingV = REPORTS.find((r) => r.omit.includes('V'));
const docx = REPORTS.find((r) => r.kind === 'docx' && r.omit.length === 0 && !r.corrupt);

beforeAll(async () => {
  fake = await new FakeGoogle().start();
  await fillFakeFolder(fake);
  signInFake(fake);
});
afterAll(() => fake.stop());

describe('khung check gdoc:<id or URL>', () => {
  it('checks a Google Doc given by its URL, through the Docs API, and exits 0 when it has no error', async () => {
    const { code, out, err } = await run(
      'check',
      `gdoc:https://docs.google.com/document/d/${complete?.id}/edit?tab=t.0`,
      '--outline',
      'thanh-hoa-bao-cao-cdcs-nam-2023',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('✓ V. NHỮNG KIẾN NGHỊ, ĐỀ XUẤT');
    expect(fake.requests(`/v1/documents/${complete?.id}`).at(-1)?.query.get('includeTabsContent')).toBe(
      'true',
    );
  });

  it('finds the missing section of a report given by its id alone, in JSON', async () => {
    const { code, out } = await run(
      'check',
      `gdoc:${missingV?.id}`,
      '--outline',
      'thanh-hoa-bao-cao-cdcs-nam-2023',
      '--format',
      'json',
    );
    const json = JSON.parse(out);
    expect(code).toBe(1);
    expect(json.outline.id).toBe('thanh-hoa-bao-cao-cdcs-nam-2023');
    expect(json.sections.find((s: { path: string }) => s.path === 'V').found).toBe(false);
    expect(
      json.findings.some(
        (f: { ruleId: string; where: string }) =>
          f.ruleId === 'required-section' && /^đoạn \d+$/.test(f.where),
      ),
    ).toBe(true);
  });

  it('reads a .docx stored in Drive the same way', async () => {
    const { code, out } = await run(
      'check',
      `gdoc:https://drive.google.com/file/d/${docx?.id}/view`,
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).outline.id).toBe('thanh-hoa-bao-cao-cdcs-nam-2023');
  });

  it('says one Vietnamese line and exits 2 for a document it cannot read', async () => {
    fake.fail(`/drive/v3/files/${complete?.id}`, {
      status: 404,
      body: docsError(404, 'NOT_FOUND', 'File not found'),
    });
    const notFound = await run('check', `gdoc:${complete?.id}`);
    expect(notFound).toMatchObject({ code: 2, out: '' });
    expect(notFound.err).toMatch(/^khung: Không tìm thấy tài liệu \w+ \(404\)/);
    const folder = await run('check', `gdoc:${FOLDER_ID}`);
    expect(folder.err).toMatch(/là thư mục: để rà soát cả thư mục, dùng khung review/);
    const bad = await run('check', 'gdoc:https://example.com/');
    expect(bad.err).toMatch(/^khung: Không nhận ra mã hay đường dẫn Google Docs/);
  });
});
