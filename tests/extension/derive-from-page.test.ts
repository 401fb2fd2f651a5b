import { describe, expect, it } from 'vitest';
import { outlineFromRead } from '../../extension/shared/derive-from-page.ts';

const read = (paragraphs: string[], headingLevels?: number[]) => ({
  ok: true,
  editor: 'contenteditable',
  paragraphs,
  url: 'https://soanthao.tinh.gov.vn/vb/1',
  ...(headingLevels ? { headingLevels } : {}),
});

describe('outlineFromRead', () => {
  it('derives the sections of a received đề cương, with a fresh user id', () => {
    const result = outlineFromRead(
      read([
        'ĐỀ CƯƠNG BÁO CÁO TỔNG KẾT NĂM 2026',
        'I. KẾT QUẢ',
        'Nêu kết quả.',
        '1. Tuyên truyền',
        '2. Tổ chức',
        'II. PHƯƠNG HƯỚNG',
      ]),
      ['u-de-cuong-bao-cao-tong-ket-nam-2026'],
      'Đề cương',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.outline.id).toBe('u-de-cuong-bao-cao-tong-ket-nam-2026-2');
    expect(result.outline.sections.map((s) => [s.title, s.children?.length ?? 0])).toEqual([
      ['KẾT QUẢ', 2],
      ['PHƯƠNG HƯỚNG', 0],
    ]);
    expect(result.outline.provenance.verified).toBe(false);
  });

  it('says why when the page had nothing to read or no headings', () => {
    expect(outlineFromRead(read(['', ' ']), [], 'x')).toMatchObject({
      ok: false,
      message: /không có nội dung/,
    });
    const failed = {
      ok: false,
      editor: 'none',
      paragraphs: [],
      url: 'x',
      message: 'Chưa có ô soạn thảo nào được chọn.',
    };
    expect(outlineFromRead(failed, [], 'x')).toEqual({
      ok: false,
      message: 'Chưa có ô soạn thảo nào được chọn.',
    });
    expect(outlineFromRead(read(['Kính gửi anh chị.', 'Trân trọng.']), [], 'x')).toMatchObject({
      ok: false,
      message: /Không tìm thấy đề mục/,
    });
  });
});
