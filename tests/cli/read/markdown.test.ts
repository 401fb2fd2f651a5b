import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromMarkdown } from '../../../cli/read/markdown.ts';
import type { Block } from '../../../shared/core/document/doc-model.ts';
import { DocModel } from '../../../shared/core/document/doc-model.ts';

const blocks = (md: string): Block[] => docFromMarkdown(md).blocks;
const b = (
  text: string,
  line: number,
  style: Block['style'] = {},
  table?: [number, number, number],
): Block =>
  table
    ? { text, style, line, table: { table: table[0], row: table[1], cell: table[2] } }
    : { text, style, line };

interface Case {
  name: string;
  md: string;
  expected: Block[];
}

const cases: Record<string, Case[]> = {
  headings: [
    {
      name: 'ATX headings # … ###### with optional closing hashes',
      md: '# BÁO CÁO\n## I. ĐẶC ĐIỂM TÌNH HÌNH ##\n###### sáu\n####### bảy\n#không phải',
      expected: [
        b('BÁO CÁO', 1, { headingLevel: 1 }),
        b('I. ĐẶC ĐIỂM TÌNH HÌNH', 2, { headingLevel: 2 }),
        b('sáu', 3, { headingLevel: 6 }),
        b('####### bảy #không phải', 4),
      ],
    },
    {
      name: 'setext headings: === is level 1, --- is level 2, the whole paragraph is the heading',
      md: 'KẾ HOẠCH\n========\n\nThực hiện\nnhiệm vụ\n---\n',
      expected: [b('KẾ HOẠCH', 1, { headingLevel: 1 }), b('Thực hiện nhiệm vụ', 4, { headingLevel: 2 })],
    },
    {
      name: 'a heading keeps whole-text emphasis as style',
      md: '# **TỔNG LIÊN ĐOÀN**',
      expected: [b('TỔNG LIÊN ĐOÀN', 1, { headingLevel: 1, bold: true })],
    },
  ],
  paragraphs: [
    {
      name: 'consecutive lines join with a space; blank lines separate; line is the first line',
      md: '\nCăn cứ Điều lệ\n  Công đoàn Việt Nam;\n\n\nXét đề nghị.\n',
      expected: [b('Căn cứ Điều lệ Công đoàn Việt Nam;', 2), b('Xét đề nghị.', 6)],
    },
    {
      name: 'two trailing spaces or a backslash is a hard break',
      md: 'Nơi nhận:  \n- Như trên;\nTM. BAN THƯỜNG VỤ\\\nCHỦ TỊCH\nNguyễn Văn A',
      expected: [
        b('Nơi nhận:', 1),
        b('Như trên; TM. BAN THƯỜNG VỤ', 2, { listItem: true }),
        b('CHỦ TỊCH Nguyễn Văn A', 4),
      ],
    },
    {
      name: 'thematic breaks and HTML comments are dropped; line numbers stay true',
      md: 'a\n\n***\n<!-- ghi chú\nnhiều dòng -->\nb <!-- x --> c\n\n- - -\nd',
      expected: [b('a', 1), b('b c', 6), b('d', 9)],
    },
    {
      name: 'YAML front matter is skipped',
      md: '---\ntitle: x\n---\n# Tiêu đề',
      expected: [b('Tiêu đề', 4, { headingLevel: 1 })],
    },
    {
      name: 'block quotes lose their marker',
      md: '> Trích dẫn\n> tiếp\n\nsau',
      expected: [b('Trích dẫn tiếp', 1), b('sau', 4)],
    },
  ],
  lists: [
    {
      name: '-, +, * items drop the marker and are list items; lazy lines continue the item',
      md: '- một\n+ hai\n  tiếp\n* ba\n   - lồng',
      expected: [
        b('một', 1, { listItem: true }),
        b('hai tiếp', 2, { listItem: true }),
        b('ba', 4, { listItem: true }),
        b('lồng', 5, { listItem: true }),
      ],
    },
    {
      name: 'ordered items keep their number as text and start a new block',
      md: 'Mở đầu\n1. Tình hình chung\n2) Kết quả\n10. Mười',
      expected: [b('Mở đầu', 1), b('1. Tình hình chung', 2), b('2) Kết quả', 3), b('10. Mười', 4)],
    },
  ],
  tables: [
    {
      name: 'one block per non-empty cell, with refs and column alignment; escaped pipes',
      md: '| Đơn vị | **Số** |\n|:------:|---:|\n| CĐ cơ sở A | 12 |\n|  | a \\| b |\n\nsau bảng',
      expected: [
        b('Đơn vị', 1, { alignment: 'center' }, [0, 0, 0]),
        b('Số', 1, { alignment: 'right', bold: true }, [0, 0, 1]),
        b('CĐ cơ sở A', 3, { alignment: 'center' }, [0, 1, 0]),
        b('12', 3, { alignment: 'right' }, [0, 1, 1]),
        b('a | b', 4, { alignment: 'right' }, [0, 2, 1]),
        b('sau bảng', 6),
      ],
    },
    {
      // GFM: a table ends at a blank line; a line without | right after it is one more row.
      name: 'tables are counted in order; outer pipes optional; a table ends at a blank line',
      md: 'a | b\n--- | ---\n1 | 2\nhết\n\n| x |\n| - |\n| y |',
      expected: [
        b('a', 1, {}, [0, 0, 0]),
        b('b', 1, {}, [0, 0, 1]),
        b('1', 3, {}, [0, 1, 0]),
        b('2', 3, {}, [0, 1, 1]),
        b('hết', 4, {}, [0, 2, 0]),
        b('x', 6, {}, [1, 0, 0]),
        b('y', 8, {}, [1, 1, 0]),
      ],
    },
    {
      name: '<br> in a cell splits it into one block a line, as in the .docx and .html readers',
      md: '| TỔNG LIÊN ĐOÀN<br>CÔNG ĐOÀN NGÀNH | CỘNG HÒA<br/>Độc lập<br />Tự do |\n|:-:|---|\n| **Số: 12**<BR>x | |',
      expected: [
        b('TỔNG LIÊN ĐOÀN', 1, { alignment: 'center' }, [0, 0, 0]),
        b('CÔNG ĐOÀN NGÀNH', 1, { alignment: 'center' }, [0, 0, 0]),
        b('CỘNG HÒA', 1, {}, [0, 0, 1]),
        b('Độc lập', 1, {}, [0, 0, 1]),
        b('Tự do', 1, {}, [0, 0, 1]),
        b('Số: 12', 3, { alignment: 'center', bold: true }, [0, 1, 0]),
        b('x', 3, { alignment: 'center' }, [0, 1, 0]),
      ],
    },
    {
      name: '<br> in a paragraph ends a block too; other inline HTML stays as written',
      md: 'Nơi nhận:<br>- Như trên;\n<b>x</b>',
      expected: [b('Nơi nhận:', 1), b('- Như trên; <b>x</b>', 1)],
    },
    {
      name: 'a | line without a matching delimiter row is text',
      md: 'a | b\n---',
      expected: [b('a | b', 1, { headingLevel: 2 })],
    },
  ],
  'fenced code': [
    {
      name: 'one block per non-blank line, no inline processing; ``` and ~~~',
      md: '```\n**không đậm**\n\n  thụt lề\n```\n~~~~\nx\n~~~~\nsau',
      expected: [b('**không đậm**', 2), b('thụt lề', 4), b('x', 7), b('sau', 9)],
    },
    {
      name: 'an unclosed fence runs to the end',
      md: 'a\n```js\nb',
      expected: [b('a', 1), b('b', 3)],
    },
  ],
  'line endings and BOM': [
    {
      name: 'CRLF, CR and a leading BOM',
      md: '\uFEFF# A\r\nb\rc\r\n\r\nd',
      expected: [b('A', 1, { headingLevel: 1 }), b('b c', 2), b('d', 5)],
    },
  ],
};

