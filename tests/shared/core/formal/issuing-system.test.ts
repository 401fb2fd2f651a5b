import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { issuingSystem } from '../../../../shared/core/formal/issuing-system.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';

const systemOf = (text: string) => issuingSystem(analyzeDocument(docFromText(text)));

describe('issuingSystem tells the regime from the header', () => {
  it('a Party document: "ĐẢNG CỘNG SẢN VIỆT NAM" where the Quốc hiệu would stand', () => {
    const text = [
      'ĐẢNG BỘ PHƯỜNG AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM',
      'CHI BỘ KHU PHỐ 3\tAn Bình, ngày 10 tháng 3 năm 2025',
      '*',
      'Số 05-BC/CB',
      'BÁO CÁO',
      'kết quả lãnh đạo thực hiện nhiệm vụ quý I',
      'Chi bộ báo cáo như sau.',
    ].join('\n');
    expect(systemOf(text)).toBe('party');
  });

  it('a Party document known by its Số alone ("Số 12-KH/ĐU")', () => {
    const text = ['ĐẢNG ỦY XÃ TÂN PHÚ', 'Số 12-KH/ĐU', 'KẾ HOẠCH', 'tổ chức hội nghị', 'Nội dung.'].join(
      '\n',
    );
    expect(systemOf(text)).toBe('party');
  });

  it('a union document: Quốc hiệu and a union body or a union code in the ký hiệu', () => {
    const text = [
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT AN NHƠN\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 08/KH-CĐCS\tAn Nhơn, ngày 02 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'tổ chức ngày Quốc tế Phụ nữ',
    ].join('\n');
    expect(systemOf(text)).toBe('union');
    const coded = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 15/HD-LĐLĐ', 'HƯỚNG DẪN', 'thi đua'].join('\n');
    expect(systemOf(coded)).toBe('union');
  });

  it('a State document: Quốc hiệu and a State body', () => {
    const text = [
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH PHÚ YÊN\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 41/KH-UBND\tPhú Yên, ngày 15 tháng 4 năm 2025',
      'KẾ HOẠCH',
      'chuyển đổi số năm 2025',
    ].join('\n');
    expect(systemOf(text)).toBe('state');
  });

  it('a fragment without a header is unknown', () => {
    expect(systemOf('KẾ HOẠCH\nnâng cao chất lượng hoạt động\nThực hiện chỉ đạo của cấp trên.')).toBe(
      'unknown',
    );
    expect(systemOf('Trong năm qua, các đơn vị đã triển khai nhiều hoạt động.')).toBe('unknown');
  });
});
