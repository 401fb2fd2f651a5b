import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { docs_v1 } from '@googleapis/docs';
import { MIME } from '../../../cli/google/drive-schema.ts';
import { makeDocx } from '../../helpers/make-docx.ts';
import { docsError, type FakeGoogle } from '../google/fake-google.ts';
import { gdoc } from '../google/gdoc-builder.ts';
import { sampleReport, toDocxParagraphs, toGdocParagraphs } from './sample-reports.ts';

export const FOLDER_ID = '1FolderBaoCaoNam2023AbCdEfGhIjKl';

/** One report of the fake folder and what the review must say about it. */
export interface FakeReport {
  id: string;
  name: string;
  kind: 'gdoc' | 'docx' | 'pdf';
  /** Required sections left out (paths). */
  omit: string[];
  expected: 'ok' | 'errors' | 'failed' | 'skipped';
  /** Answers 429 (Retry-After: 0) once before the document. */
  throttled?: boolean;
  corrupt?: boolean;
}

/** Twelve unit reports to the Thanh Hóa outline — complete, missing sections, one corrupt, one throttled — and a PDF. */
export const REPORTS: FakeReport[] = [
  {
    id: '1DocHamRongAbCdEfGhIjKlMnOp',
    name: 'CĐCS Trường THPT Hàm Rồng',
    kind: 'gdoc',
    omit: [],
    expected: 'ok',
  },
  {
    id: '1DocDienBienAbCdEfGhIjKlMnO',
    name: 'CĐCS Trường THCS Điện Biên',
    kind: 'gdoc',
    omit: [],
    expected: 'ok',
  },
  {
    id: '1DocxBenhVienAbCdEfGhIjKlMn',
    name: 'CĐCS Bệnh viện Đa khoa tỉnh.docx',
    kind: 'docx',
    omit: [],
    expected: 'ok',
  },
  {
    id: '1DocSoTuPhapAbCdEfGhIjKlMnO',
    name: 'CĐCS Sở Tư pháp',
    kind: 'gdoc',
    omit: ['III.2'],
    expected: 'errors',
  },
  {
    id: '1DocQuangTrungAbCdEfGhIjKlM',
    name: 'CĐCS Trường Tiểu học Quang Trung',
    kind: 'gdoc',
    omit: ['V'],
    expected: 'errors',
  },
  {
    id: '1DocxHoangHoaAbCdEfGhIjKlMn',
    name: 'CĐCS Trung tâm Y tế Hoằng Hóa.docx',
    kind: 'docx',
    omit: ['III'],
    expected: 'errors',
  },
  {
    id: '1DocxHoaSenAbCdEfGhIjKlMnOp',
    name: 'CĐCS Trường Mầm non Hoa Sen.docx',
    kind: 'docx',
    omit: ['IV', 'V'],
    expected: 'errors',
  },
  {
    id: '1DocSoGiaoDucAbCdEfGhIjKlMn',
    name: 'CĐCS Sở Giáo dục và Đào tạo',
    kind: 'gdoc',
    omit: [],
    expected: 'ok',
    throttled: true,
  },
  {
    id: '1DocxBanQuanLyAbCdEfGhIjKlM',
    name: 'CĐCS Ban Quản lý dự án.docx',
    kind: 'docx',
    omit: [],
    expected: 'failed',
    corrupt: true,
  },
  {
    id: '1DocVanPhongAbCdEfGhIjKlMnO',
    name: 'CĐCS Văn phòng UBND tỉnh',
    kind: 'gdoc',
    omit: [],
    expected: 'ok',
  },
  {
    id: '1DocChiCucThueAbCdEfGhIjKlM',
    name: 'CĐCS Chi cục Thuế khu vực',
    kind: 'gdoc',
    omit: ['I'],
    expected: 'errors',
  },
  {
    id: '1DocxCaoDangAbCdEfGhIjKlMnO',
    name: 'CĐCS Trường Cao đẳng Y tế.docx',
    kind: 'docx',
    omit: [],
    expected: 'ok',
  },
  {
    id: '1PdfHuongDanAbCdEfGhIjKlMnO',
    name: 'Hướng dẫn 148-HD-CĐVC.pdf',
    kind: 'pdf',
    omit: [],
    expected: 'skipped',
  },
];

const unitOf = (name: string) => name.replace(/^CĐCS /, '').replace(/\.docx$/, '');

/** The tabbed fixture's second tab appended to a report, so one submission has tabs. */
function withAppendixTab(document: docs_v1.Schema$Document): docs_v1.Schema$Document {
  const tabbed = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/google/tabbed-document.json'), 'utf8'),
  ) as docs_v1.Schema$Document;
  const appendix = tabbed.tabs?.[0]?.childTabs ?? [];
  const [first] = document.tabs ?? [];
  return first ? { ...document, tabs: [{ ...first, childTabs: appendix }] } : document;
}

/** Fills the fake Drive with the folder and its files; returns the folder id. */
export async function fillFakeFolder(
  fake: FakeGoogle,
  modifiedTime = '2023-12-05T02:00:00.000Z',
): Promise<string> {
  fake.add({
    id: FOLDER_ID,
    name: 'Báo cáo năm 2023 các CĐCS',
    mimeType: MIME.folder,
    parents: ['root'],
    modifiedTime,
    version: '3',
  });
  for (const r of REPORTS) {
    const paragraphs = sampleReport(unitOf(r.name), r.omit);
    const base = { id: r.id, name: r.name, parents: [FOLDER_ID], modifiedTime, version: '7' };
    if (r.kind === 'gdoc') {
      let document = gdoc(r.id, r.name, toGdocParagraphs(paragraphs));
      if (r.name.includes('Văn phòng')) document = withAppendixTab(document);
      fake.add({
        ...base,
        mimeType: MIME.googleDoc,
        document,
        bytes: await makeDocx(toDocxParagraphs(paragraphs)),
      });
    } else if (r.kind === 'docx') {
      const bytes = r.corrupt
        ? Buffer.from('PK\u0003\u0004 đây không phải tệp zip hoàn chỉnh')
        : await makeDocx(toDocxParagraphs(paragraphs));
      fake.add({ ...base, mimeType: MIME.docx, bytes });
    } else {
      fake.add({ ...base, mimeType: 'application/pdf', bytes: Buffer.from('%PDF-1.4') });
    }
    if (r.throttled)
      fake.fail(`/v1/documents/${r.id}`, {
        status: 429,
        headers: { 'retry-after': '0' },
        body: docsError(
          429,
          'RESOURCE_EXHAUSTED',
          "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'.",
          'RATE_LIMIT_EXCEEDED',
        ),
      });
  }
  return FOLDER_ID;
}
