import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewReport } from '../../../cli/review/review-model.ts';
import { FakeGoogle } from '../google/fake-google.ts';
import { FOLDER_ID, fillFakeFolder, REPORTS } from './fake-folder.ts';
import { run, signInFake } from './review-env.ts';

const OUTLINE = 'thanh-hoa-bao-cao-cdcs-nam-2023';
const FOLDER_URL = `https://drive.google.com/drive/u/0/folders/${FOLDER_ID}?usp=sharing`;
let fake: FakeGoogle;
let home: string;

beforeAll(async () => {
  fake = await new FakeGoogle().start();
  await fillFakeFolder(fake);
  home = signInFake(fake);
});
afterAll(() => fake.stop());

describe('khung review of a folder of 12 reports (fake Drive and Docs APIs)', () => {
  let first: { code: number; out: string; err: string };
  let report: ReviewReport;
  const files = () => ({
    html: join(home, 'bao-cao.html'),
    csv: join(home, 'bao-cao.csv'),
    json: join(home, 'bao-cao.json'),
  });

  beforeAll(async () => {
    const f = files();
    first = await run(
      'review',
      FOLDER_URL,
      '--outline',
      OUTLINE,
      '--out',
      f.html,
      '--csv',
      f.csv,
      '--json',
      f.json,
    );
    report = JSON.parse(readFileSync(f.json, 'utf8')) as ReviewReport;
  }, 60_000);

  it('accounts for every file of the folder with the status it deserves, across list pages', () => {
    expect(report.entries.map((e) => e.name).sort()).toEqual(REPORTS.map((r) => r.name).sort());
    for (const r of REPORTS)
      expect({ name: r.name, status: report.entries.find((e) => e.id === r.id)?.status }).toEqual({
        name: r.name,
        status: r.expected,
      });
    expect(report.totals).toEqual({ ok: 6, errors: 5, failed: 1, skipped: 1 });
    expect(fake.requests('/drive/v3/files').filter((r) => r.path === '/drive/v3/files').length).toBe(3);
  });

  it('exits 1 (some reports have errors or could not be read) and prints the summary table', () => {
    expect(first.code).toBe(1);
    expect(first.out).toContain(
      'Rà soát thư mục “Báo cáo năm 2023 các CĐCS” theo đề cương thanh-hoa-bao-cao-cdcs-nam-2023',
    );
    expect(first.out).toMatch(/CĐCS Sở Tư pháp\s+Có lỗi\s+\d+\s+\d+\s+III\.2/);
    expect(first.out).toContain('13 tệp: 6 đạt, 5 có lỗi, 1 không đọc được, 1 bỏ qua.');
  });

  it('marks the missing required sections of each unit in the matrix', () => {
    const missing = (id: string) => {
      const e = report.entries.find((x) => x.id === id);
      return report.sections.filter((_, i) => e && !e.present[i]).map((s) => s.path);
    };
    expect(report.sections.map((s) => s.path)).toEqual([
      'I',
      'II',
      'III',
      'III.1',
      'III.2',
      'III.3',
      'IV',
      'V',
    ]);
    const byName = (n: string) => REPORTS.find((r) => r.name.includes(n))?.id ?? '';
    expect(missing(byName('Sở Tư pháp'))).toEqual(['III.2']);
    expect(missing(byName('Quang Trung'))).toEqual(['V']);
    expect(missing(byName('Hoằng Hóa'))).toEqual(['III', 'III.1', 'III.2', 'III.3']);
    expect(missing(byName('Hoa Sen'))).toEqual(['IV', 'V']);
    expect(missing(byName('Chi cục Thuế'))).toEqual(['I']);
    expect(missing(byName('Hàm Rồng'))).toEqual([]);
    expect(missing(byName('Bệnh viện'))).toEqual([]);
  });

  it('retries the throttled document after its 429 and reads it', () => {
    const throttled = REPORTS.find((r) => r.throttled);
    expect(fake.requests(`/v1/documents/${throttled?.id}`)).toHaveLength(2);
    expect(first.err).toContain('CĐCS Sở Giáo dục và Đào tạo: 429; chờ');
  });

  it('reports the corrupt .docx with its reason and still checks the others', () => {
    const corrupt = report.entries.find((e) => e.status === 'failed');
    expect(corrupt?.name).toBe('CĐCS Ban Quản lý dự án.docx');
    expect(corrupt?.problem).toMatch(
      /^Tệp \.docx bị hỏng hoặc không phải \.docx: CĐCS Ban Quản lý dự án\.docx$/,
    );
    expect(report.entries.find((e) => e.status === 'skipped')?.problem).toContain('application/pdf');
  });

  it('reads Google Docs through the Docs API with tabs, and .docx through alt=media', () => {
    const docsCalls = fake.requests('/v1/documents/');
    expect(
      docsCalls.every(
        (r) => r.query.get('includeTabsContent') === 'true' && r.authorization === 'Bearer test-token',
      ),
    ).toBe(true);
    const media = fake.requests('/drive/v3/files/').filter((r) => r.query.get('alt') === 'media');
    expect(media.map((r) => r.path.split('/').pop()).sort()).toEqual(
      REPORTS.filter((r) => r.kind === 'docx')
        .map((r) => r.id)
        .sort(),
    );
    expect(fake.requests('/drive/v3/files/').some((r) => r.path.endsWith('/export'))).toBe(false);
  });

  it('writes a CSV with a BOM, CRLF lines and one column per required section', () => {
    const csv = readFileSync(files().csv, 'utf8');
    expect(
      csv.startsWith(
        '\uFEFFTệp,Loại,Trạng thái,Lỗi,Cảnh báo,Gợi ý,Số mục bắt buộc thiếu,"I. TÌNH HÌNH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, LAO ĐỘNG",',
      ),
    ).toBe(true);
    expect(csv).toContain(',"III.1 Tồn tại, hạn chế","III.2 Nguyên nhân (khách quan, chủ quan)",');
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(14);
    const hoaSen = lines.find((l) => l.startsWith('CĐCS Trường Mầm non Hoa Sen.docx'));
    expect(hoaSen).toMatch(
      /^CĐCS Trường Mầm non Hoa Sen\.docx,\.docx,Có lỗi,\d+,\d+,\d+,2,Có,Có,Có,Có,Có,Có,Thiếu,Thiếu,,https:/,
    );
  });

  it('writes a self-contained HTML report in Vietnamese', () => {
    const html = readFileSync(files().html, 'utf8');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Rà soát báo cáo: Báo cáo năm 2023 các CĐCS');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).not.toMatch(/<(script|link)\b|src="http/);
  });

  it('reads nothing again on a second run when no file changed (cache by id and version)', async () => {
    const before = fake.seen.length;
    const again = await run('review', FOLDER_ID, '--outline', OUTLINE, '--json', join(home, 'lan-2.json'));
    const seen = fake.seen.slice(before).map((r) => r.path);
    expect(seen.filter((p) => p.startsWith('/v1/documents/'))).toEqual([]);
    // The corrupt file was never cached, so only it is downloaded again.
    expect(
      seen.filter((p) => /^\/drive\/v3\/files\/[^/]+$/.test(p) && p !== `/drive/v3/files/${FOLDER_ID}`),
    ).toEqual([`/drive/v3/files/${REPORTS.find((r) => r.corrupt)?.id}`]);
    const second = JSON.parse(readFileSync(join(home, 'lan-2.json'), 'utf8')) as ReviewReport;
    expect(second.entries.filter((e) => e.cached)).toHaveLength(11);
    expect(second.totals).toEqual(report.totals);
    expect(again.code).toBe(1);
  });

  it('reads again a file whose version changed', async () => {
    const changed = fake.files.get(REPORTS[0]?.id ?? '');
    if (changed) changed.version = '8';
    const before = fake.seen.length;
    await run('review', FOLDER_ID, '--outline', OUTLINE, '--json', join(home, 'lan-3.json'));
    expect(
      fake.seen
        .slice(before)
        .filter((r) => r.path.startsWith('/v1/documents/'))
        .map((r) => r.path),
    ).toEqual([`/v1/documents/${changed?.id}`]);
  });
});
