import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';

const texts = (text: string) => docFromText(text).blocks.map((b) => b.text);

describe('docFromText: a signature block is never glued to the capitals above it', () => {
  // NĐ 30/2020, Phụ lục I, mục II.7: the quyền hạn (TM., KT., TL., TUQ., Q.) starts its own line.
  it.each([
    [
      'TM.',
      'III. TỔ CHỨC THỰC HIỆN\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
      ['III. TỔ CHỨC THỰC HIỆN', 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
    ],
    [
      'KT.',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      ['IV. ĐỀ XUẤT, KIẾN NGHỊ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ],
    ['TL.', 'II. NỘI DUNG\nTL. BAN THƯỜNG VỤ', ['II. NỘI DUNG', 'TL. BAN THƯỜNG VỤ']],
    ['TUQ.', 'II. NỘI DUNG\nTUQ. CHỦ TỊCH', ['II. NỘI DUNG', 'TUQ. CHỦ TỊCH']],
    ['Q.', 'II. NỘI DUNG\nQ. CHỦ TỊCH', ['II. NỘI DUNG', 'Q. CHỦ TỊCH']],
  ])('%s after a heading in capitals', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('still joins a heading in capitals wrapped onto a second line of capitals', () => {
    expect(texts('II. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI X CÔNG ĐOÀN\nTỈNH GIAI ĐOẠN 2018 – 2020')).toEqual(
      ['II. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI X CÔNG ĐOÀN TỈNH GIAI ĐOẠN 2018 – 2020'],
    );
  });

  it('joins a sentence cut by a page break', () => {
    expect(texts('nâng cao chất lượng hoạt động của các doanh\n\nnghiệp ngoài nhà nước.')).toEqual([
      'nâng cao chất lượng hoạt động của các doanh nghiệp ngoài nhà nước.',
    ]);
  });
});
