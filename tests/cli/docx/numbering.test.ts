import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../cli/docx/read-docx.ts';
import { abstractNum, docx, lvl, ND30_STYLES, num, numbering, p, style, styles, tbl } from './docx-xml.ts';

const ROMAN_THEN_DECIMAL = abstractNum(
  0,
  lvl(0, { fmt: 'upperRoman', text: '%1.', start: 1 }),
  lvl(1, { fmt: 'decimal', text: '%2.', start: 1 }),
  lvl(2, { fmt: 'lowerLetter', text: '%3)', start: 1 }),
);
const OUTLINE = abstractNum(
  1,
  lvl(0, { fmt: 'decimal', text: '%1.', start: 1 }),
  lvl(1, { fmt: 'decimal', text: '%1.%2.', start: 1 }),
  lvl(2, { fmt: 'decimal', text: '%1.%2.%3.', start: 1 }),
);
const one = (format: string, text: string, start = 1) => abstractNum(2, lvl(0, { fmt: format, text, start }));

/** The texts of a document's blocks, labels included. */
async function texts(body: string, numberingXml?: string, stylesXml = ND30_STYLES): Promise<string[]> {
  const parts =
    numberingXml === undefined
      ? { body, styles: stylesXml }
      : { body, styles: stylesXml, numbering: numberingXml };
  const doc = await readDocx(await docx(parts), 'x.docx');
  return doc.blocks.map((b) => b.text);
}

interface Case {
  name: string;
  numbering: string;
  body: string;
  expected: string[];
  styles?: string;
}

