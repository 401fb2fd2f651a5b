import type { FixEdit } from '../base/finding.ts';
import type { Report } from '../base/report.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import { type DocHeader, rangeIn } from './header-line.ts';
import { quotedSubject } from './title-line.ts';

/**
 * A trích yếu "V/v …" put in quotation marks (NĐ 30/2020, Phụ lục I, mục II.5 writes it bare): the
 * report, with a fix that drops the quotes only when the closing one ends the subject; null otherwise.
 */
export function quotedSubjectReport(analysis: DocAnalysis, h: DocHeader, cite: string): Report | null {
  const quoted = quotedSubject(h);
  if (!quoted) return null;
  const { open, close } = quoted;
  const drop = (b: number, start: number): FixEdit => ({
    kind: 'replace',
    block: b,
    range: rangeIn(analysis, b, start, start + 1),
    text: '',
  });
  return {
    block: open.block,
    message: `Trích yếu “V/v …” không đặt trong dấu ngoặc kép ${cite}.`,
    // Only a quote closed at the end is certainly the writer's pair of quotes.
    ...(close
      ? {
          fix: {
            label: 'Bỏ dấu ngoặc kép',
            edits: [drop(open.block, open.start), drop(close.block, close.end - 1)],
          },
        }
      : {}),
  };
}
