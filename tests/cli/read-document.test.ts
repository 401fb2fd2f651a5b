import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KhungInputError, type KhungInputErrorCode } from '../../cli/errors.ts';
import { docFromHtml } from '../../cli/read/html.ts';
import { docFromMarkdown } from '../../cli/read/markdown.ts';
import { readDocument } from '../../cli/read-document.ts';
import { DocModel } from '../../shared/core/document/doc-model.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { makeDocx } from '../helpers/make-docx.ts';

let dir = '';
const file = async (name: string, content: string | Uint8Array): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'khung-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads a path that must fail, and returns the KhungInputError it failed with. */
async function failure(path: string): Promise<KhungInputError> {
  const error: unknown = await readDocument(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KhungInputError);
  return error as KhungInputError;
}

describe('readDocument: .docx', () => {
  /** The Normal style of makeDocx: Times New Roman 14, neither bold nor italic. */
  const normal = { bold: false, italic: false, fontFamily: 'Times New Roman', fontSizePt: 14 };

  it('reads headings, a bold centred paragraph, a normal paragraph, a 2×2 table and the page', async () => {
    const docx = await makeDocx(
      [
        { text: 'BÁO CÁO', style: 'Title', align: 'center' },
        { text: 'I. ĐẶC ĐIỂM TÌNH HÌNH', style: 'Heading1' },
        { text: '1. Tình hình chung', style: 'Heading2' },
        { text: 'Kính gửi: Ban Thường vụ Công đoàn Giáo dục Việt Nam', bold: true, align: 'center' },
        { text: 'Năm 2024, Công đoàn cơ sở đã tổ chức 12 hoạt động.' },
        { text: 'Hà Nội, ngày 05 tháng 3 năm 2025', italic: true, align: 'right' },
        { text: 'Căn cứ Điều lệ Công đoàn Việt Nam;', align: 'both' },
      ],
      [
        [
          ['TỔNG LIÊN ĐOÀN LAO ĐỘNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          ['Số: 12/BC-CĐ', 'Độc lập - Tự do - Hạnh phúc'],
        ],
      ],
    );
    const doc = await readDocument(await file('bao-cao-2024.docx', docx));
    expect(doc).toEqual({
      meta: {
        name: 'bao-cao-2024.docx',
        source: 'docx',
        styled: true,
        page: {
          widthMm: 210,
          heightMm: 297,
          marginTopMm: 20,
          marginBottomMm: 20,
          marginLeftMm: 30,
          marginRightMm: 15,
        },
      },
      blocks: [
        {
          text: 'BÁO CÁO',
          style: { ...normal, headingLevel: 0, alignment: 'center', bold: true, fontSizePt: 16 },
        },
        { text: 'I. ĐẶC ĐIỂM TÌNH HÌNH', style: { ...normal, headingLevel: 1, bold: true } },
        { text: '1. Tình hình chung', style: { ...normal, headingLevel: 2, bold: true } },
        {
          text: 'Kính gửi: Ban Thường vụ Công đoàn Giáo dục Việt Nam',
          style: { ...normal, bold: true, alignment: 'center' },
        },
        { text: 'Năm 2024, Công đoàn cơ sở đã tổ chức 12 hoạt động.', style: normal },
        { text: 'Hà Nội, ngày 05 tháng 3 năm 2025', style: { ...normal, italic: true, alignment: 'right' } },
        { text: 'Căn cứ Điều lệ Công đoàn Việt Nam;', style: { ...normal, alignment: 'justify' } },
        { text: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG', style: normal, table: { table: 0, row: 0, cell: 0 } },
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: normal, table: { table: 0, row: 0, cell: 1 } },
        { text: 'Số: 12/BC-CĐ', style: normal, table: { table: 0, row: 1, cell: 0 } },
        { text: 'Độc lập - Tự do - Hạnh phúc', style: normal, table: { table: 0, row: 1, cell: 1 } },
      ],
    });
    expect(DocModel.safeParse(doc).success).toBe(true);
  });

  it('keeps a heading recognised when it is also centred, and reads an upper-case .DOCX', async () => {
    const docx = await makeDocx([{ text: 'II. NHIỆM VỤ', style: 'Heading1', align: 'center' }]);
    const doc = await readDocument(await file('KE-HOACH.DOCX', docx));
    expect(doc.blocks).toEqual([
      { text: 'II. NHIỆM VỤ', style: { ...normal, headingLevel: 1, alignment: 'center', bold: true } },
    ]);
  });

  it('says a document with no text is empty', async () => {
    const error = await failure(await file('trong.docx', await makeDocx([{ text: '   ' }])));
    expect([error.code, error.message]).toEqual(['empty', 'Tệp không có nội dung: trong.docx']);
  });
});

describe('readDocument: text formats', () => {
  const text = 'BÁO CÁO\nKết quả hoạt động năm 2024\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n';

  it('reads .txt through docFromText, stripping a BOM', async () => {
    const doc = await readDocument(await file('a.txt', `\uFEFF${text}`));
    expect(doc).toEqual(docFromText(text, { name: 'a.txt', source: 'text', styled: false }));
    expect(doc.blocks[0]?.text).toBe('BÁO CÁO');
  });

  it('reads .md and .markdown through docFromMarkdown', async () => {
    const md = '\uFEFF# BÁO CÁO\n\n**Kính gửi:** Ban Thường vụ\n';
    const expected = docFromMarkdown(md.slice(1), { name: 'b.md', source: 'markdown', styled: false });
    expect(await readDocument(await file('b.md', md))).toEqual(expected);
    expect(expected.blocks[0]).toEqual({ text: 'BÁO CÁO', style: { headingLevel: 1 }, line: 1 });
    const long = await readDocument(await file('c.Markdown', md));
    expect(long.meta).toEqual({ name: 'c.Markdown', source: 'markdown', styled: false });
  });

  it('reads .html and .htm through docFromHtml', async () => {
    const html = '<h1>BÁO CÁO</h1><p style="text-align:center"><b>Kính gửi</b></p>';
    const expected = docFromHtml(html, { name: 'd.htm', source: 'html', styled: true });
    expect(await readDocument(await file('d.htm', html))).toEqual(expected);
    expect(expected.blocks).toEqual([
      { text: 'BÁO CÁO', style: { headingLevel: 1 } },
      { text: 'Kính gửi', style: { bold: true, alignment: 'center' } },
    ]);
    expect((await readDocument(await file('e.HTML', html))).meta.source).toBe('html');
  });

  it('does not throw on bytes no Vietnamese encoding explains: read as Windows-1252, and said so', async () => {
    // "Café crème" saved by a Western Windows: 0xE9 é, 0xE8 è, not UTF-8 and no Vietnamese syllable.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]);
    const notes: string[] = [];
    const doc = await readDocument(await file('cu.txt', bytes), { note: (t) => notes.push(t) });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Café crème']);
    expect(notes).toEqual([
      'cu.txt: không phải UTF-8 và không nhận ra bảng mã tiếng Việt nào (Windows-1258, TCVN3, VNI); đã đọc theo Windows-1252, chữ có dấu có thể sai.',
    ]);
  });

  it('reads UTF-16 text saved by Notepad (with its BOM)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Công đoàn', 'utf16le')]);
    const doc = await readDocument(await file('u16.txt', utf16));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Công đoàn']);
  });
});