const cases: Case[] = [
  {
    name: 'upper-Roman sections with decimal subsections, restarting under each section',
    numbering: numbering(ROMAN_THEN_DECIMAL, num(1, 0)),
    body: [
      p('TÌNH HÌNH', { num: [1, 0] }),
      p('Tình hình chung', { num: [1, 1] }),
      p('Tình hình riêng', { num: [1, 1] }),
      p('Đoạn văn không đánh số.'),
      p('NHIỆM VỤ', { num: [1, 0] }),
      p('Nhiệm vụ trọng tâm', { num: [1, 1] }),
      p('Ý thứ nhất', { num: [1, 2] }),
      p('Ý thứ hai', { num: [1, 2] }),
      p('KIẾN NGHỊ', { num: [1, 0] }),
    ].join(''),
    expected: [
      'I. TÌNH HÌNH',
      '1. Tình hình chung',
      '2. Tình hình riêng',
      'Đoạn văn không đánh số.',
      'II. NHIỆM VỤ',
      '1. Nhiệm vụ trọng tâm',
      'a) Ý thứ nhất',
      'b) Ý thứ hai',
      'III. KIẾN NGHỊ',
    ],
  },
  {
    name: '"%1.%2." levels that draw their parents’ counters',
    numbering: numbering(OUTLINE, num(1, 1)),
    body: [
      p('Một', { num: [1, 0] }),
      p('Một một', { num: [1, 1] }),
      p('Một hai', { num: [1, 1] }),
      p('Một hai một', { num: [1, 2] }),
      p('Hai', { num: [1, 0] }),
      p('Hai một', { num: [1, 1] }),
    ].join(''),
    expected: ['1. Một', '1.1. Một một', '1.2. Một hai', '1.2.1. Một hai một', '2. Hai', '2.1. Hai một'],
  },
  {
    name: 'a second list instance with a startOverride restarts; one without continues',
    numbering: numbering(one('decimal', '%1.'), num(1, 2), num(2, 2, [0, 1]), num(3, 2)),
    body: [
      p('a', { num: [1, 0] }),
      p('b', { num: [1, 0] }),
      p('c', { num: [2, 0] }),
      p('d', { num: [2, 0] }),
      p('e', { num: [3, 0] }),
    ].join(''),
    expected: ['1. a', '2. b', '1. c', '2. d', '3. e'],
  },
  {
    name: 'a list that goes on across a table, inside its cells too',
    numbering: numbering(one('decimal', '%1.'), num(1, 2)),
    body: [
      p('trước bảng', { num: [1, 0] }),
      tbl([[p('trong ô', { num: [1, 0] }), p('ô bên')]]),
      p('sau bảng', { num: [1, 0] }),
    ].join(''),
    expected: ['1. trước bảng', '2. trong ô', 'ô bên', '3. sau bảng'],
  },
  {
    name: 'a start value, and a startOverride that replaces it',
    numbering: numbering(one('decimal', '%1.', 5), num(1, 2), num(2, 2, [0, 9])),
    body: [p('a', { num: [1, 0] }), p('b', { num: [1, 0] }), p('c', { num: [2, 0] })].join(''),
    expected: ['5. a', '6. b', '9. c'],
  },
  {
    name: 'letters, lower-case Roman numbers and zero-padded decimals',
    numbering: numbering(
      abstractNum(
        3,
        lvl(0, { fmt: 'upperLetter', text: '%1.', start: 1 }),
        lvl(1, { fmt: 'lowerRoman', text: '%2)', start: 1 }),
        lvl(2, { fmt: 'decimalZero', text: '%3.', start: 1 }),
      ),
      num(1, 3),
    ),
    body: [
      p('A', { num: [1, 0] }),
      p('i', { num: [1, 1] }),
      p('ii', { num: [1, 1] }),
      p('01', { num: [1, 2] }),
      p('B', { num: [1, 0] }),
    ].join(''),
    expected: ['A. A', 'i) i', 'ii) ii', '01. 01', 'B. B'],
  },
  {
    name: 'a 28th lower-letter item is "bb)", as Word draws it',
    numbering: numbering(one('lowerLetter', '%1)', 27), num(1, 2)),
    body: [p('x', { num: [1, 0] }), p('y', { num: [1, 0] })].join(''),
    expected: ['aa) x', 'bb) y'],
  },
  {
    name: 'bullets: a Symbol-font dot becomes "•", a dash stays, Courier’s "o" becomes "◦"',
    numbering: numbering(
      abstractNum(
        4,
        lvl(0, { fmt: 'bullet', text: '\uF0B7' }),
        lvl(1, { fmt: 'bullet', text: 'o' }),
        lvl(2, { fmt: 'bullet', text: '-' }),
      ),
      num(1, 4),
    ),
    body: [p('chấm', { num: [1, 0] }), p('vòng', { num: [1, 1] }), p('gạch', { num: [1, 2] })].join(''),
    expected: ['• chấm', '◦ vòng', '- gạch'],
  },
  {
    name: 'isLgl draws a Roman parent as a decimal ("I." then "1.1.")',
    numbering: numbering(
      abstractNum(
        5,
        lvl(0, { fmt: 'upperRoman', text: '%1.', start: 1 }),
        lvl(1, { fmt: 'decimal', text: '%1.%2.', start: 1, isLgl: true }),
      ),
      num(1, 5),
    ),
    body: [p('PHẦN', { num: [1, 0] }), p('mục', { num: [1, 1] })].join(''),
    expected: ['I. PHẦN', '1.1. mục'],
  },
  {
    name: 'lvlRestart 0: a level that never restarts goes on under the next section',
    numbering: numbering(
      abstractNum(
        6,
        lvl(0, { fmt: 'upperRoman', text: '%1.', start: 1 }),
        lvl(1, { fmt: 'decimal', text: '%2.', start: 1, restart: 0 }),
      ),
      num(1, 6),
    ),
    body: [
      p('A', { num: [1, 0] }),
      p('x', { num: [1, 1] }),
      p('y', { num: [1, 1] }),
      p('B', { num: [1, 0] }),
      p('z', { num: [1, 1] }),
    ].join(''),
    expected: ['I. A', '1. x', '2. y', 'II. B', '3. z'],
  },
  {
    name: 'a level met before its parent draws the parent’s start ("1.1.")',
    numbering: numbering(OUTLINE, num(1, 1)),
    body: p('con', { num: [1, 1] }),
    expected: ['1.1. con'],
  },
  {
    name: 'suff "nothing" puts the text right after the label; numId 0 is no number',
    numbering: numbering(
      abstractNum(7, lvl(0, { fmt: 'decimal', text: '%1.', start: 1, suff: 'nothing' })),
      num(1, 7),
    ),
    body: [p('liền', { num: [1, 0] }), p('không số', { num: [0, 0] })].join(''),
    expected: ['1.liền', 'không số'],
  },
  {
    name: 'an unknown list instance draws nothing',
    numbering: numbering(one('decimal', '%1.'), num(1, 2)),
    body: p('lạ', { num: [42, 0] }),
    expected: ['lạ'],
  },
  {
    name: 'headings numbered through their styles (numPr in Heading 1/2, lvl pStyle)',
    styles: styles(
      '<w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/>',
      style('Normal', { isDefault: true }),
      style('Heading1', {
        name: 'heading 1',
        basedOn: 'Normal',
        pPr: '<w:numPr><w:numId w:val="3"/></w:numPr>',
      }),
      style('Heading2', {
        name: 'heading 2',
        basedOn: 'Normal',
        pPr: '<w:numPr><w:numId w:val="3"/></w:numPr>',
      }),
      style('NoList', { basedOn: 'Heading1', pPr: '<w:numPr><w:numId w:val="0"/></w:numPr>' }),
    ),
    numbering: numbering(
      abstractNum(
        8,
        lvl(0, { fmt: 'upperRoman', text: '%1.', start: 1, pStyle: 'Heading1' }),
        lvl(1, { fmt: 'decimal', text: '%2.', start: 1, pStyle: 'Heading2' }),
      ),
      num(3, 8),
    ),
    body: [
      p('ĐẶC ĐIỂM', { style: 'Heading1' }),
      p('Thuận lợi', { style: 'Heading2' }),
      p('Khó khăn', { style: 'Heading2' }),
      p('NHIỆM VỤ', { style: 'Heading1' }),
      p('Không đánh số', { style: 'NoList' }),
    ].join(''),
    expected: ['I. ĐẶC ĐIỂM', '1. Thuận lợi', '2. Khó khăn', 'II. NHIỆM VỤ', 'Không đánh số'],
  },
  {
    name: 'a list style (numStyleLink) draws from the list that defines it',
    styles: styles(
      '',
      style('Normal', { isDefault: true }),
      style('DanhSach', { type: 'numbering', pPr: '<w:numPr><w:numId w:val="7"/></w:numPr>' }),
    ),
    numbering: numbering(
      '<w:abstractNum w:abstractNumId="9"><w:styleLink w:val="DanhSach"/>' +
        lvl(0, { fmt: 'lowerLetter', text: '%1)', start: 1 }) +
        '</w:abstractNum>',
      '<w:abstractNum w:abstractNumId="10"><w:numStyleLink w:val="DanhSach"/></w:abstractNum>',
      num(7, 9),
      num(8, 10),
    ),
    body: [p('một', { num: [8, 0] }), p('hai', { num: [8, 0] })].join(''),
    expected: ['a) một', 'b) hai'],
  },
];

describe('readDocx: Word’s list labels computed from numbering.xml', () => {
  it.each(cases)('$name', async (c) => {
    expect(await texts(c.body, c.numbering, c.styles)).toEqual(c.expected);
  });

  it('marks numbered paragraphs as list items, and only them', async () => {
    const doc = await readDocx(
      await docx({
        body: p('MỤC', { num: [1, 0] }) + p('Đoạn thường.'),
        styles: ND30_STYLES,
        numbering: numbering(ROMAN_THEN_DECIMAL, num(1, 0)),
      }),
      'x.docx',
    );
    expect(doc.blocks.map((b) => [b.text, b.style.listItem])).toEqual([
      ['I. MỤC', true],
      ['Đoạn thường.', undefined],
    ]);
  });

  it('reads numbered paragraphs without labels when the file has no numbering part', async () => {
    expect(await texts(p('MỤC', { num: [1, 0] }))).toEqual(['MỤC']);
  });
});
