import type { NumberingScheme } from '../base/numbering-scheme.ts';

/** Markers of list items: they structure body text but are not headings. */
export type ListMarker = 'dash' | 'plus' | 'bullet';

/** A number found at the start of a paragraph. */
export interface Numbering {
  scheme: NumberingScheme | ListMarker;
  /** The value(s): [3] for "3.", [1, 2] for "1.2.", [5] for "đ)" (Vietnamese order). */
  values: number[];
  /** The number as written, without the word or the punctuation: "III", "1.2", "đ", "THỨ NHẤT". */
  label: string;
  /** [start, end) of the number in the text, including the keyword ("Phần") and punctuation. */
  range: [number, number];
  /** Where the title starts, after the number and the spaces that follow it. */
  titleStart: number;
}

/** Nesting rank of each scheme, outermost first; letter-dot shares a rank with letter-paren (both điểm). */
export const SCHEME_RANK: Record<NumberingScheme, number> = {
  phan: 0,
  chuong: 1,
  muc: 2,
  'tieu-muc': 3,
  dieu: 4,
  'upper-letter': 5,
  roman: 6,
  arabic: 7,
  decimal2: 8,
  decimal3: 9,
  'letter-paren': 10,
  'letter-dot': 10,
  none: 6,
};

/** Whether a scheme numbers headings (as opposed to list markers). */
export function isHeadingScheme(scheme: Numbering['scheme']): scheme is NumberingScheme {
  return scheme !== 'dash' && scheme !== 'plus' && scheme !== 'bullet';
}
