import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../../../cli/read/html.ts';
import { DocModel } from '../../../shared/core/document/doc-model.ts';
import { b, blocks, type Case } from './html-cases.ts';

const cases: Record<string, Case[]> = {
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
      // As in a browser, an unclosed <b> is reopened in the next paragraph.
      name: 'unclosed tags, stray < and >, end tags without start tags',
      html: '<p>a < b và c > d</p></span></div><p><b>đậm<p>mới</i>',
      expected: [b('a < b và c > d'), b('đậm', { bold: true }), b('mới', { bold: true })],
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

describe('docFromHtml: tolerant of bad HTML', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      it.each(list)('$name', ({ html, expected }) => {
        expect(blocks(html)).toEqual(expected);
      });
    });
  }

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

  it('reads 60 000 nested elements without overflowing the stack', () => {
    const n = 60_000;
    const html = `${'<div><span>'.repeat(n / 2)}sâu${'</span></div>'.repeat(n / 2)}<p>sau</p>`;
    expect(docFromHtml(html).blocks.map((x) => x.text)).toEqual(['sâu', 'sau']);
  }, 30_000);

  it('stays fast on adversarial input (deep nesting, stray end tags, unmatched brackets)', () => {
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
    // parse5 builds the whole tree: ≈ 1.5 s for all of these on an idle machine, linear in n.
    const started = performance.now();
    for (const html of inputs) docFromHtml(html);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