describe('docFromMarkdown', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      it.each(list)('$name', ({ md, expected }) => {
        expect(blocks(md)).toEqual(expected);
      });
    });
  }

  it('keeps the given meta and says the source is Markdown', () => {
    expect(docFromMarkdown('x', { name: 'a.md' }).meta).toEqual({ source: 'markdown', name: 'a.md' });
  });

  it('never throws on arbitrary strings, and its models always pass the schema', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(DocModel.safeParse(docFromMarkdown(s)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on Markdown soup', () => {
    const piece = fc.constantFrom(
      '# ',
      '## ',
      '\n',
      '\n\n',
      '***',
      '**',
      '*',
      '_',
      '__',
      '\\',
      '|',
      '---',
      '===',
      '```',
      '~~~',
      '- ',
      '1. ',
      '> ',
      '[',
      '](',
      ')',
      '<!--',
      '-->',
      '<',
      '>',
      '  \n',
      'chữ',
      ' ',
      ':',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const doc = docFromMarkdown(pieces.join(''));
        expect(DocModel.safeParse(doc).success).toBe(true);
        for (const block of doc.blocks) expect(block.text).toBe(block.text.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('stays fast on adversarial input', () => {
    const n = 50_000;
    const started = performance.now();
    for (const md of [
      '['.repeat(n),
      '*a'.repeat(n),
      '_'.repeat(n),
      '<!--'.repeat(n),
      '[a](b "'.repeat(n),
      '|\n'.repeat(n),
    ]) {
      docFromMarkdown(md);
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
