import type { SoKyHieu } from './so-ky-hieu.ts';

/** One correction to a Số line: replace [start, end) of the parsed text with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * How a Số, ký hiệu breaks NĐ 30/2020, Phụ lục I, mục II.3 in its writing (not its codes): "Số:" in
 * lower case with a colon, a leading 0 below 10, no spaces around "/" and "-", "-" not a long dash.
 * Returns what to say and the edits that fix it; both empty when it is well written.
 */
export function soKyHieuWritingFaults(s: SoKyHieu): { faults: string[]; edits: TextEdit[] } {
  const faults: string[] = [];
  const edits: TextEdit[] = [];
  if (s.label && (s.label.text !== 'Số:' || !s.colon)) {
    faults.push('viết “Số:” (chữ “Số” thường, có dấu hai chấm)');
    edits.push({ start: s.label.start, end: s.label.end, text: 'Số:' });
  }
  if (s.number && /^\d(?!\d)/.test(s.number.text)) {
    faults.push(`số nhỏ hơn 10 thêm số 0 phía trước (“0${s.number.text}”)`);
    edits.push({ start: s.number.start, end: s.number.start, text: '0' });
  }
  if (s.straySpaces.length > 0) {
    faults.push('bỏ dấu cách quanh “/” và “-”');
    for (const p of s.straySpaces) edits.push({ start: p.start, end: p.end, text: '' });
  }
  if (s.wrongDashes.length > 0) {
    faults.push('dùng gạch nối “-”, không dùng gạch ngang dài');
    for (const p of s.wrongDashes) edits.push({ start: p.start, end: p.end, text: '-' });
  }
  return { faults, edits };
}
