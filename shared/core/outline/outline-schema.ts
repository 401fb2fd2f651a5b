import { z } from 'zod';
import { Severity } from '../base/finding.ts';
import { NumberingScheme } from '../base/numbering-scheme.ts';
import { DATE_FORMAT, ID_FORMAT, PARAMETER_ID_FORMAT } from './format-messages.ts';

/** NĐ 30 types and the union's usual ones; the key of the type abbreviation table. */
export const DocumentType = z.enum([
  'bao-cao',
  'ke-hoach',
  'huong-dan',
  'cong-van',
  'chuong-trinh',
  'thong-bao',
  'to-trinh',
  'quyet-dinh',
  'nghi-quyet',
  'de-cuong',
]);
export type DocumentType = z.infer<typeof DocumentType>;

export type Section = {
  id: string;
  title: string;
  numbering: NumberingScheme;
  label?: string | undefined;
  aliases?: string[] | undefined;
  required: boolean;
  guidance?: string[] | undefined;
  children?: Section[] | undefined;
};

/** One section of an outline: numbered like the source, with its prompts as guidance. */
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, ID_FORMAT),
    title: z.string().min(1),
    numbering: NumberingScheme,
    /** The number as written: "I", "2", "1.1", "a", "THỨ NHẤT". Absent = counted in order. */
    label: z.string().optional(),
    /** Other wordings that mean this section ("Tình hình CNVCLĐ"). */
    aliases: z.array(z.string().min(1)).optional(),
    required: z.boolean(),
    /** The prompt paragraphs under the heading in the source ("Nêu rõ những khó khăn…"). */
    guidance: z.array(z.string()).optional(),
    children: z.array(Section).optional(),
  }),
);

export const Provenance = z.strictObject({
  /** Who issued the source document: "LĐLĐ tỉnh Cao Bằng". */
  issuer: z.string().optional(),
  /** Its number and ký hiệu: "745/LĐLĐ-VP". */
  number: z.string().optional(),
  /** ISO date of the source: "2020-05-25". */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, DATE_FORMAT)
    .optional(),
  /** The seed file it was read from, when it came from one. */
  seed: z.string().optional(),
  /** false when a fact here was not checked against its source (unverified, or only partly checked). */
  verified: z.boolean(),
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const Parameter = z.strictObject({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, PARAMETER_ID_FORMAT),
  label: z.string(),
  kind: z.enum(['text', 'date', 'number', 'choice']),
  default: z.string().optional(),
  options: z.array(z.string()).optional(),
});
export type Parameter = z.infer<typeof Parameter>;

/** The formal frame around the sections: header, title, opening, closing, recipients, signature. */
export const Frame = z.strictObject({
  /** Tên loại printed above the trích yếu ("BÁO CÁO"); absent for a công văn. */
  typeName: z.string().optional(),
  /** Trích yếu, a template with {{parameters}}. */
  subject: z.string().optional(),
  /** Whether a Kính gửi part is expected (công văn, báo cáo sent upward, tờ trình). */
  kinhGui: z.boolean(),
  opening: z.string().optional(),
  closing: z.string().optional(),
  /** Nơi nhận lines, templates; the last should be "- Lưu: VT, …." */
  noiNhan: z.array(z.string()).optional(),
  /** Signature: authority line ("TM. BAN THƯỜNG VỤ") and title ("CHỦ TỊCH"). */
  signature: z.strictObject({ authority: z.string(), title: z.string() }).optional(),
});
export type Frame = z.infer<typeof Frame>;

/** A document outline (đề cương): the engine's main data, one JSON file each in outlines/. */
export const Outline = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, ID_FORMAT),
  title: z.string().min(1),
  documentType: DocumentType,
  description: z.string().optional(),
  provenance: Provenance,
  parameters: z.array(Parameter),
  frame: Frame,
  sections: z.array(Section).min(1),
  /** Per-outline severity overrides: rule id → severity or "off". */
  severities: z.record(z.string(), z.union([Severity, z.literal('off')])).optional(),
});
export type Outline = z.infer<typeof Outline>;
