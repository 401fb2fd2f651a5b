import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { locateClosing } from '../../../../shared/core/formal/locate-closing.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { partMarker } from '../../../../shared/core/headings/part-start.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';

const lines = (...l: string[]) => l.join('\n');

/** A hướng dẫn with its closing, then two forms (MẪU 1, MẪU 2) for the recipients to fill in. */
const GUIDANCE_WITH_FORMS = lines(
  'CÔNG ĐOÀN NGÀNH Y TẾ TỈNH BÌNH AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'BAN THƯỜNG VỤ\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 21/HD-CĐN\tBình An, ngày 12 tháng 4 năm 2025',
  'HƯỚNG DẪN',
  'Đăng ký thi đua năm 2025',
  'Để các công đoàn cơ sở đăng ký thi đua kịp thời, Ban Thường vụ hướng dẫn như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Đăng ký đúng thời hạn, đúng đối tượng.',
  'II. NỘI DUNG',
  '1. Các công đoàn cơ sở lập danh sách theo các mẫu kèm theo.',
  '2. Gửi về Ban Thường vụ trước ngày 30/5/2025.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các công đoàn cơ sở triển khai thực hiện./.',
  'Nơi nhận:',
  '- Các CĐCS trực thuộc;',
  '- Lưu: VT, TC.',
  'TM. BAN THƯỜNG VỤ',
  'CHỦ TỊCH',
  'Lê Thị Hoa',
  'MẪU 1',
  'CÔNG ĐOÀN …………\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'BẢN ĐĂNG KÝ THI ĐUA',
  '1. Tên đơn vị: …………',
  '2. Số đoàn viên: …………',
  'Nơi nhận:',
  '- …………',
  'Mẫu số 02',
  'CÔNG ĐOÀN …………',
  'Số: ……/……',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'DANH SÁCH ĐĂNG KÝ',
  '1. Họ và tên: …………',
  '2. Chức vụ: …………',
);

/** Two letters pasted one after the other: the second's issuer and Số stand above its Quốc hiệu. */
const TWO_DOCUMENTS = lines(
  'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA BÌNH',
  'Số: 05/TTr-CĐCS',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỜ TRÌNH',
  'Về việc đề nghị khen thưởng',
  'Ban Chấp hành công đoàn cơ sở kính trình Ban Thường vụ xem xét, khen thưởng 03 đoàn viên.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'TM. BAN CHẤP HÀNH',
  'CHỦ TỊCH',
  'Phạm Văn Nam',
  'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA BÌNH',
  'Số: 06/BC-CĐCS',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'BÁO CÁO',
  'Thành tích của đoàn viên đề nghị khen thưởng',
);

