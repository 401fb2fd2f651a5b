import * as z from 'zod/mini';
import { describeIssue, duplicateSectionIds } from '../../shared/core/outline/outline-issues.ts';
import type { Outline, Section } from '../../shared/core/outline/outline-schema.ts';
import type { ParseResult } from '../../shared/core/outline/parse-outline.ts';

// The core's Outline schema (shared/core/outline/outline-schema.ts) rebuilt with zod/mini: full zod
// is 95 KB minified, zod/mini 22 KB, and Code.js must stay under 150 KB. A test compares the JSON
// Schema of both, so the two cannot drift apart.

const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang'));
const severity = z.enum(['error', 'warning', 'info']);
const NumberingScheme = z.enum([
  'phan',
  'chuong',
  'muc',
  'tieu-muc',
  'dieu',
  'upper-letter',
  'roman',
  'arabic',
  'decimal2',
  'decimal3',
  'letter-paren',
  'letter-dot',
  'none',
]);
const DocumentType = z.enum([
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
const nonEmpty = () => z.string().check(z.minLength(1));

const SectionMini: z.ZodMiniType<Section> = z.lazy(() =>
  z.strictObject({
    id,
    title: nonEmpty(),
    numbering: NumberingScheme,
    label: z.optional(z.string()),
    aliases: z.optional(z.array(nonEmpty())),
    required: z.boolean(),
    guidance: z.optional(z.array(z.string())),
    children: z.optional(z.array(SectionMini)),
  }),
);

/** The Outline schema in zod/mini. */
export const OutlineMini = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  title: nonEmpty(),
  documentType: DocumentType,
  description: z.optional(z.string()),
  provenance: z.strictObject({
    issuer: z.optional(z.string()),
    number: z.optional(z.string()),
    date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
    seed: z.optional(z.string()),
    verified: z.boolean(),
    note: z.optional(z.string()),
  }),
  parameters: z.array(
    z.strictObject({
      id: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)),
      label: z.string(),
      kind: z.enum(['text', 'date', 'number', 'choice']),
      default: z.optional(z.string()),
      options: z.optional(z.array(z.string())),
    }),
  ),
  frame: z.strictObject({
    typeName: z.optional(z.string()),
    subject: z.optional(z.string()),
    kinhGui: z.boolean(),
    opening: z.optional(z.string()),
    closing: z.optional(z.string()),
    noiNhan: z.optional(z.array(z.string())),
    signature: z.optional(z.strictObject({ authority: z.string(), title: z.string() })),
  }),
  sections: z.array(SectionMini).check(z.minLength(1)),
  severities: z.optional(z.record(z.string(), z.union([severity, z.literal('off')]))),
});

/** The outcome of validateOutline: the core's ParseResult. */
export type Validated = ParseResult;

/** Validates outline data as the core's parseOutline does (schema, then section ids used twice). */
export function validateOutline(data: unknown, label: string): Validated {
  const parsed = OutlineMini.safeParse(data);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${label}: ${describeIssue(i)}`) };
  const outline: Outline = parsed.data;
  const errors = duplicateSectionIds(outline, label);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, outline };
}
