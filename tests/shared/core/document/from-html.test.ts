import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/core/document/doc-model.ts';
import { DocModel } from '../../../../shared/core/document/doc-model.ts';
import { docFromHtml } from '../../../../shared/core/document/from-html.ts';

const blocks = (html: string): Block[] => docFromHtml(html).blocks;
const b = (text: string, style: Block['style'] = {}, table?: [number, number, number]): Block =>
  table ? { text, style, table: { table: table[0], row: table[1], cell: table[2] } } : { text, style };

interface Case {
  name: string;
  html: string;
  expected: Block[];
}

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
  'alignment, fonts, indents': [
    {
      name: 'text-align and the align attribute; center element',
      html:
        '<p style="text-align:center">a</p><p align="right">b</p><div style="TEXT-ALIGN: justify"><p>c</p></div>' +
        '<p style="text-align:left">d</p><center>e</center>',
      expected: [
        b('a', { alignment: 'center' }),
        b('b', { alignment: 'right' }),
        b('c', { alignment: 'justify' }),
        b('d', { alignment: 'left' }),
        b('e', { alignment: 'center' }),
      ],
    },
    {
      name: 'text-align on a span is ignored (inline elements have no alignment)',
      html: '<p><span style="text-align:center">a</span></p>',
      expected: [b('a')],
    },
    {
      name: 'font-family (first family, unquoted) and font-size in pt or px, on the block or a covering span',
      html:
        '<p style="font-family:\'Times New Roman\', serif; font-size:14pt">a</p>' +
        '<p><span style="font-family:&quot;Arial&quot;;font-size:16px">b</span></p>' +
        '<p><font face="Tahoma">c</font></p>',
      expected: [
        b('a', { fontFamily: 'Times New Roman', fontSizePt: 14 }),
        b('b', { fontFamily: 'Arial', fontSizePt: 12 }),
        b('c', { fontFamily: 'Tahoma' }),
      ],
    },
    {
      name: 'a font on part of the text is not the block font',
      html: '<p>a <span style="font-family:Arial;font-size:13pt">b</span></p>',
      expected: [b('a b')],
    },
    {
      name: 'margin-left and text-indent convert cm, mm, in, px to pt',
      html:
        '<p style="text-indent:1cm">a</p><p style="margin-left:0.5in;text-indent:-18pt">b</p>' +
        '<p style="margin: 0 0 0 10mm">c</p><p style="text-indent:40px">d</p><p style="margin-left:0">e</p>',
      expected: [
        b('a', { indentFirstLinePt: 28.35 }),
        b('b', { indentStartPt: 36, indentFirstLinePt: -18 }),
        b('c', { indentStartPt: 28.35 }),
        b('d', { indentFirstLinePt: 30 }),
        b('e', { indentStartPt: 0 }),
      ],
    },
    {
      name: 'margin-left belongs to its own block, not to blocks nested inside',
      html: '<div style="margin-left:36pt"><p>con</p></div>',
      expected: [b('con')],
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
  'Google Docs export CSS classes': [
    {
      name: '.cN rules give bold, italic, alignment, font, size and indent',
      html:
        '<html><head><style type="text/css">@import url(https://x);.lst-kix_a>li:before{content:"- "}' +
        'ul.lst-kix_a{list-style-type:none}.c3{font-weight:700}.c1{text-align:center}.c7{font-style:italic}' +
        '.c2{font-family:"Times New Roman";font-size:13pt}.c5{margin-left:36pt;text-indent:-18pt}' +
        '@media print{.c1{text-align:right}}</style></head><body class="c9 doc-content">' +
        '<p class="c1"><span class="c3 c2">BÁO CÁO</span></p><p class="c5"><span class="c7">ghi chú</span></p>' +
        '<p><span class="c2">thường</span></p></body></html>',
      expected: [
        b('BÁO CÁO', { bold: true, alignment: 'center', fontFamily: 'Times New Roman', fontSizePt: 13 }),
        b('ghi chú', { italic: true, indentStartPt: 36, indentFirstLinePt: -18 }),
        b('thường', { fontFamily: 'Times New Roman', fontSizePt: 13 }),
      ],
    },
    {
      name: 'later rules win, inline style beats classes, a <style> after the content still applies',
      html:
        '<p class="a b">x</p><p class="a" style="font-weight:400">y</p>' +
        '<style>.b{font-weight:400}.a{font-weight:700} p{text-align:right}</style>',
      expected: [b('x', { bold: true, alignment: 'right' }), b('y', { alignment: 'right' })],
    },
  ],
  entities: [
    {
      name: 'named, decimal and hex references; Word’s &#150; is an en dash',
      html:
        '<p>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos; &ndash;&mdash;&hellip; &ldquo;f&rdquo; &lsquo;g&rsquo;</p>' +
        '<p>&#272;o&agrave;n &#x110;&#7872; &#150; &copy</p><p>a&nbsp;b &unknown; &amp x</p>',
      expected: [b('a&b <c> "d" \'e\' –—… “f” ‘g’'), b('Đoàn ĐỀ – ©'), b('a\u00A0b &unknown; & x')],
    },
  ],
  'skipped content': [
    {
      name: 'script, style, comments, doctype and Word conditionals are not text',
      html:
        '<!DOCTYPE html><script>var a = "<p>không</p>";</script><style>p{color:red}</style>' +
        '<!-- ghi chú --><p><![if !supportLists]>1.<![endif]> Mục</p><noscript>n</noscript>' +
        '<p style="display:none">ẩn</p><template><p>mẫu</p></template>',
      expected: [b('1. Mục'), b('n')],
    },
  ],
  'malformed input': [
    {
      // Browsers would reopen the <b> in the new paragraph; Khung does not (Word and Docs close their tags).
      name: 'unclosed tags, stray < and >, end tags without start tags',
      html: '<p>a < b và c > d</p></span></div><p><b>đậm<p>mới</i>',
      expected: [b('a < b và c > d'), b('đậm', { bold: true }), b('mới')],
    },
    {
      name: 'a p opened inside an open p closes it (alignment does not leak)',
      html: '<p align="center">a<p>b<h2>c<h3>d',
      expected: [
        b('a', { alignment: 'center' }),
        b('b'),
        b('c', { headingLevel: 2 }),
        b('d', { headingLevel: 3 }),
      ],
    },
    {
      name: 'truncated input: inside a tag, an attribute, a comment, a script',
      html: '<p>đoạn</p><p class="x',
      expected: [b('đoạn')],
    },
    { name: 'truncated comment', html: '<p>a</p><!-- <p>b</p>', expected: [b('a')] },
    { name: 'truncated script', html: '<p>a</p><script>x<p>b</p>', expected: [b('a')] },
    {
      name: 'uppercase tags and attributes',
      html: '<P ALIGN=CENTER><B>X</B></P>',
      expected: [b('X', { bold: true, alignment: 'center' })],
    },
    {
      name: 'an inline end tag does not close a table cell',
      html: '<b><table><tr><td>a</b>b</td></tr></table></b>',
      expected: [b('ab', { bold: true }, [0, 0, 0])],
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

  it('never throws on arbitrary strings, and every block is trimmed and non-empty', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const doc = docFromHtml(s);
        for (const block of doc.blocks) expect(block.text).toBe(block.text.trim());
        expect(doc.blocks.every((x) => x.text !== '')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on tag soup, and its models always pass the schema', () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'b',
      'i',
      'span',
      'table',
      'tr',
      'td',
      'th',
      'li',
      'ul',
      'h1',
      'h3',
      'br',
      'pre',
      'script',
      'style',
      'title',
    );
    const attr = fc.constantFrom(
      '',
      ' class="c1 title"',
      ' style="text-align:center;font-size:10px;margin-left:2cm"',
      ' align=right',
      ' style="font-weight:700',
    );
    const piece = fc.oneof(
      fc.tuple(tag, attr).map(([t, a]) => `<${t}${a}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom(
        '<',
        '>',
        '&',
        '&nbsp;',
        '&#x1F600;',
        '&#99999999;',
        '<!--',
        '-->',
        '<!',
        '</',
        '\n',
        ' ',
        '.c1{font-weight:bold}',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expect(DocModel.safeParse(docFromHtml(pieces.join(''))).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on adversarial input (deep nesting, stray end tags, unmatched brackets)', () => {
    const n = 50_000;
    const inputs = [
      `<p>${'<span>'.repeat(n)}x${'</b>'.repeat(n)}${'<div>'.repeat(n)}`,
      `<table><tr><td>${'<i>'.repeat(n)}${'</b>'.repeat(n)}`,
      '<'.repeat(n * 4),
      '<a x="'.repeat(n),
      '<style>'.concat('a{}'.repeat(n), ';'),
      '&#'.repeat(n * 2),
      '<li>a'.repeat(n),
    ];
    const started = performance.now();
    for (const html of inputs) docFromHtml(html);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
