import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LINE, mayBeAttachmentLine } from '../../../../shared/core/formal/self-citation.ts';

describe('mayBeAttachmentLine', () => {
  it('is true wherever ATTACHMENT_LINE matches', () => {
    const start = fc.constantFrom(
      '',
      ' ',
      '\t',
      '\u00a0',
      '\u2003',
      '\ufeff',
      '(',
      '( ',
      'Ban hành ',
      'Ban ',
      'B',
    );
    const rest = fc.constantFrom(
      'Kèm theo',
      'kèm theo',
      'Kem theo',
      'Kế hoạch',
      'kèm',
      'Ban hành kèm theo',
      'x',
    );
    fc.assert(
      fc.property(start, rest, fc.string({ maxLength: 4 }), (a, b, c) => {
        const text = a + b + c;
        if (ATTACHMENT_LINE.test(text)) expect(mayBeAttachmentLine(text), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('rules out most paragraphs by their first units', () => {
    expect(mayBeAttachmentLine('(Kèm theo Kế hoạch số 12/KH-CĐN)')).toBe(true);
    expect(mayBeAttachmentLine('Kèm theo Kế hoạch số 12/KH-CĐN')).toBe(true);
    expect(mayBeAttachmentLine('Ban hành kèm theo Quyết định số 5')).toBe(true);
    expect(mayBeAttachmentLine('Ban Thường vụ Công đoàn ngành')).toBe(false);
    expect(mayBeAttachmentLine('Kết quả hoạt động')).toBe(false);
    expect(mayBeAttachmentLine('- Tổ chức hội nghị')).toBe(false);
  });
});
