import * as z from 'zod/mini';
import { flattenSections } from '../../shared/core/outline/flatten-sections.ts';
import type { Outline, Section } from '../../shared/core/outline/outline-schema.ts';

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

/** The outcome of validateOutline, shaped like the core's ParseResult. */
export type Validated = { ok: true; outline: Outline } | { ok: false; errors: string[] };

/** Validates outline data as the core's parseOutline does (schema, then section ids used twice). */
export function validateOutline(data: unknown, label: string): Validated {
  const parsed = OutlineMini.safeParse(data);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${label}: ${describe(i)}`) };
  const outline: Outline = parsed.data;
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const f of flattenSections(outline)) {
    if (seen.has(f.section.id)) errors.push(`${label}: sections: id mục “${f.section.id}” bị dùng hai lần`);
    seen.add(f.section.id);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, outline };
}

/** An issue in Vietnamese with its JSON path, worded as parse-outline.ts words it. */
function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
  const what =
    issue.code === 'invalid_type'
      ? `sai kiểu dữ liệu (cần ${issue.expected})`
      : issue.code === 'unrecognized_keys'
        ? `trường không được phép: ${issue.keys.join(', ')}`
        : issue.code === 'invalid_value'
          ? `giá trị không hợp lệ (chỉ nhận: ${issue.values.map(String).join(', ')})`
          : issue.code === 'too_small'
            ? 'thiếu nội dung (quá ngắn hoặc rỗng)'
            : issue.message;
  return `${path || '(gốc)'}: ${what}`;
}
