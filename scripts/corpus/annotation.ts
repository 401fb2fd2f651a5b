import { z } from 'zod';

/** The fault kinds of ../shared/corpus/README.md. */
export const FaultKind = z.enum([
  'so-ky-hieu',
  'date',
  'quoc-hieu',
  'heading-format',
  'numbering',
  'noi-nhan',
  'ket-thuc',
  'chu-ky',
  'spacing',
  'punctuation',
  'citation',
  'capitalisation',
  'spelling',
  'unicode',
  'missing-part',
  'other',
]);
export type FaultKind = z.infer<typeof FaultKind>;

const LineFault = z.looseObject({
  id: z.string(),
  line: z.number().int().positive(),
  quote: z.string(),
  kind: FaultKind,
  why: z.string().optional(),
  also_lines: z.array(z.number().int().positive()).optional(),
});
export type LineFault = z.infer<typeof LineFault>;

const DocFault = z.looseObject({ id: z.string(), kind: FaultKind });
export type DocFault = z.infer<typeof DocFault>;

const LineNote = z.union([z.number().int().positive(), z.looseObject({ line: z.number().int().positive() })]);

/** One annotation file: a document's faults line by line (see ../shared/corpus/README.md). */
export const Annotation = z.looseObject({
  file: z.string(),
  type: z.string().optional(),
  full: z.boolean().optional(),
  faults: z.array(LineFault),
  doc_faults: z.array(DocFault).optional(),
  clean_lines: z.array(LineNote).optional(),
  residue_lines: z.array(LineNote).optional(),
  debatable_lines: z.array(LineNote).optional(),
});
export type Annotation = z.infer<typeof Annotation>;

/** A line number from a line list entry (a number, or an object with `line`). */
export function lineOf(entry: z.infer<typeof LineNote>): number {
  return typeof entry === 'number' ? entry : entry.line;
}
