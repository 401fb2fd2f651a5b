import { describe, expect, it, vi } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';
import type { Report, Rule } from '../../../../shared/core/rules/rule.ts';
import requiredSection from '../../../../shared/core/rules/rules/required-section.ts';
import { testOutline } from '../../../helpers/rule-tester.ts';

/** A rule that reports what it is given, in that order. */
function fakeRule(id: string, reports: Report[], defaultSeverity: Rule['defaultSeverity'] = 'warning'): Rule {
  return {
    id,
    description: 'Quy tắc thử.',
    defaultSeverity,
    group: 'cấu trúc',
    source: 'Nguyên tắc thử',
    check: (_context, report) => {
      for (const r of reports) report(r);
    },
  };
}

const doc = docFromText(
  [
    'I. ĐẶC ĐIỂM TÌNH HÌNH',
    'Công đoàn cơ sở có 120 đoàn viên.',
    'II. KẾT QUẢ HOẠT ĐỘNG',
    'Tổ chức 4 buổi tuyên truyền.',
  ].join('\n'),
);

const outline = testOutline([
  { id: 'dac-diem', title: 'Đặc điểm tình hình', numbering: 'roman', required: true },
  { id: 'ket-qua', title: 'Kết quả hoạt động', numbering: 'roman', required: true },
  { id: 'phuong-huong', title: 'Phương hướng nhiệm vụ 6 tháng cuối năm', numbering: 'roman', required: true },
]);

const place = (f: { ruleId: string; block: number; range: [number, number]; severity: string }) =>
  `${f.ruleId} ${f.block} ${f.range[0]}-${f.range[1]} ${f.severity}`;

describe('checkDocument', () => {
  it('sorts findings by block, then by range start, then error before warning before info', () => {
    const a = fakeRule('fake-a', [
      { block: 3, range: [5, 9], message: 'a3' },
      { block: 1, range: [10, 12], message: 'a1-late' },
      { block: 1, range: [2, 4], message: 'a1-early', severity: 'info' },
    ]);
    const b = fakeRule('fake-b', [
      { block: 1, range: [2, 4], message: 'b1', severity: 'error' },
      { block: 0, message: 'b0' },
      { block: -1, range: [0, 0], message: 'doc' },
    ]);
    const { findings } = checkDocument(doc, { outline: null, rules: [a, b] });
    expect(findings.map(place)).toEqual([
      'fake-b -1 0-0 warning',
      'fake-b 0 0-21 warning',
      'fake-b 1 2-4 error',
      'fake-a 1 2-4 info',
      'fake-a 1 10-12 warning',
      'fake-a 3 5-9 warning',
    ]);
  });

  it('gives a report without a range the whole block, and its message as written', () => {
    const { findings } = checkDocument(doc, {
      rules: [fakeRule('fake-a', [{ block: 1, message: 'Thử.' }], 'error')],
    });
    expect(findings).toEqual([
      { ruleId: 'fake-a', severity: 'error', message: 'Thử.', block: 1, range: [0, 33] },
    ]);
  });

  it('counts findings by severity', () => {
    const rule = fakeRule('fake-a', [
      { block: 0, message: '1', severity: 'error' },
      { block: 1, message: '2' },
      { block: 2, message: '3' },
      { block: 3, message: '4', severity: 'info' },
    ]);
    expect(checkDocument(doc, { rules: [rule] }).counts).toEqual({ error: 1, warning: 2, info: 1 });
    expect(checkDocument(doc, { rules: [] }).counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('lets an outline override a rule’s severity, even a per-report one', () => {
    const withSeverities = testOutline(outline.sections, {
      severities: { 'fake-a': 'info', 'fake-b': 'error' },
    });
    const a = fakeRule('fake-a', [{ block: 0, message: 'a', severity: 'error' }]);
    const b = fakeRule('fake-b', [{ block: 1, message: 'b' }]);
    const c = fakeRule('fake-c', [{ block: 2, message: 'c' }]);
    const result = checkDocument(doc, { outline: withSeverities, rules: [a, b, c] });
    expect(result.findings.map(place)).toEqual([
      'fake-a 0 0-21 info',
      'fake-b 1 0-33 error',
      'fake-c 2 0-21 warning',
    ]);
    expect(result.counts).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it('does not run a rule the outline turns off', () => {
    const off = testOutline(outline.sections, { severities: { 'fake-a': 'off' } });
    const check = vi.fn();
    const a: Rule = { ...fakeRule('fake-a', []), check };
    const b = fakeRule('fake-b', [{ block: 0, message: 'b' }]);
    const result = checkDocument(doc, { outline: off, rules: [a, b] });
    expect(check).not.toHaveBeenCalled();
    expect(result.findings.map(place)).toEqual(['fake-b 0 0-21 warning']);
  });

  it('turns a rule that throws into one info finding and still runs the other rules', () => {
    const broken: Rule = {
      ...fakeRule('fake-broken', []),
      check: (_context, report) => {
        report({ block: 2, message: 'trước khi lỗi' });
        throw new Error('boom');
      },
    };
    const after = fakeRule('fake-after', [{ block: 3, message: 'vẫn chạy' }]);
    const result = checkDocument(doc, { rules: [broken, after] });
    expect(result.findings).toEqual([
      {
        ruleId: 'fake-broken',
        severity: 'info',
        message: 'Quy tắc “fake-broken” gặp lỗi nội bộ và đã bị bỏ qua; các kết quả khác vẫn đúng.',
        block: -1,
        range: [0, 0],
      },
      { ruleId: 'fake-broken', severity: 'warning', message: 'trước khi lỗi', block: 2, range: [0, 21] },
      { ruleId: 'fake-after', severity: 'warning', message: 'vẫn chạy', block: 3, range: [0, 28] },
    ]);
    expect(result.counts).toEqual({ error: 0, warning: 2, info: 1 });
  });

  it('matches a chosen outline and hands it to the rules', () => {
    const seen = vi.fn();
    const spy: Rule = {
      ...fakeRule('fake-spy', []),
      check: (context) => seen(context.outline?.id, context.match?.part),
    };
    const result = checkDocument(doc, { outline, rules: [spy, requiredSection] });
    expect(seen).toHaveBeenCalledWith('test-bao-cao', 0);
    expect(result.match?.sections.map((s) => s.block)).toEqual([0, 2, -1]);
    expect(result.findings.map((f) => [f.ruleId, f.block])).toEqual([['required-section', 3]]);
    expect(result.findings[0]?.message).toContain(
      'Thiếu mục bắt buộc: III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM.',
    );
    expect(result.analysis.blocks.map((b) => b.kind)).toEqual(['heading', 'body', 'heading', 'body']);
  });

  it('detects the outline among `outlines` by default', () => {
    const result = checkDocument(doc, { outlines: [outline], rules: [requiredSection] });
    expect(result.match?.outline.id).toBe('test-bao-cao');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['required-section']);
  });

  it('runs without an outline when there is none to detect: outline rules find nothing', () => {
    const result = checkDocument(doc, { outline: null, rules: [requiredSection] });
    expect(result.match).toBeNull();
    expect(result.findings).toEqual([]);
  });

  it('runs without an outline when told `outline: null`, even with outlines to detect from', () => {
    const result = checkDocument(doc, { outline: null, outlines: [outline], rules: [requiredSection] });
    expect(result.match).toBeNull();
    expect(result.findings).toEqual([]);
  });
});
