import type { DocModel } from '../document/doc-model.ts';
import type { Numbering } from './numbering.ts';

/** What a paragraph is, structurally. */
export type BlockKind =
  | 'title' // tên loại: "KẾ HOẠCH", "ĐỀ CƯƠNG BÁO CÁO"
  | 'subject' // trích yếu lines under the title, or "V/v …"
  | 'heading' // a numbered (or host-styled) heading
  | 'heading-title' // the title line(s) under "PHẦN THỨ NHẤT" / "Chương I"
  | 'list-item' // "-", "+", "•" items
  | 'body' // ordinary text
  | 'closing' // "Nơi nhận:" and its list
  | 'signature' // TM. … / CHỨC VỤ / name
  | 'separator'; // "-----oOo-----" between two documents pasted together

/** The analysis of one block. */
export interface BlockInfo {
  index: number;
  kind: BlockKind;
  /** The block's text, normalised for analysis (NFC, Ð→Đ, invisible characters removed). */
  text: string;
  numbering?: Numbering;
  /** For headings: the title (without the number, joined with its title lines); otherwise the text. */
  title: string;
  /** Heading depth inside its part, 1 = outermost; 0 for other blocks. */
  level: number;
  /** Which part of the document (documents pasted together, an attached đề cương) it belongs to. */
  part: number;
  /** The nearest heading above it at a smaller depth, or -1. */
  parent: number;
  /** A numbered paragraph that carries its content on the same line (a khoản), not a bare title. */
  inline: boolean;
  /** Maps an index in `text` back to the block's original text, for ranges and fixes. */
  toOriginal: (i: number) => number;
}

/** A part of the document: one title (or none) and the headings under it. */
export interface DocPart {
  index: number;
  /** First and last block (inclusive). */
  start: number;
  end: number;
  /** Tên loại + trích yếu, joined, or "" when the part has none (a công văn). */
  title: string;
  headings: number[];
  /**
   * What opened the part: the file's start, a separator line, a new tên loại, a new header (Quốc
   * hiệu), a form label ("MẪU 1", "Biểu số 2") or an annex label ("PHỤ LỤC", "Phụ lục 2").
   */
  opening: 'start' | 'separator' | 'title' | 'header' | 'form' | 'annex';
  /** A form to be filled in by its recipients: its blanks ("…………") are meant to stay. */
  form: boolean;
  /** The "(Kèm theo …)" / "(Gửi kèm …)" line under its title, or -1. */
  attached: number;
}

/** Everything the rules and the matcher need to know about a document's structure. */
export interface DocAnalysis {
  doc: DocModel;
  blocks: BlockInfo[];
  parts: DocPart[];
  /**
   * 1 for each block whose text holds a HINT_CHARACTER (text/hint-characters.ts): the only blocks
   * that may need normalising, and the only ones the per-paragraph character rules read.
   */
  hints: Uint8Array;
  /**
   * The first UTF-16 unit of each block's own words — its analysed text after the list mark or number
   * (`numbering.titleStart`) — or 0 when there is none: lets a scan over every paragraph rule most out
   * without reading the block objects themselves.
   */
  leadUnits: Uint16Array;
  /** 1 for each block whose analysed text holds a HINT_PHRASE ("…..", "xxx", "Nghị quyết"). */
  phrases: Uint8Array;
}
