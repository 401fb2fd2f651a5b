import { describe, expect, it } from 'vitest';
import type { Fix } from '../../../../shared/core/base/finding.ts';
import type { DocModel } from '../../../../shared/core/document/doc-model.ts';
import { applyFixes } from '../../../../shared/core/rules/apply-fixes.ts';

function doc(...texts: string[]): DocModel {
  return {
    meta: { name: 'bao-cao.docx', styled: true },
    blocks: texts.map((text, i) => ({
      text,
      style: i === 0 ? { headingLevel: 1, bold: true } : {},
      locator: i,
    })),
  };
}

const texts = (d: DocModel) => d.blocks.map((b) => b.text);

const replace = (block: number, range: [number, number], text: string, label = 'Sửa'): Fix => ({
  label,
  edits: [{ kind: 'replace', block, range, text }],
});

const insertAfter = (block: number, ...lines: string[]): Fix => ({
  label: 'Chèn',
  edits: [{ kind: 'insert-after', block, blocks: lines.map((text) => ({ text, style: { italic: true } })) }],
});

describe('applyFixes', () => {
  it('applies two replaces in one block from its end, so both ranges stay valid', () => {
    const d = doc('Số: 15/QÐ-CÐCS');
    const a = replace(0, [8, 9], 'Đ');
    const b = replace(0, [11, 12], 'Đ');
    const result = applyFixes(d, [a, b]);
    expect(texts(result.doc)).toEqual(['Số: 15/QĐ-CĐCS']);
    expect(result.applied).toEqual([a, b]);
    expect(result.skipped).toEqual([]);
  });

  it('applies replaces that change length, in either order of the fixes', () => {
    const d = doc('Công đoàn cơ sở xxx tổ chức {{ngay}}.');
    const result = applyFixes(d, [replace(0, [16, 19], 'Sông Đà'), replace(0, [28, 36], '15/6/2024')]);
    expect(texts(result.doc)).toEqual(['Công đoàn cơ sở Sông Đà tổ chức 15/6/2024.']);
    const reversed = applyFixes(d, [replace(0, [28, 36], '15/6/2024'), replace(0, [16, 19], 'Sông Đà')]);
    expect(texts(reversed.doc)).toEqual(['Công đoàn cơ sở Sông Đà tổ chức 15/6/2024.']);
  });

  it('applies an insert-after and a replace in a later block to the blocks they were meant for', () => {
    const d = doc('I. ĐẶC ĐIỂM TÌNH HÌNH', 'Nội dung.', 'II. Kết quả hoạt động');
    const result = applyFixes(d, [
      insertAfter(0, '1. Tình hình chung'),
      replace(2, [4, 21], 'KẾT QUẢ HOẠT ĐỘNG'),
    ]);
    expect(texts(result.doc)).toEqual([
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      '1. Tình hình chung',
      'Nội dung.',
      'II. KẾT QUẢ HOẠT ĐỘNG',
    ]);
    expect(result.doc.blocks[1]).toEqual({ text: '1. Tình hình chung', style: { italic: true } });
    expect(result.doc.blocks[3]?.locator).toBe(2);
  });

  it('applies an insert-after and a replace of the same block: the replace hits the old block', () => {
    const d = doc('I. Đặc điểm tình hình', 'Nội dung.');
    const result = applyFixes(d, [
      insertAfter(0, 'Nêu rõ tình hình.'),
      replace(0, [3, 21], 'ĐẶC ĐIỂM TÌNH HÌNH'),
    ]);
    expect(texts(result.doc)).toEqual(['I. ĐẶC ĐIỂM TÌNH HÌNH', 'Nêu rõ tình hình.', 'Nội dung.']);
  });

  it('inserts at the very start with block -1, and at the very end after the last block', () => {
    const d = doc('II. KẾT QUẢ HOẠT ĐỘNG', 'Nội dung.');
    const result = applyFixes(d, [
      insertAfter(1, 'Nơi nhận:', '- Lưu: VT, VP.'),
      insertAfter(-1, 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
    ]);
    expect(texts(result.doc)).toEqual([
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ HOẠT ĐỘNG',
      'Nội dung.',
      'Nơi nhận:',
      '- Lưu: VT, VP.',
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('inserts after one block for two fixes in the order they are listed (two adjacent missing sections)', () => {
    const first = insertAfter(0, 'II. KẾT QUẢ HOẠT ĐỘNG');
    const second = insertAfter(0, 'III. PHƯƠNG HƯỚNG');
    const result = applyFixes(doc('I. ĐẶC ĐIỂM TÌNH HÌNH', 'Nơi nhận:'), [first, second]);
    expect(texts(result.doc)).toEqual([
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ HOẠT ĐỘNG',
      'III. PHƯƠNG HƯỚNG',
      'Nơi nhận:',
    ]);
    expect(result.applied).toEqual([first, second]);
  });

  it('merges set-style into the block’s style', () => {
    const d = doc('I. ĐẶC ĐIỂM TÌNH HÌNH', 'II. KẾT QUẢ HOẠT ĐỘNG');
    const fix: Fix = {
      label: 'Áp dụng kiểu Heading 1',
      edits: [{ kind: 'set-style', block: 1, style: { headingLevel: 1 } }],
    };
    const result = applyFixes(d, [fix]);
    expect(result.doc.blocks.map((b) => b.style)).toEqual([
      { headingLevel: 1, bold: true },
      { headingLevel: 1 },
    ]);
  });

  it('applies adjacent ranges ([0,3) and [3,5)) as two fixes', () => {
    const result = applyFixes(doc('abcde'), [replace(0, [0, 3], 'X'), replace(0, [3, 5], 'Y')]);
    expect(texts(result.doc)).toEqual(['XY']);
    expect(result.skipped).toEqual([]);
  });

  describe('skips a fix whole', () => {
    it('when one of its edits overlaps a fix taken before it', () => {
      const d = doc('Số: 15/QÐ-CĐCS', 'Nội dung.');
      const first = replace(0, [7, 9], 'QĐ', 'Thay Ð');
      const second: Fix = {
        label: 'Sửa hai chỗ',
        edits: [
          { kind: 'replace', block: 1, range: [0, 3], text: 'NỘI' },
          { kind: 'replace', block: 0, range: [8, 10], text: 'Đ–' },
        ],
      };
      const result = applyFixes(d, [first, second]);
      expect(texts(result.doc)).toEqual(['Số: 15/QĐ-CĐCS', 'Nội dung.']);
      expect(result.applied).toEqual([first]);
      expect(result.skipped).toEqual([second]);
    });

    it('when two inserts start at one place (empty ranges at the same offset)', () => {
      const first = replace(0, [4, 4], '15');
      const second = replace(0, [4, 4], '16');
      const result = applyFixes(doc('Số: /BC'), [first, second]);
      expect(texts(result.doc)).toEqual(['Số: 15/BC']);
      expect(result.skipped).toEqual([second]);
    });

    it('when its own edits overlap each other', () => {
      const fix: Fix = {
        label: 'Hai lần',
        edits: [
          { kind: 'replace', block: 0, range: [0, 4], text: 'A' },
          { kind: 'replace', block: 0, range: [2, 6], text: 'B' },
        ],
      };
      const result = applyFixes(doc('Công đoàn'), [fix]);
      expect(texts(result.doc)).toEqual(['Công đoàn']);
      expect(result.skipped).toEqual([fix]);
    });

    it.each<[string, Fix]>([
      ['a replace in a block that does not exist', replace(5, [0, 1], 'X')],
      ['a replace past the end of the block', replace(1, [0, 10], 'X')],
      ['a replace whose range is reversed', replace(1, [4, 2], 'X')],
      ['an insert after a block past the end', insertAfter(2, 'Nơi nhận:')],
      [
        'a set-style of a missing block',
        { label: 'Kiểu', edits: [{ kind: 'set-style', block: 9, style: { bold: true } }] },
      ],
      [
        'a fix with one good edit and one out of range',
        {
          label: 'Hai chỗ',
          edits: [
            { kind: 'replace', block: 0, range: [0, 2], text: 'II' },
            { kind: 'replace', block: 7, range: [0, 1], text: 'X' },
          ],
        },
      ],
    ])('when it points outside the document: %s', (_name, fix) => {
      const d = doc('I. ĐẶC ĐIỂM', 'Nội dung.');
      const result = applyFixes(d, [fix]);
      expect(texts(result.doc)).toEqual(['I. ĐẶC ĐIỂM', 'Nội dung.']);
      expect(result.applied).toEqual([]);
      expect(result.skipped).toEqual([fix]);
    });
  });

  it('never mutates the original DocModel, nor shares styles with it', () => {
    const d = doc('I. Đặc điểm tình hình', 'Nội dung.', 'II. KẾT QUẢ');
    const before = structuredClone(d);
    const result = applyFixes(d, [
      replace(0, [3, 21], 'ĐẶC ĐIỂM TÌNH HÌNH'),
      insertAfter(1, 'Nêu rõ tình hình.'),
      { label: 'Kiểu', edits: [{ kind: 'set-style', block: 2, style: { headingLevel: 1 } }] },
    ]);
    expect(d).toEqual(before);
    expect(result.doc).not.toBe(d);
    expect(result.doc.meta).toEqual(d.meta);
    expect(result.doc.meta).not.toBe(d.meta);
    const copy = result.doc.blocks[0];
    if (copy) copy.style.italic = true;
    expect(result.doc.blocks[0]?.style).toEqual({ headingLevel: 1, bold: true, italic: true });
    expect(d.blocks[0]?.style).toEqual({ headingLevel: 1, bold: true });
  });

  it('returns an equal copy when there is nothing to apply', () => {
    const d = doc('I. ĐẶC ĐIỂM TÌNH HÌNH');
    const result = applyFixes(d, []);
    expect(result.doc).toEqual(d);
    expect(result.doc.blocks[0]).not.toBe(d.blocks[0]);
    expect(result.applied).toEqual([]);
    expect(result.skipped).toEqual([]);
  });
});
