import * as z from 'zod/mini';
import {
  DATE_FORMAT,
  describeIssue,
  duplicateSectionIds,
  ID_FORMAT,
  PARAMETER_ID_FORMAT,
} from '../../shared/core/outline/outline-issues.ts';
import type { Outline, Section } from '../../shared/core/outline/outline-schema.ts';
import type { ParseResult } from '../../shared/core/outline/parse-outline.ts';

// The readable definitions of what the server accepts, in zod/mini, as Code.js validated until the
// server switched to its hand-written checks (apps-script/server/shape-check.ts) to save ≈25 KB. The
// tests keep OutlineMini equal to the core's Outline schema and the server's checks equal to these.

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, ID_FORMAT));
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
    date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, DATE_FORMAT))),
    seed: z.optional(z.string()),
    verified: z.boolean(),
    note: z.optional(z.string()),
  }),
  parameters: z.array(
    z.strictObject({
      id: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, PARAMETER_ID_FORMAT)),
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

/**
 * Code.js bundled zod/mini without a locale, so zod's own messages were all "Invalid input"; every
 * format check now carries its Vietnamese message and describeIssue words the rest, so none shows.
 */
const asInCodeJs = { error: () => 'Invalid input' };

/** validateOutline as the server did it with zod/mini. */
export function validateOutlineMini(data: unknown, label: string): ParseResult {
  const parsed = OutlineMini.safeParse(data, asInCodeJs);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${label}: ${describeIssue(i)}`) };
  const outline: Outline = parsed.data;
  const errors = duplicateSectionIds(outline, label);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, outline };
}

/** The insert form's parameters (settings.ts). */
export const Params = z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(500)));
/** The findings to fix (fix-actions.ts). */
export const Indexes = z.array(z.int().check(z.minimum(0))).check(z.minLength(1), z.maxLength(500));
/** A block to select (fix-actions.ts). */
export const BlockIndex = z.int().check(z.minimum(0));
/** A filled snippet (insert-snippet.ts). */
export const SnippetText = z.string().check(z.maxLength(20_000));
/** A derived outline's name (user-outlines.ts). */
export const Name = z.string().check(z.trim(), z.maxLength(200));
