import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../cli/docx/read-docx.ts';
import type { Block, DocModel } from '../../../shared/core/document/doc-model.ts';
import { DocModel as DocModelSchema } from '../../../shared/core/document/doc-model.ts';
import {
  abstractNum,
  type DocxParts,
  docx,
  lvl,
  ND30_STYLES,
  num,
  numbering,
  p,
  run,
  style,
  styles,
  THEME,
  tbl,
} from './docx-xml.ts';

const read = async (parts: DocxParts): Promise<DocModel> => {
  const doc = await readDocx(await docx(parts), 'x.docx');
  expect(DocModelSchema.safeParse(doc).success).toBe(true);
  return doc;
};
const blocks = async (body: string, stylesXml = ND30_STYLES): Promise<Block[]> =>
  (await read({ body, styles: stylesXml })).blocks;
const TNR14 = { bold: false, italic: false, fontFamily: 'Times New Roman', fontSizePt: 14 };

describe('readDocx: look resolved through docDefaults → basedOn chain → paragraph style → direct', () => {
  it('takes font and size from the document defaults when no style sets them (an Arial 12 body)', async () => {
    const sheet = styles(
      '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="24"/>',
      style('Normal', { isDefault: true }),
    );
    expect((await blocks(p('Nội dung báo cáo.'), sheet))[0]?.style).toEqual({
      bold: false,
      italic: false,
      fontFamily: 'Arial',
      fontSizePt: 12,
    });
  });

  it('follows a style based on a style based on a style, the derived one winning', async () => {
    const sheet = styles(
      '<w:rFonts w:ascii="Arial"/><w:sz w:val="24"/>',
      style('Normal', { isDefault: true, rPr: '<w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/>' }),
      style('Heading1', {
        name: 'heading 1',
        basedOn: 'Normal',
        rPr: '<w:b/><w:sz w:val="30"/>',
        pPr: '<w:jc w:val="left"/>',
      }),
      style('MucLon', {
        name: 'Mục lớn',
        basedOn: 'Heading1',
        rPr: '<w:i/><w:sz w:val="26"/>',
        pPr: '<w:jc w:val="center"/>',
      }),
    );
    expect((await blocks(p('I. TÌNH HÌNH', { style: 'MucLon' }), sheet))[0]?.style).toEqual({
      headingLevel: 1,
      alignment: 'center',
      bold: true,
      italic: true,
      fontFamily: 'Times New Roman',
      fontSizePt: 13,
    });
  });

  it('lets direct formatting win over the style, and reads ST_OnOff "0" as off', async () => {
    const [block] = await blocks(
      p('Không đậm', { style: 'Heading1', rPr: '<w:b w:val="0"/><w:sz w:val="26"/>' }),
    );
    expect(block?.style).toEqual({ ...TNR14, headingLevel: 1, fontSizePt: 13 });
  });

  it('cancels bold set both by the paragraph style and by the character style (a toggle property)', async () => {
    const sheet = styles(
      '',
      style('Normal', { isDefault: true }),
      style('Heading1', { name: 'heading 1', basedOn: 'Normal', rPr: '<w:b/>' }),
      style('Dam', { type: 'character', rPr: '<w:b/>' }),
    );
    const [block] = await blocks(p(run('chữ', '<w:rStyle w:val="Dam"/>'), { style: 'Heading1' }), sheet);
    expect(block?.style.bold).toBe(false);
  });

  it('names the theme’s fonts for runs that refer to them (body Calibri, headings Cambria)', async () => {
    const sheet = styles(
      '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/>',
      style('Normal', { isDefault: true }),
      style('Heading1', {
        name: 'heading 1',
        basedOn: 'Normal',
        rPr: '<w:rFonts w:asciiTheme="majorHAnsi"/>',
      }),
    );
    const doc = await read({
      body: p('Thân') + p('Đầu', { style: 'Heading1' }),
      styles: sheet,
      theme: THEME,
    });
    expect(doc.blocks.map((b) => [b.style.fontFamily, b.style.fontSizePt])).toEqual([
      ['Calibri', 11],
      ['Cambria', 11],
    ]);
  });

  it('applies the table style under the paragraph style, in table cells only', async () => {
    const sheet = styles(
      '<w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/>',
      style('Normal', { isDefault: true }),
      style('BangGiua', { type: 'table', pPr: '<w:jc w:val="center"/>' }),
    );
    const body = tbl([[p('trong bảng')]], '<w:tblStyle w:val="BangGiua"/>') + p('ngoài bảng');
    expect((await blocks(body, sheet)).map((b) => [b.text, b.style.alignment])).toEqual([
      ['trong bảng', 'center'],
      ['ngoài bảng', undefined],
    ]);
  });

  it('is bold only when every run with text is, and takes the font of the longest run', async () => {
    const runs =
      run('Kính gửi: ', '<w:b/>') +
      run('Ban Thường vụ Công đoàn', '<w:rFonts w:ascii="Arial"/><w:sz w:val="26"/>');
    expect((await blocks(p(runs)))[0]?.style).toEqual({
      bold: false,
      italic: false,
      fontFamily: 'Arial',
      fontSizePt: 13,
    });
    const spaced = run('Quốc hiệu', '<w:b/>') + run('   ');
    expect((await blocks(p(spaced)))[0]?.style.bold).toBe(true);
  });

  it('reads indentation in points: first line, hanging, and a list level’s indent under direct formatting', async () => {
    const list = numbering(
      abstractNum(0, lvl(0, { fmt: 'decimal', text: '%1.', start: 1, ind: [720, 360] })),
      num(1, 0),
    );
    const doc = await read({
      body:
        p('lùi đầu dòng', { pPr: '<w:ind w:left="0" w:firstLine="567"/>' }) +
        p('treo', { pPr: '<w:ind w:start="720" w:hanging="360"/>' }) +
        p('danh sách', { num: [1, 0] }) +
        p('danh sách lùi thêm', { num: [1, 0], pPr: '<w:ind w:left="1440"/>' }),
      styles: ND30_STYLES,
      numbering: list,
    });
    expect(doc.blocks.map((b) => [b.style.indentStartPt, b.style.indentFirstLinePt])).toEqual([
      [0, 28.35],
      [36, -18],
      [36, -18],
      [72, -18],
    ]);
  });

  it.each([
    ['both', 'justify'],
    ['distribute', 'justify'],
    ['end', 'right'],
    ['start', 'left'],
    ['center', 'center'],
  ])('reads w:jc="%s" as %s', async (jc, alignment) => {
    expect((await blocks(p('x', { pPr: `<w:jc w:val="${jc}"/>` })))[0]?.style.alignment).toBe(alignment);
  });

  it('gives heading levels from style names (English, Vietnamese, Title) and from outline levels', async () => {
    const sheet = styles(
      '',
      style('Normal', { isDefault: true }),
      style('TieuDe2', { name: 'Tiêu đề 2', basedOn: 'Normal' }),
      style('Title', { name: 'Title', basedOn: 'Normal' }),
      style('Muc', { name: 'Mục riêng', basedOn: 'Normal', pPr: '<w:outlineLvl w:val="2"/>' }),
    );
    const body =
      p('a', { style: 'TieuDe2' }) +
      p('b', { style: 'Title' }) +
      p('c', { style: 'Muc' }) +
      p('d', { pPr: '<w:outlineLvl w:val="9"/>' });
    expect((await blocks(body, sheet)).map((b) => b.style.headingLevel)).toEqual([2, 0, 3, undefined]);
  });
});

