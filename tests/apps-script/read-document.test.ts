import { describe, expect, it } from 'vitest';
import { readDocument } from '../../apps-script/server/read-document.ts';
import { createFakeGoogle, FakeParagraph, installFakeGoogle } from '../../playground/document-app/index.ts';

function setUp(tabs?: readonly string[]) {
  const fake = createFakeGoogle(tabs ? { tabs } : {});
  installFakeGoogle(fake);
  const body = fake.doc.body;
  body.children.splice(0, body.children.length);
  return { fake, body };
}

describe('reading the active tab into a DocModel', () => {
  it('reads text, heading, bold/italic, alignment, font, size, indents and list items from one getAttributes() each', () => {
    const { fake, body } = setUp();
    const heading = body.addParagraph('I. TÌNH HÌNH CHUNG', {
      heading: 'HEADING1',
      attrs: { BOLD: true, FONT_FAMILY: 'Times New Roman', FONT_SIZE: 14 },
    });
    heading.attrs.HORIZONTAL_ALIGNMENT = 'CENTER';
    const body1 = body.addParagraph('Công đoàn cơ sở có 86 đoàn viên.', { attrs: { ITALIC: false } });
    Object.assign(body1.attrs, { HORIZONTAL_ALIGNMENT: 'JUSTIFY', INDENT_START: 0, INDENT_FIRST_LINE: 36 });
    body.addParagraph('   ');
    body.addParagraph('Nội dung một', { listItem: true });
    const mixed = body.addParagraph('đậm và thường');
    mixed.runs = [
      { text: 'đậm', attrs: { BOLD: true } },
      { text: ' và thường', attrs: { BOLD: false } },
    ];
    fake.log.reset();
    const { doc } = readDocument();
    expect(doc.blocks.map((b) => [b.text, b.style, b.locator])).toEqual([
      [
        'I. TÌNH HÌNH CHUNG',
        { headingLevel: 1, bold: true, alignment: 'center', fontFamily: 'Times New Roman', fontSizePt: 14 },
        0,
      ],
      [
        'Công đoàn cơ sở có 86 đoàn viên.',
        { italic: false, alignment: 'justify', indentStartPt: 0, indentFirstLinePt: 36 },
        1,
      ],
      ['Nội dung một', { listItem: true }, 3],
      // Mixed bold reads as unknown (null), never as the first character's value.
      ['đậm và thường', {}, 4],
    ]);
    expect(doc.meta).toMatchObject({ source: 'gdoc', styled: true });
    // One getAttributes() and one getText() per paragraph, blank ones included; nothing per character.
    expect(fake.log.counts.get('Paragraph.getAttributes')).toBe(3);
    expect(fake.log.counts.get('ListItem.getAttributes')).toBe(1);
    expect([...fake.log.counts.keys()].some((k) => k.startsWith('Text.'))).toBe(false);
  });

  it('gives the page size and margins in millimetres', () => {
    const { body } = setUp();
    body.addParagraph('x');
    Object.assign(body.page, {
      width: 595.28,
      height: 841.89,
      top: 56.69,
      bottom: 56.69,
      left: 85.04,
      right: 42.52,
    });
    expect(readDocument().doc.meta.page).toEqual({
      widthMm: 210,
      heightMm: 297,
      marginTopMm: 20,
      marginBottomMm: 20,
      marginLeftMm: 30,
      marginRightMm: 15,
    });
  });

  it('marks the paragraphs of table cells with their table, row and cell', () => {
    const { body } = setUp();
    body.addParagraph('trước');
    const table = body.addTable([['CĐ CẤP TRÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
    table.rows()[0]?.cells()[0]?.adopt(new FakeParagraph(body.ctx, 'CĐCS TRƯỜNG A'));
    body.addParagraph('giữa');
    body.addTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    body.addParagraph('sau');
    const { doc } = readDocument();
    expect(doc.blocks.map((b) => [b.text, b.table ?? null])).toEqual([
      ['trước', null],
      ['CĐ CẤP TRÊN', { table: 0, row: 0, cell: 0 }],
      ['CĐCS TRƯỜNG A', { table: 0, row: 0, cell: 0 }],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { table: 0, row: 0, cell: 1 }],
      ['giữa', null],
      ['a', { table: 1, row: 0, cell: 0 }],
      ['b', { table: 1, row: 0, cell: 1 }],
      ['c', { table: 1, row: 1, cell: 0 }],
      ['d', { table: 1, row: 1, cell: 1 }],
      ['sau', null],
    ]);
  });

  it('reads the active tab, not the first one', () => {
    const { fake } = setUp(['Thẻ 1', 'Báo cáo']);
    fake.doc.tabs[0]?.body.addParagraph('thẻ đầu');
    fake.doc.activeTab = 1;
    fake.doc.body.children.splice(0, 1);
    fake.doc.body.addParagraph('I. NỘI DUNG BÁO CÁO');
    expect(readDocument().doc.blocks.map((b) => b.text)).toEqual(['I. NỘI DUNG BÁO CÁO']);
  });

  it('costs at most 3 service calls per paragraph', () => {
    const { fake, body } = setUp();
    for (let i = 0; i < 200; i++)
      body.addParagraph(`${i + 1}. Đoạn số ${i + 1}`, i % 10 === 0 ? { heading: 'HEADING2' } : {});
    body.addTable([['trái', 'phải']]);
    fake.log.reset();
    readDocument();
    expect(fake.log.total).toBeLessThanOrEqual(3 * 202);
  });
});
