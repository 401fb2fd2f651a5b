import { describe, expect, it } from 'vitest';
import { type HygieneIssue, scanHygiene } from '../../../../shared/core/text/hygiene.ts';
import { describeHygieneIssue } from '../../../../shared/core/text/hygiene-messages.ts';
import { hygieneRuns } from '../../../../shared/core/text/hygiene-runs.ts';

const issue = (kind: HygieneIssue['kind'], replacement?: string): HygieneIssue =>
  replacement === undefined ? { kind, range: [0, 1] } : { kind, range: [0, 1], replacement };

describe('describeHygieneIssue', () => {
  it.each([
    ['replacement-char', undefined, 'error'],
    ['eth-for-dj', 'Đ', 'error'],
    ['zero-width', '', 'warning'],
    ['nbsp', ' ', 'info'],
    ['not-nfc', 'á', 'warning'],
    ['control-char', '', 'warning'],
    ['private-use', undefined, 'warning'],
    ['mojibake', 'ộ', 'error'],
  ] as const)('%s is a %s… with a Vietnamese message', (kind, replacement, severity) => {
    const d = describeHygieneIssue(issue(kind, replacement));
    expect(d.severity).toBe(severity);
    expect(d.message).toMatch(/^\P{Ll}.*[.;]$/u);
    expect(d.message).not.toMatch(/\b(?:replacement|kind|undefined)\b/);
  });

  it('tells a lost Wingdings bullet apart from a lost letter', () => {
    expect(describeHygieneIssue(issue('replacement-char', '-')).fix).toBe('Thay bằng “-”');
    expect(describeHygieneIssue(issue('replacement-char')).fix).toBe('');
  });

  it('tells a zero-width space that stands for a word space apart from one to delete', () => {
    expect(describeHygieneIssue(issue('zero-width', ' ')).fix).toBe('Thay bằng dấu cách');
    expect(describeHygieneIssue(issue('zero-width', '')).fix).toBe('Xoá ký tự ẩn');
    expect(describeHygieneIssue(issue('zero-width', '?')).fix).toBe('');
  });

  it('describes what the scanner finds in a damaged line', () => {
    const text = 'Ðoàn\u00a0viên\u200bcông đoàn';
    const kinds = hygieneRuns(text, scanHygiene(text)).map((i) => describeHygieneIssue(i).severity);
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(kinds).toContain('error');
  });
});
