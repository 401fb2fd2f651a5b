import type { Range } from '../base/finding.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import type { DateLine } from './parse-date-line.ts';
import type { SoKyHieu } from './so-ky-hieu.ts';

/**
 * A piece of one block that is one header part. `start`/`end` index the block's *analysed* text
 * (`analysis.blocks[block].text`, NFC-normalised); `originalRange` maps them to the text the user wrote.
 */
export interface HeaderLine {
  block: number;
  start: number;
  end: number;
  text: string;
}

/** The "Kính gửi" part: its label line, the text after the colon, and the recipient lines below. */
export interface KinhGui {
  label: HeaderLine;
  /** What follows "Kính gửi:" on the same line, when anything does. */
  inline: HeaderLine | null;
  /** Recipient lines below the label ("- Liên đoàn Lao động …;"). */
  items: HeaderLine[];
}

/** The top of a document as NĐ 30/2020 lays it out (Điều 8; Phụ lục I, mục II.1–II.6; Mẫu 1.4, 1.5). */
export interface DocHeader {
  /** Cơ quan chủ quản and cơ quan ban hành lines, in order (capitals, left column). */
  issuers: HeaderLine[];
  quocHieu: HeaderLine | null;
  tieuNgu: HeaderLine | null;
  so: (HeaderLine & { parsed: SoKyHieu }) | null;
  date: (HeaderLine & { parsed: DateLine }) | null;
  /** Tên loại ("KẾ HOẠCH"). */
  title: HeaderLine | null;
  /** Trích yếu lines under the tên loại, or the "V/v …" lines of a công văn. */
  subject: HeaderLine[];
  /** The trích yếu is a "V/v …" (công văn style). */
  vv: boolean;
  kinhGui: KinhGui | null;
  /** Lines that start with "Căn cứ" (and "Theo đề nghị …" after them), in the header area. */
  canCu: HeaderLine[];
  /** The first block after the header area: body text, a heading, the closing, or the part's end + 1. */
  bodyStart: number;
}

/** A header line's range in the block's original text, for findings and fixes. */
export function originalRange(analysis: DocAnalysis, line: HeaderLine): Range {
  return rangeIn(analysis, line.block, line.start, line.end);
}

/** A range [start, end) of block `block`'s analysed text, mapped to its original text. */
export function rangeIn(analysis: DocAnalysis, block: number, start: number, end: number): Range {
  const info = analysis.blocks[block];
  if (!info) return [start, end];
  return [info.toOriginal(start), info.toOriginal(end)];
}
