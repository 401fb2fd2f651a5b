import { describe, expect, it } from 'vitest';
import { docFromMarkdown } from '../../../cli/read/markdown.ts';
import type { Block } from '../../../shared/core/document/doc-model.ts';

const blocks = (md: string): Block[] => docFromMarkdown(md).blocks;
const b = (text: string, line: number, style: Block['style'] = {}): Block => ({ text, style, line });

interface Case {
  name: string;
  md: string;
  expected: Block[];
}
const cases: Case[] = [
  {
    name: '** / __ over the whole block is bold, * / _ is italic, *** both',
    md: '**TM. BAN CHẤP HÀNH**\n\n__CHỦ TỊCH__\n\n*Hà Nội, ngày 05 tháng 3*\n\n_ghi chú_\n\n***cả hai***\n\n**_lồng nhau_**',
    expected: [
      b('TM. BAN CHẤP HÀNH', 1, { bold: true }),
      b('CHỦ TỊCH', 3, { bold: true }),
      b('Hà Nội, ngày 05 tháng 3', 5, { italic: true }),
      b('ghi chú', 7, { italic: true }),
      b('cả hai', 9, { bold: true, italic: true }),
      b('lồng nhau', 11, { bold: true, italic: true }),
    ],
  },
  {
    name: 'partial emphasis: markers removed, block not bold',
    md: '**Kính gửi:** Ban Thường vụ\n\n**a** và **b**\n\nxem *mục* 2',
    expected: [b('Kính gửi: Ban Thường vụ', 1), b('a và b', 3), b('xem mục 2', 5)],
  },
  {
    name: 'bold across soft-wrapped lines',
    md: '**TM. BAN THƯỜNG VỤ\nCHỦ TỊCH**',
    expected: [b('TM. BAN THƯỜNG VỤ CHỦ TỊCH', 1, { bold: true })],
  },
  {
    name: 'literal asterisks and underscores stay: escapes, spaced operators, intraword _',
    md: '\\*không nghiêng\\*\n\n5 * 3 = 15\n\nho_ten_day_du\n\n**chưa đóng',
    expected: [b('*không nghiêng*', 1), b('5 * 3 = 15', 3), b('ho_ten_day_du', 5), b('**chưa đóng', 7)],
  },
  {
    name: 'links keep their text, autolinks their address',
    md: 'Xem [Điều lệ](https://congdoan.vn/dieu-le "Điều lệ") và <https://congdoan.vn>; ![ảnh](a.png)',
    expected: [b('Xem Điều lệ và https://congdoan.vn; ảnh', 1)],
  },
];

describe('docFromMarkdown: emphasis', () => {
  it.each(cases)('$name', ({ md, expected }) => {
    expect(blocks(md)).toEqual(expected);
  });
});

describe('inline Markdown of one paragraph', () => {
  const inline = (md: string) => {
    const [block] = blocks(md);
    return {
      text: block?.text ?? '',
      bold: block?.style.bold === true,
      italic: block?.style.italic === true,
    };
  };
  it.each([
    ['**a**', { text: 'a', bold: true, italic: false }],
    ['*a*', { text: 'a', bold: false, italic: true }],
    ['***a***', { text: 'a', bold: true, italic: true }],
    ['**a** b', { text: 'a b', bold: false, italic: false }],
    ['**a *b* c**', { text: 'a b c', bold: true, italic: false }],
    ['__a__', { text: 'a', bold: true, italic: false }],
    ['a__b__c', { text: 'a__b__c', bold: false, italic: false }],
    ['a**b**c', { text: 'abc', bold: false, italic: false }],
    ['** a **', { text: '** a **', bold: false, italic: false }],
    ['**', { text: '**', bold: false, italic: false }],
    ['\\*a*', { text: '*a*', bold: false, italic: false }],
    ['\\_x\\_', { text: '_x_', bold: false, italic: false }],
    ['a\\\\b', { text: 'a\\b', bold: false, italic: false }],
    ['**“Mái ấm công đoàn”**', { text: '“Mái ấm công đoàn”', bold: true, italic: false }],
    ['[**a**](u)', { text: 'a', bold: true, italic: false }],
    ['`**mã**` và &amp; &#273;', { text: '**mã** và & đ', bold: false, italic: false }],
    ['', { text: '', bold: false, italic: false }],
  ])('%j → %j', (source, expected) => {
    expect(inline(source)).toEqual(expected);
  });
});
