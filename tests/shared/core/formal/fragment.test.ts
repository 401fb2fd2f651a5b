import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { completeness, hasSoLine } from '../../../../shared/core/formal/fragment.ts';
import { isLegalNormative } from '../../../../shared/core/formal/legal-normative.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';

const analysis = (text: string) => analyzeDocument(docFromText(text));
const HEAD = 'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LONG AN\tĐộc lập - Tự do - Hạnh phúc';

describe('completeness', () => {
  it('a document with a header and a signature is complete', () => {
    const a = analysis(
      `${HEAD}\nSố: 05/KH-UBND\tLong An, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\nchuyển đổi số\nNội dung.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH`,
    );
    expect(completeness(a)).toBe('complete');
  });

  it('a text without any header part has none', () => {
    expect(completeness(analysis('Các đơn vị triển khai thực hiện.\nTM. BAN THƯỜNG VỤ'))).toBe('no-header');
  });

  it('a header whose text stops before any ending is cut mid-way', () => {
    expect(
      completeness(
        analysis(
          `${HEAD}\nSố: 05/KH-UBND\tLong An, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\nchuyển đổi số\nI. MỤC ĐÍCH\nNội dung`,
        ),
      ),
    ).toBe('no-ending');
  });
});

describe('hasSoLine and isLegalNormative', () => {
  it('reads a Số line in the Party form and in the form of a legal text', () => {
    expect(hasSoLine(analysis('ĐẢNG ỦY XÃ AN BÌNH\nSố 12-BC/ĐU\nBÁO CÁO\nkết quả'))).toBe(true);
    const legal = analysis(
      `${HEAD}\nSố: 36/2025/QĐ-UBND\tLong An, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy định`,
    );
    expect(hasSoLine(legal)).toBe(true);
    expect(isLegalNormative(legal)).toBe(true);
  });

  it('finds none where the header has none', () => {
    const a = analysis(`${HEAD}\nBIÊN BẢN\nHọp Ban Chấp hành`);
    expect(hasSoLine(a)).toBe(false);
    expect(isLegalNormative(a)).toBe(false);
  });
});