describe('document parts: one file, several documents', () => {
  it('starts a part at each form label, and the form’s header moves with it', () => {
    const a = analyzeDocument(docFromText(GUIDANCE_WITH_FORMS));
    expect(a.parts.map((p) => [p.start + 1, p.end + 1, p.opening, p.form])).toEqual([
      [1, 19, 'start', false],
      [20, 27, 'form', true],
      [28, 34, 'form', true],
    ]);
  });

  it('starts a part at a new Quốc hiệu, taking the issuer and Số lines above it out of the closing before', () => {
    const a = analyzeDocument(docFromText(TWO_DOCUMENTS));
    expect(a.parts.map((p) => [p.start + 1, p.end + 1, p.opening])).toEqual([
      [1, 12, 'start'],
      [13, 17, 'header'],
    ]);
    expect(a.blocks[12]?.kind).toBe('body');
    // The signer's name stays with the letter it signs.
    expect(a.blocks[11]?.part).toBe(0);
  });

  it('keeps the closing of the guidance inside its own part: no Nơi nhận item, no signature line from a form', () => {
    const a = analyzeDocument(docFromText(GUIDANCE_WITH_FORMS));
    const closings = locateClosing(a);
    expect(closings.map((c) => c.part)).toEqual([0]);
    const blocks = [
      ...(closings[0]?.noiNhan?.items ?? []).map((s) => s.block),
      ...(closings[0]?.signature ?? []).map((s) => s.block),
    ];
    expect(Math.max(...blocks)).toBeLessThanOrEqual(18);
  });

  it('gives no finding and no fix past the guidance: the forms’ blanks and template closings are intended', () => {
    const doc = docFromText(GUIDANCE_WITH_FORMS);
    const { findings } = checkDocument(doc);
    const inForms = findings.filter((f) => f.block >= 19 || (f.fix?.edits ?? []).some((e) => e.block >= 19));
    expect(inForms.map((f) => `${f.block + 1} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('does not start a part at “QUYẾT ĐỊNH:” before the articles, and reads “Chương I / QUY ĐỊNH CHUNG” as one heading', () => {
    const a = analyzeDocument(
      docFromText(
        lines(
          'QUYẾT ĐỊNH',
          'Ban hành Quy chế hoạt động của Ban Chấp hành',
          'Căn cứ Điều lệ Công đoàn Việt Nam; xét đề nghị của Văn phòng, Ban Thường vụ ban hành quyết định này.',
          'QUYẾT ĐỊNH:',
          'Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động.',
          'Điều 2. Quyết định có hiệu lực từ ngày ký.',
          'QUY CHẾ',
          'Hoạt động của Ban Chấp hành',
          '(Ban hành kèm theo Quyết định số 12/QĐ-CĐCS)',
          'Chương I',
          'QUY ĐỊNH CHUNG',
          'Điều 1. Phạm vi điều chỉnh',
          'Quy chế này quy định nguyên tắc làm việc của Ban Chấp hành.',
        ),
      ),
    );
    expect(a.parts.map((p) => [p.start + 1, p.opening, p.attached + 1])).toEqual([
      [1, 'start', 0],
      [7, 'title', 9],
    ]);
    expect(a.blocks[10]?.kind).toBe('heading-title');
  });
});

describe('a caption is no new document', () => {
  it('keeps “Biểu 1: …” over a table in the body of a report in the report', () => {
    const a = analyzeDocument(
      docFromText(
        lines(
          'BÁO CÁO',
          'Kết quả phát triển đoàn viên năm 2025',
          'I. KẾT QUẢ',
          'Trong năm, công đoàn cơ sở kết nạp 25 đoàn viên mới, đạt 125% chỉ tiêu được giao.',
          'Biểu 1: Số liệu đoàn viên theo tổ',
          'Tổ\tSố đoàn viên',
          'II. PHƯƠNG HƯỚNG',
          'Tiếp tục phát triển đoàn viên ở các tổ còn ít đoàn viên.',
        ),
      ),
    );
    expect(a.parts).toHaveLength(1);
    expect(a.parts[0]?.form).toBe(false);
  });
});

describe('partMarker', () => {
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'header'],
    ['ỦY BAN NHÂN DÂN TỈNH AN GIANG\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'header'],
    ['ĐẢNG BỘ XÃ AN PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM', 'header'],
    ['MẪU 1', 'form'],
    ['Mẫu số 02: Bản đăng ký thi đua', 'form'],
    ['Biểu số 3', 'form'],
    ['MẪU BÁO CÁO', 'form'],
    ['Phụ lục 2', 'annex'],
  ])('%s is a %s marker', (text, kind) => expect(partMarker(text)).toBe(kind));

  it.each([
    'Mẫu báo cáo gửi kèm theo hướng dẫn này.',
    'Biểu dương 12 tập thể, 30 cá nhân có thành tích xuất sắc.',
    'Phụ lục kèm theo quyết định này gồm 3 biểu.',
    'Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền.',
    'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA BÌNH',
  ])('“%s” is no marker', (text) => expect(partMarker(text)).toBeNull());
});
