import { describe, expect, it } from 'vitest';
import { parseDeclarations, toPoints } from '../../../cli/read/html-style.ts';
import { b, blocks, type Case } from './html-cases.ts';

const cases: Record<string, Case[]> = {
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
};

describe('docFromHtml: CSS and presentational attributes', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      it.each(list)('$name', ({ html, expected }) => {
        expect(blocks(html)).toEqual(expected);
      });
    });
  }
});

describe('toPoints', () => {
  it.each([
    ['12pt', 12],
    ['16px', 12],
    ['1cm', 28.35],
    ['10mm', 28.35],
    ['.5in', 36],
    ['1pc', 12],
    ['-0.63cm', -17.86],
    ['0', 0],
    [' 2PT ', 2],
  ])('%s is %s pt', (css, pt) => {
    expect(toPoints(css)).toBe(pt);
  });

  it.each(['12', 'medium', '1.2em', '50%', '', 'calc(1pt)', undefined])(
    '%s is not a length it reads',
    (css) => {
      expect(toPoints(css)).toBeUndefined();
    },
  );
});

describe('parseDeclarations', () => {
  it('keeps only the properties Khung reads, lower-cases names and drops !important', () => {
    const css = 'COLOR:red; Font-Weight: 700 !important;text-align:center;;junk;font-family:"A;';
    expect([...parseDeclarations(css)]).toEqual([
      ['font-weight', '700'],
      ['text-align', 'center'],
      ['font-family', '"A'],
    ]);
  });

  it.each([
    ['margin: 5pt', '5pt'],
    ['margin: 0 1cm', '1cm'],
    ['margin: 0 1cm 2pt', '1cm'],
    ['margin: 0 0 0 36pt', '36pt'],
    ['margin-left: 9pt; margin: 0', '0'],
    ['margin: 0; margin-left: 9pt', '9pt'],
  ])('%s gives margin-left %s', (css, left) => {
    expect(parseDeclarations(css).get('margin-left')).toBe(left);
  });
});
