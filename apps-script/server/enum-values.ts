import type { Alignment } from '../../shared/core/document/doc-model.ts';
import { documentApp } from './gas-api.ts';

/**
 * Apps Script enum values are opaque objects; compare them as Apps Script's own samples do (==), and
 * by name as a fallback, so a value read from getAttributes() matches the enum whatever form it has.
 */
export function sameEnum(a: unknown, b: unknown): boolean {
  // biome-ignore lint/suspicious/noDoubleEquals: Apps Script enums compare with == in Google's samples.
  return a == b || (a !== null && a !== undefined && String(a) === String(b));
}

const HEADINGS = ['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6'] as const;

/** ParagraphHeading → BlockStyle.headingLevel (TITLE = 0, NORMAL/SUBTITLE = none). */
export function headingLevelOf(value: unknown): number | undefined {
  const H = documentApp().ParagraphHeading;
  if (sameEnum(value, H.TITLE)) return 0;
  for (let level = 1; level <= 6; level++) {
    if (sameEnum(value, H[HEADINGS[level] as keyof typeof H])) return level;
  }
  return undefined;
}

/** BlockStyle.headingLevel → ParagraphHeading (undefined = NORMAL). */
export function headingFor(level: number | undefined) {
  const H = documentApp().ParagraphHeading;
  if (level === 0) return H.TITLE;
  return H[(HEADINGS[level ?? 0] ?? 'NORMAL') as keyof typeof H];
}

const ALIGNMENTS: ReadonlyArray<[Alignment, 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY']> = [
  ['left', 'LEFT'],
  ['center', 'CENTER'],
  ['right', 'RIGHT'],
  ['justify', 'JUSTIFY'],
];

/** HorizontalAlignment → BlockStyle.alignment. */
export function alignmentOf(value: unknown): Alignment | undefined {
  const A = documentApp().HorizontalAlignment;
  return ALIGNMENTS.find(([, name]) => sameEnum(value, A[name]))?.[0];
}

/** BlockStyle.alignment → HorizontalAlignment. */
export function alignmentFor(alignment: Alignment) {
  const A = documentApp().HorizontalAlignment;
  return A[(ALIGNMENTS.find(([a]) => a === alignment)?.[1] ?? 'LEFT') as keyof typeof A];
}

/** ElementType test by name ("BODY_SECTION", "TABLE_CELL"…). */
export function isType(
  type: unknown,
  name: 'BODY_SECTION' | 'TABLE_CELL' | 'TABLE' | 'PARAGRAPH' | 'LIST_ITEM' | 'TEXT',
): boolean {
  return sameEnum(type, documentApp().ElementType[name]);
}
