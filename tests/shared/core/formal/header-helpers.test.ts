import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { leadsOnFromCanCu } from '../../../../shared/core/formal/can-cu-leads-on.ts';
import { QUOC_HIEU_FOLDED, TIEU_NGU_FOLDED } from '../../../../shared/core/formal/header-segments.ts';
import { endEdits, kinhGuiExpected, recipientLines } from '../../../../shared/core/formal/kinh-gui-lines.ts';
import { headerOf } from '../../../../shared/core/formal/locate-header.ts';
import { exactTextReport, QUOC_HIEU, TIEU_NGU } from '../../../../shared/core/formal/quoc-hieu-text.ts';
import { quotedSubjectReport } from '../../../../shared/core/formal/quoted-subject-report.ts';
import { typeCodeReports } from '../../../../shared/core/formal/type-code-reports.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';

const analysis = (...lines: string[]) => analyzeDocument(docFromText(lines.join('\n')));
const CV = ['Số: 112/CĐVC-VP', 'V/v báo cáo kết quả hoạt động', 'Hà Nội, ngày 05 tháng 3 năm 2024'];

describe('kinh-gui-lines', () => {
  it('expects a Kính gửi in a công văn and in nothing else without an outline', () => {
    expect(kinhGuiExpected(headerOf(analysis(...CV, 'Đề nghị báo cáo.')), null, null)).toBe('cong-van');
    const plan = analysis(
      'Số: 12/KH-CĐVC',
      'Hà Nội, ngày 05 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Tổ chức hội nghị',
    );
    expect(kinhGuiExpected(headerOf(plan), null, null)).toBeNull();
  });

  it('lists the recipient lines without blanks, and ends each with its mark', () => {
    const a = analysis(
      ...CV,
      'Kính gửi: ……',
      '- Ban Thường vụ;',
      '- Các công đoàn cơ sở,',
      'Đề nghị báo cáo.',
    );
    const k = headerOf(a).kinhGui;
    expect(k).not.toBeNull();
    if (!k) return;
    const lines = recipientLines(k);
    expect(lines.map((l) => l.text)).toEqual(['- Ban Thường vụ;', '- Các công đoàn cơ sở,']);
    const [first, second] = lines;
    if (!first || !second) return;
    expect(endEdits(a, first, ';')).toEqual([]);
    expect(endEdits(a, second, '.')).toEqual([
      { kind: 'replace', block: second.block, range: [second.end - 1, second.end], text: '.' },
    ]);
  });
});

describe('typeCodeReports (the type code of a Số, ký hiệu)', () => {
  const reports = (...lines: string[]) => {
    const a = analysis(...lines);
    return typeCodeReports(a, headerOf(a), null, null, '(cite)');
  };
  const PLAN = ['Hà Nội, ngày 05 tháng 3 năm 2024', 'KẾ HOẠCH', 'Tổ chức hội nghị'];

  it.each([
    ['Số: 12/KH-CĐVC', 0],
    ['Số: 12/Kh-CĐVC', 1],
    ['Số: 12/BC-CĐVC', 1],
    ['Số: 12/KH', 1],
  ])('%s in a Kế hoạch gives %i report(s)', (so, count) => {
    expect(reports(so, ...PLAN)).toHaveLength(count);
  });

  it('tells a công văn to carry no type code', () => {
    const [r] = reports('Số: 112/CV-CĐVC', ...CV.slice(1));
    expect(r?.message).toMatch(/^Công văn không ghi chữ viết tắt tên loại/);
  });
});

describe('exactTextReport (Quốc hiệu and Tiêu ngữ as NĐ 30 gives them)', () => {
  const report = (text: string, pattern: RegExp, exact: string) => {
    const a = analysis(text);
    const info = a.blocks[0];
    if (!info) throw new Error('no block');
    const line = { block: 0, start: 0, end: info.text.length, text: info.text };
    return exactTextReport(a, line, pattern, exact, 'Tiêu ngữ', '(cite)');
  };

  it.each([QUOC_HIEU, 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'])('accepts %s', (text) => {
    expect(report(text, QUOC_HIEU_FOLDED, QUOC_HIEU)).toBeNull();
  });

  it('offers the exact Tiêu ngữ, as a warning when only the dashes differ', () => {
    const dashes = report('Độc lập – Tự do – Hạnh phúc', TIEU_NGU_FOLDED, TIEU_NGU);
    expect(dashes?.severity).toBe('warning');
    expect(dashes?.fix?.edits[0]).toMatchObject({ text: TIEU_NGU });
    const words = report('Độc lập - tự do - hạnh phúc', TIEU_NGU_FOLDED, TIEU_NGU);
    expect(words?.severity).toBeUndefined();
  });
});

describe('quotedSubjectReport and leadsOnFromCanCu', () => {
  it('drops the quotes of a quoted V/v', () => {
    const a = analysis(
      'Số: 112/CĐVC-VP',
      '“V/v báo cáo kết quả hoạt động”',
      'Hà Nội, ngày 05 tháng 3 năm 2024',
    );
    expect(quotedSubjectReport(a, headerOf(a), '(cite)')?.fix?.edits).toHaveLength(2);
    const bare = analysis(...CV);
    expect(quotedSubjectReport(bare, headerOf(bare), '(cite)')).toBeNull();
  });

  it.each([
    ['Ban Thường vụ Công đoàn ban hành Kế hoạch như sau:', false, true],
    ['Ủy ban nhân dân tỉnh ban hành Quyết định về việc thành lập.', false, true],
    ['QUYẾT ĐỊNH:', false, false],
    ['QUYẾT ĐỊNH:', true, true],
  ])('a last căn cứ before “%s” (normative: %s) leads on: %s', (after, normative, leads) => {
    const a = analysis('Căn cứ Điều lệ Công đoàn Việt Nam;', after);
    const info = a.blocks[0];
    if (!info) throw new Error('no block');
    const line = { block: 0, start: 0, end: info.text.length, text: info.text };
    expect(leadsOnFromCanCu(a, line, normative)).toBe(leads);
  });
});
