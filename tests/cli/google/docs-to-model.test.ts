import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoogleDocument } from '../../../cli/google/docs-schema.ts';
import { docsToModel } from '../../../cli/google/docs-to-model.ts';
import { loadBuiltInOutlines } from '../../../cli/load-outlines.ts';
import { checkDocument } from '../../../shared/core/rules/check-document.ts';

const fixture = (name: string) => {
  const parsed = GoogleDocument.safeParse(
    JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/google', name), 'utf8')),
  );
  if (!parsed.success) throw new Error(`fixture ${name} does not fit the schema: ${parsed.error.message}`);
  return parsed.data;
};

describe('docsToModel: a document with tabs', () => {
  const doc = docsToModel(fixture('tabbed-document.json'));
  const byText = (text: string) => doc.blocks.find((b) => b.text === text);

  it('reads every tab in order, a child tab after its parent', () => {
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'KẾ HOẠCH',
      'Tổ chức Tháng Công nhân năm 2024',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Tuyên truyền sâu rộng trong đoàn viên.',
      'II. NỘI DUNG',
      'Phụ lục: Biểu thống kê',
      'Đơn vị',
      'Số đoàn viên',
      'Tổ Toán',
      '12',
      'Ghi chú của người soạn',
    ]);
    expect(doc.meta).toMatchObject({ name: 'Kế hoạch Tháng Công nhân 2024', source: 'gdoc', styled: true });
  });

  it('maps named styles to heading levels and inherits their font, bold and alignment', () => {
    expect(byText('KẾ HOẠCH')?.style).toMatchObject({
      headingLevel: 0,
      bold: true,
      alignment: 'center',
      fontFamily: 'Times New Roman',
      fontSizePt: 16,
    });
    expect(byText('I. MỤC ĐÍCH, YÊU CẦU')?.style).toMatchObject({
      headingLevel: 1,
      bold: true,
      italic: false,
      alignment: 'left',
    });
    expect(byText('Phụ lục: Biểu thống kê')?.style).toMatchObject({
      headingLevel: 2,
      bold: true,
      italic: true,
      indentFirstLinePt: 28.35,
    });
    expect(byText('Tuyên truyền sâu rộng trong đoàn viên.')?.style).toMatchObject({
      alignment: 'justify',
      indentFirstLinePt: 28.35,
      bold: false,
    });
    expect(byText('Tuyên truyền sâu rộng trong đoàn viên.')?.style.headingLevel).toBeUndefined();
    // The third tab has its own named styles: Arial 11.
    expect(byText('Ghi chú của người soạn')?.style).toMatchObject({
      fontFamily: 'Arial',
      fontSizePt: 11,
      italic: true,
    });
  });

  it('locates paragraphs by startIndex, prefixed with the tab id after the first tab', () => {
    expect(byText('KẾ HOẠCH')?.locator).toBe(1);
    expect(byText('I. MỤC ĐÍCH, YÊU CẦU')?.locator).toBe(43);
    expect(byText('Phụ lục: Biểu thống kê')?.locator).toBe('t.8jkd1h2o9z:1');
  });

  it('marks table cell paragraphs with their table, row and cell', () => {
    expect(byText('Đơn vị')?.table).toEqual({ table: 0, row: 0, cell: 0 });
    expect(byText('12')?.table).toEqual({ table: 0, row: 1, cell: 1 });
    expect(byText('Phụ lục: Biểu thống kê')?.table).toBeUndefined();
  });

  it('converts the first tab’s page setup from points to millimetres (A4, NĐ 30 margins)', () => {
    expect(doc.meta.page).toEqual({
      widthMm: 210,
      heightMm: 297,
      marginTopMm: 20,
      marginBottomMm: 20,
      marginLeftMm: 30,
      marginRightMm: 15,
    });
  });
});

describe('docsToModel: a document without tabs (legacy body)', () => {
  const doc = docsToModel(fixture('named-styles-no-tabs.json'));
  const byText = (text: string) => doc.blocks.find((b) => b.text === text);

  it('reads the top-level body, skips the table of contents and blank paragraphs', () => {
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'BÁO CÁO',
      'I. TÌNH HÌNH CHUNG',
      '1. Thuận lợi',
      'Đơn vị có 40 đoàn viên.',
      'Công đoàn Trường Tiểu học Quang Trung',
      'Dòng một dòng hai',
      'Tham gia đầy đủ các phong trào',
      'II. KIẾN NGHỊ',
    ]);
  });

  it('calls a paragraph bold only when every run with text is bold', () => {
    expect(byText('Đơn vị có 40 đoàn viên.')?.style.bold).toBe(false);
    expect(byText('Công đoàn Trường Tiểu học Quang Trung')?.style.bold).toBe(true);
  });

  it('takes the font of the longest run, falling back to the named style for what the run leaves unset', () => {
    expect(byText('Công đoàn Trường Tiểu học Quang Trung')?.style).toMatchObject({
      fontFamily: 'Times New Roman',
      fontSizePt: 13,
      alignment: 'center',
      indentStartPt: 36,
    });
  });

  it('keeps a soft line break inside one block, and marks list items', () => {
    expect(byText('Dòng một dòng hai')?.style.italic).toBe(true);
    expect(byText('Tham gia đầy đủ các phong trào')?.style).toMatchObject({
      listItem: true,
      indentStartPt: 36,
      indentFirstLinePt: 18,
    });
    expect(byText('I. TÌNH HÌNH CHUNG')?.style.listItem).toBeUndefined();
  });

  it('lets a paragraph override its named style (a right-aligned heading) and reads a Letter page', () => {
    expect(byText('II. KIẾN NGHỊ')?.style).toMatchObject({ headingLevel: 1, alignment: 'right', bold: true });
    expect(doc.meta.page).toMatchObject({ widthMm: 215.9, heightMm: 279.4 });
  });
});

describe('docsToModel: a multi-page report checked by the core', () => {
  const doc = docsToModel(fixture('multi-page-report.json'));
  const { outlines } = loadBuiltInOutlines();
  const outline = outlines.find((o) => o.id === 'thanh-hoa-bao-cao-cdcs-nam-2023');

  it('reads text across page breaks and the statistics table', () => {
    expect(
      doc.blocks.some(
        (b) => b.text === 'III. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN VÀ CÁC GIẢI PHÁP KHẮC PHỤC TRONG THỜI GIAN TỚI',
      ),
    ).toBe(true);
    expect(doc.blocks.filter((b) => b.table).map((b) => b.text)).toEqual([
      'Chỉ tiêu',
      'Năm 2022',
      'Năm 2023',
      'Tổng số CBVCLĐ',
      '83',
      '86',
      'Đoàn viên',
      '81',
      '84',
    ]);
  });

  it('finds every required section of the outline through the heading styles, with no error', () => {
    const result = checkDocument(doc, { outline: outline ?? null });
    const required = result.match?.sections.filter((s) => s.flat.section.required) ?? [];
    expect(required.length).toBe(8);
    expect(required.every((s) => s.block >= 0)).toBe(true);
    expect(result.counts.error).toBe(0);
  });
});

describe('GoogleDocument schema', () => {
  it('refuses what is not a documents.get response', () => {
    expect(GoogleDocument.safeParse('{"documentId": ').success).toBe(false);
    expect(GoogleDocument.safeParse({ title: 'no id' }).success).toBe(false);
    expect(GoogleDocument.safeParse({ documentId: 'x', tabs: 'not a list' }).success).toBe(false);
  });

  it('gives an empty model for a document with no text', () => {
    expect(docsToModel({ documentId: 'x', body: { content: [] } }).blocks).toEqual([]);
  });
});