describe('readDocx: text as Word shows it', () => {
  it('splits a paragraph at its soft line breaks, each line a block with the paragraph’s look, and keeps tabs', async () => {
    const cell = p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', {
      jc: 'center',
      rPr: '<w:b/>',
    });
    const doc = await read({ body: tbl([[p('CÔNG ĐOÀN\tCƠ SỞ'), cell]]), styles: ND30_STYLES });
    expect(doc.blocks).toEqual([
      { text: 'CÔNG ĐOÀN\tCƠ SỞ', style: TNR14, table: { table: 0, row: 0, cell: 0 } },
      {
        text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        style: { ...TNR14, bold: true, alignment: 'center' },
        table: { table: 0, row: 0, cell: 1 },
      },
      {
        text: 'Độc lập - Tự do - Hạnh phúc',
        style: { ...TNR14, bold: true, alignment: 'center' },
        table: { table: 0, row: 0, cell: 1 },
      },
    ]);
  });

  it('leaves out hidden text, deleted text and field codes; keeps inserted text and field results', async () => {
    const runs =
      run('Số: ') +
      '<w:ins w:id="1" w:author="A"><w:r><w:t>12</w:t></w:r></w:ins>' +
      '<w:del w:id="2" w:author="A"><w:r><w:delText>34</w:delText></w:r></w:del>' +
      run('ẩn', '<w:vanish/>') +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>/BC</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    expect((await blocks(p(runs))).map((b) => b.text)).toEqual(['Số: 12/BC']);
  });

  it('reads a text box once (its DrawingML choice, not its VML fallback), before its anchor paragraph', async () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const anchor =
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${box('Trong khung')}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">${box('Trong khung')}</v:textbox></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r><w:r><w:t>Đoạn neo</w:t></w:r></w:p>';
    expect((await blocks(anchor)).map((b) => b.text)).toEqual(['Trong khung', 'Đoạn neo']);
  });

  it('numbers nested tables in the order they open, cells by row and column', async () => {
    const inner = tbl([[p('trong'), p('trong 2')]]);
    const body = tbl([[p('ngoài'), inner], [p('hàng 2')]]) + tbl([[p('bảng sau')]]);
    expect((await blocks(body)).map((b) => [b.text, b.table])).toEqual([
      ['ngoài', { table: 0, row: 0, cell: 0 }],
      ['trong', { table: 1, row: 0, cell: 0 }],
      ['trong 2', { table: 1, row: 0, cell: 1 }],
      ['hàng 2', { table: 0, row: 1, cell: 0 }],
      ['bảng sau', { table: 2, row: 0, cell: 0 }],
    ]);
  });

  it('reads Strict Open XML and a prefix other than "w:" the same', async () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      `<x:document xmlns:x="${strict}"><x:body><x:p><x:pPr><x:jc x:val="center"/></x:pPr><x:r><x:rPr><x:b/></x:rPr><x:t>BÁO CÁO</x:t></x:r></x:p></x:body></x:document>`,
    );
    const doc = await readDocx(await zip.generateAsync({ type: 'uint8array' }), 'strict.docx');
    expect(doc.blocks).toEqual([
      { text: 'BÁO CÁO', style: { bold: true, italic: false, alignment: 'center' } },
    ]);
  });
});

describe('readDocx: page size and margins', () => {
  it('reads the first section (a landscape annex after it does not count) in millimetres, the gutter on the left', async () => {
    const landscape =
      '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr>';
    const first =
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="-1418" w:right="1134" w:bottom="1134" w:left="1418" w:gutter="283"/></w:sectPr>';
    const doc = await read({
      body: p('x', { pPr: first }) + p('phụ lục'),
      styles: ND30_STYLES,
      sectPr: landscape,
    });
    expect(doc.meta.page).toEqual({
      widthMm: 210,
      heightMm: 297,
      marginTopMm: 25,
      marginBottomMm: 20,
      marginLeftMm: 30,
      marginRightMm: 20,
    });
  });

  it('gives no page when the section has no size or margins', async () => {
    const doc = await read({
      body: p('x'),
      sectPr: '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    });
    expect(doc.meta).toEqual({ name: 'x.docx', source: 'docx', styled: true });
  });
});
