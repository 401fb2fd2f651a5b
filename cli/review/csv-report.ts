import { type ReviewReport, STATUS_LABEL } from './review-model.ts';

/**
 * A text cell a spreadsheet would take for a formula (it begins with = + - @, a tab or a carriage
 * return: a Drive file named "=HYPERLINK(…)") is written as text, with a leading apostrophe, as the
 * OWASP "CSV Injection" page advises. Numbers are Khung's own counts and stay numbers.
 */
export const asText = (value: string | number) =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
const field = (value: string | number) => {
  const text = asText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * One row a file: status, counts, then one column per required section ("Có"/"Thiếu"). UTF-8 with a BOM
 * and CRLF line ends, so Excel on Windows opens the Vietnamese text correctly with a double click.
 */
export function toCsv(report: ReviewReport): string {
  const header = [
    'Tệp',
    'Loại',
    'Trạng thái',
    'Lỗi',
    'Cảnh báo',
    'Gợi ý',
    'Số mục bắt buộc thiếu',
    ...report.sections.map((s) => s.label),
    'Ghi chú',
    'Liên kết',
  ];
  const rows = report.entries.map((e) => {
    const read = e.status === 'ok' || e.status === 'errors';
    const cell = (present: boolean) => (read ? (present ? 'Có' : 'Thiếu') : '');
    return [
      e.name,
      e.kind === 'gdoc' ? 'Google Docs' : e.kind === 'docx' ? '.docx' : 'khác',
      STATUS_LABEL[e.status],
      read ? e.counts.error : '',
      read ? e.counts.warning : '',
      read ? e.counts.info : '',
      read ? e.present.filter((p) => !p).length : '',
      ...e.present.map(cell),
      e.problem ?? '',
      e.link ?? '',
    ];
  });
  return `\uFEFF${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
