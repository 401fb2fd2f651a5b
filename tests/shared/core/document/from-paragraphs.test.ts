import { describe, expect, it } from 'vitest';
import { docFromParagraphs, paragraphOfBlock } from '../../../../shared/core/document/from-paragraphs.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';

describe('docFromParagraphs', () => {
  it('makes one block a non-blank paragraph and keeps its paragraph index as locator', () => {
    const doc = docFromParagraphs({ paragraphs: ['BÁO CÁO', '', '   ', 'I. KẾT QUẢ', 'Nội dung'] });
    expect(doc.blocks.map((b) => [b.text, b.locator])).toEqual([
      ['BÁO CÁO', 0],
      ['I. KẾT QUẢ', 3],
      ['Nội dung', 4],
    ]);
    expect(paragraphOfBlock(doc, 1)).toBe(3);
    expect(paragraphOfBlock(doc, 9)).toBe(-1);
  });

  it('takes heading levels 1–6 as heading styles and ignores 0 and nonsense', () => {
    const doc = docFromParagraphs({
      paragraphs: ['A', 'B', 'C', 'D'],
      headingLevels: [1, 0, 7, 2.5],
    });
    expect(doc.blocks.map((b) => b.style.headingLevel)).toEqual([1, undefined, undefined, undefined]);
  });

  it('joins soft line breaks inside a paragraph and trims the ends', () => {
    const doc = docFromParagraphs({ paragraphs: ['  Kính gửi:\nBan Thường vụ  '] });
    expect(doc.blocks[0]?.text).toBe('Kính gửi: Ban Thường vụ');
  });

  it('marks the model as from the web and not styled, with the page as its name', () => {
    expect(docFromParagraphs({ paragraphs: [], name: 'http://x' }).meta).toEqual({
      source: 'web',
      styled: false,
      name: 'http://x',
    });
  });

  it('is what the checker reads: findings point at blocks that map back to paragraphs', () => {
    const doc = docFromParagraphs({
      paragraphs: ['', 'I. ĐẶC ĐIỂM', '', 'III. KIẾN NGHỊ', 'Nội dung.'],
    });
    const result = checkDocument(doc, { outline: null });
    for (const f of result.findings.filter((x) => x.block >= 0)) {
      expect(paragraphOfBlock(doc, f.block)).toBeGreaterThanOrEqual(1);
    }
    expect(
      result.analysis.blocks.filter((b) => b.kind === 'heading').map((b) => paragraphOfBlock(doc, b.index)),
    ).toEqual([1, 3]);
  });
});