describe('readDocument: errors are one Vietnamese line naming the file', () => {
  const cases: Array<{
    name: string;
    make: () => Promise<string>;
    code: KhungInputErrorCode;
    message: string;
  }> = [
    {
      name: 'a missing file',
      make: async () => join(dir, 'bao-cao.docx'),
      code: 'not-found',
      message: 'Không tìm thấy tệp: bao-cao.docx',
    },
    {
      name: 'a .pdf',
      make: () => file('x.pdf', '%PDF-1.7'),
      code: 'unsupported-type',
      message: 'Không hỗ trợ loại tệp ".pdf" (chỉ đọc .docx, .txt, .md, .html): x.pdf',
    },
    {
      name: 'a file without an extension',
      make: () => file('README', 'x'),
      code: 'unsupported-type',
      message: 'Không hỗ trợ loại tệp "không có đuôi" (chỉ đọc .docx, .txt, .md, .html): README',
    },
    {
      name: 'random bytes named .docx',
      make: () => file('x.docx', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256))),
      code: 'corrupt',
      message: 'Tệp .docx bị hỏng hoặc không phải .docx: x.docx',
    },
    {
      name: 'a zip without word/document.xml',
      make: async () => {
        const zip = new JSZip();
        zip.file('[Content_Types].xml', '<Types/>');
        zip.file('readme.txt', 'không phải Word');
        return file('goi.docx', await zip.generateAsync({ type: 'uint8array' }));
      },
      code: 'corrupt',
      message: 'Tệp .docx bị hỏng hoặc không phải .docx: goi.docx',
    },
    {
      name: 'a zip whose document.xml is not XML',
      make: async () => {
        const zip = new JSZip();
        zip.file('word/document.xml', '<w:document><w:body><w:p>');
        return file('xml.docx', await zip.generateAsync({ type: 'uint8array' }));
      },
      code: 'corrupt',
      message: 'Tệp .docx bị hỏng hoặc không phải .docx: xml.docx',
    },
    {
      name: 'an old Word 97–2003 file renamed to .docx',
      make: () => file('cu.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])),
      code: 'corrupt',
      message: 'Tệp .docx bị hỏng hoặc không phải .docx (có thể là tệp .doc cũ hoặc có mật khẩu): cu.docx',
    },
    {
      name: 'an empty .txt',
      make: () => file('rong.txt', ''),
      code: 'empty',
      message: 'Tệp không có nội dung: rong.txt',
    },
    {
      name: 'a .txt with only blank lines',
      make: () => file('trang.txt', ' \n\t\n'),
      code: 'empty',
      message: 'Tệp không có nội dung: trang.txt',
    },
    {
      name: 'an .html with no text',
      make: () => file('trong.html', '<html><head><title>x</title></head><body><p> </p></body></html>'),
      code: 'empty',
      message: 'Tệp không có nội dung: trong.html',
    },
    {
      name: 'a directory',
      make: async () => {
        await mkdir(join(dir, 'thu-muc.docx'));
        return join(dir, 'thu-muc.docx');
      },
      code: 'unreadable',
      message: 'Đây là thư mục, không phải tệp: thu-muc.docx',
    },
  ];

  it.each(cases)('$name → $code', async ({ make, code, message }) => {
    const error = await failure(await make());
    expect({ code: error.code, message: error.message, name: error.name }).toEqual({
      code,
      message,
      name: 'KhungInputError',
    });
    expect(error.message).not.toMatch(/\n|Error|zip|Could not|ENOENT/i);
  });

  it('keeps the library error as the cause, out of the message', async () => {
    const error = await failure(await file('y.docx', 'not a zip'));
    expect(error.cause).toBeInstanceOf(Error);
  });
});
