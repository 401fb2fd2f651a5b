import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../../../cli/read/html.ts';
import { DocModel } from '../../../shared/core/document/doc-model.ts';
import { b, blocks, type Case } from './html-cases.ts';

const cases: Record<string, Case[]> = {
  'block elements and headings': [
    {
      name: 'h1–h6 give heading levels, p gives a plain block',
      html: '<h1>BÁO CÁO</h1><h2>I. ĐẶC ĐIỂM</h2><h6>sáu</h6><p>Nội dung.</p>',
      expected: [
        b('BÁO CÁO', { headingLevel: 1 }),
        b('I. ĐẶC ĐIỂM', { headingLevel: 2 }),
        b('sáu', { headingLevel: 6 }),
        b('Nội dung.'),
      ],
    },
    {
      name: 'Google Docs marks the Title style with class "title": level 0',
      html: '<p class="c4 title" id="h.x"><span>KẾ HOẠCH</span></p>',
      expected: [b('KẾ HOẠCH', { headingLevel: 0 })],
    },
    {
      name: 'li is a list item; blockquote, pre and div are blocks; title is not content',
      html: '<title>Tên tệp</title><ul><li>một</li><li><p>hai</p></li></ul><blockquote>trích</blockquote><div>khối</div>',
      expected: [b('một', { listItem: true }), b('hai', { listItem: true }), b('trích'), b('khối')],
    },
    {
      name: 'text outside block elements forms its own blocks around them',
      html: 'đầu<div>giữa<p>đoạn</p>đuôi</div>cuối',
      expected: [b('đầu'), b('giữa'), b('đoạn'), b('đuôi'), b('cuối')],
    },
    {
      name: 'whitespace collapses, blocks are trimmed, empty and &nbsp;-only blocks are dropped',
      html: '<p>  Căn   cứ\n\tĐiều lệ  </p><p> </p><p>&nbsp;</p><p><span> </span></p>',
      expected: [b('Căn cứ Điều lệ')],
    },
    {
      name: 'pre: one block a line',
      html: '<pre>dòng một\n  dòng hai\n\n</pre>',
      expected: [b('dòng một'), b('dòng hai')],
    },
  ],
  'br splits a block': [
    {
      name: 'address lines separated by br become one block each, keeping the block style',
      html: '<p style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></p>',
      expected: [
        b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, alignment: 'center' }),
        b('Độc lập - Tự do - Hạnh phúc', { bold: true, alignment: 'center' }),
      ],
    },
    {
      name: 'br/, </br> and consecutive br (no empty blocks)',
      html: '<p>Nơi nhận:<br/>- Như trên;<br><br>- Lưu VT.</br>x</p>',
      expected: [b('Nơi nhận:'), b('- Như trên;'), b('- Lưu VT.'), b('x')],
    },
  ],
  'bold and italic': [
    {
      name: 'b/strong/i/em covering all the text',
      html: '<p><strong>TM. BAN THƯỜNG VỤ</strong></p><p><i>Hà Nội, ngày 05 tháng 3 năm 2025</i></p><p><b><em>cả hai</em></b></p>',
      expected: [
        b('TM. BAN THƯỜNG VỤ', { bold: true }),
        b('Hà Nội, ngày 05 tháng 3 năm 2025', { italic: true }),
        b('cả hai', { bold: true, italic: true }),
      ],
    },
    {
      name: 'a bold word does not make a bold paragraph',
      html: '<p><b>Kính gửi:</b> Ban Thường vụ</p><p>a <em>b</em></p>',
      expected: [b('Kính gửi: Ban Thường vụ'), b('a b')],
    },
    {
      name: 'whitespace outside the bold run does not count',
      html: '<p> <b>BÁO CÁO</b> &nbsp;</p>',
      expected: [b('BÁO CÁO', { bold: true })],
    },
    {
      name: 'inline font-weight / font-style, numeric weights, and normal overriding b',
      html:
        '<p style="font-weight:700">a</p><p><span style="font-weight: bold">b</span></p>' +
        '<p><span style="font-style:italic">c</span></p><p style="font-weight:400"><b style="font-weight:normal">d</b></p>',
      expected: [b('a', { bold: true }), b('b', { bold: true }), b('c', { italic: true }), b('d')],
    },
    {
      name: "Docs' clipboard wrapper <b style=font-weight:normal> is not bold",
      html: '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span>thường</span></p></b>',
      expected: [b('thường')],
    },
  ],
  tables: [
    {
      name: 'cells get table/row/cell indexes; several paragraphs in a cell share the ref',
      html:
        '<table><tbody><tr><td>TỔNG LIÊN ĐOÀN</td><td><p>CỘNG HÒA</p><p>Độc lập</p></td></tr>' +
        '<tr><th>Số: 12</th><td></td><td>x<br>y</td></tr></tbody></table>',
      expected: [
        b('TỔNG LIÊN ĐOÀN', {}, [0, 0, 0]),
        b('CỘNG HÒA', {}, [0, 0, 1]),
        b('Độc lập', {}, [0, 0, 1]),
        b('Số: 12', {}, [0, 1, 0]),
        b('x', {}, [0, 1, 2]),
        b('y', {}, [0, 1, 2]),
      ],
    },
    {
      name: 'tables are counted in document order; nested tables get their own index; unclosed td/tr',
      html:
        '<table><tr><td>a<table><tr><td>n</td></tr></table></td></tr></table><p>giữa</p>' +
        '<table><tr><td>b<td>c<tr><td align="center">d</table>',
      expected: [
        b('a', {}, [0, 0, 0]),
        b('n', {}, [1, 0, 0]),
        b('giữa'),
        b('b', {}, [2, 0, 0]),
        b('c', {}, [2, 0, 1]),
        b('d', { alignment: 'center' }, [2, 1, 0]),
      ],
    },
  ],
};

describe('docFromHtml', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      it.each(list)('$name', ({ html, expected }) => {
        expect(blocks(html)).toEqual(expected);
      });
    });
  }

  it('keeps the given meta and says the source is styled HTML', () => {
    expect(docFromHtml('<p>x</p>', { name: 'a.html' }).meta).toEqual({
      source: 'html',
      styled: true,
      name: 'a.html',
    });
  });

  it('gives a model that passes the DocModel schema', () => {
    const doc = docFromHtml(
      '<h1>a</h1><table><tr><td style="font-size:0px">b</td></tr></table><p style="font-size:-2pt">c</p>',
    );
    expect(DocModel.safeParse(doc).success).toBe(true);
  });
});
