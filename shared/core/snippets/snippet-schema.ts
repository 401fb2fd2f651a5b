import { z } from 'zod';

/** The groups of the library, in the order the UI lists them. */
export const SnippetGroup = z.enum([
  'tieu-de', // header blocks (cơ quan, Quốc hiệu, số ký hiệu, địa danh ngày tháng)
  'kinh-gui', // Kính gửi lists
  'can-cu', // căn cứ / thực hiện citations
  'mo-dau', // opening phrases
  'ket-thuc', // closing phrases
  'noi-nhan', // Nơi nhận blocks
  'chu-ky', // signature blocks
  'cum-tu', // standard phrases
]);
export type SnippetGroup = z.infer<typeof SnippetGroup>;

/** A fill-in field of a snippet: `{{name}}` in the body. `date` defaults to today in the NĐ 30 form. */
export const SnippetField = z.strictObject({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
  label: z.string().min(1),
  type: z.enum(['text', 'paragraph', 'choice', 'date']),
  options: z.array(z.string().min(1)).optional(),
  default: z.string().optional(),
  required: z.boolean().optional(),
  /**
   * "upper": the value is written in capitals however it was typed — for a field alone on a line
   * NĐ 30 prints in capitals (tên cơ quan chủ quản, chức vụ). A field on a line whose own words are
   * all capitals ("LIÊN ĐOÀN LAO ĐỘNG TỈNH {{tinh}}") is upper-cased without it.
   */
  case: z.enum(['upper']).optional(),
});
export type SnippetField = z.infer<typeof SnippetField>;

/** Where a legal citation comes from, with its validity; verified=false when unchecked. */
export const SnippetSource = z.strictObject({
  title: z.string().min(1),
  number: z.string().optional(),
  /** ISO date of signing or passing: "2024-11-27". Absent when unchecked: the body then asks for it. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  issuer: z.string().optional(),
  /** ISO date it takes effect. */
  inForceFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** ISO date from which it is no longer in force ("hết hiệu lực từ ngày …"): 2025-07-01 for Luật 12/2012/QH13. */
  inForceUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  verified: z.boolean(),
  note: z.string().optional(),
});
export type SnippetSource = z.infer<typeof SnippetSource>;

/**
 * "block": the snippet is paragraphs of its own (Kính gửi, căn cứ, Nơi nhận, chữ ký, header lines);
 * "inline": a phrase or citation written inside a sentence. Absent: the group's default
 * (insert-placement.ts, GROUP_PLACEMENT).
 */
export const SnippetPlacement = z.enum(['block', 'inline']);
export type SnippetPlacement = z.infer<typeof SnippetPlacement>;

/**
 * A typed trigger (";nn"): a mark that words do not start with, then 1–15 lower-case letters or
 * digits. Typing it in an editor where the officer turned expansion on replaces it with the snippet.
 * The leading mark keeps ordinary words from expanding (ProKeys #117); "đ" is allowed because Telex
 * turns a typed "dd" into it. Plain ASCII otherwise, so the JSON Schema's pattern means the same.
 */
export const SnippetTrigger = z.string().regex(/^[;:!/][a-z0-9đ]{1,15}$/);

/** One snippet: a body with `{{field}}` placeholders; each body line becomes one paragraph. */
export const Snippet = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  label: z.string().min(1),
  group: SnippetGroup,
  /** Extra search words (with or without diacritics): "noi nhan", "nhu tren". */
  terms: z.array(z.string().min(1)),
  body: z.string().min(1),
  fields: z.array(SnippetField).optional(),
  source: SnippetSource.optional(),
  /** A remark the UI shows (e.g. "cấp huyện — chỉ dùng cho văn bản trước 01/07/2025"). */
  note: z.string().optional(),
  /** Legacy/obsolete content kept for old documents; the UI marks it. */
  legacy: z.boolean().optional(),
  /** Block or inline; absent = the group's default. */
  placement: SnippetPlacement.optional(),
  /** A typed trigger such as ";nn" for expansion while typing (off until the officer turns it on). */
  trigger: SnippetTrigger.optional(),
});
export type Snippet = z.infer<typeof Snippet>;

/** One file of snippets/ (one group a file, or a user's library). */
export const SnippetFile = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1),
  snippets: z.array(Snippet),
});
export type SnippetFile = z.infer<typeof SnippetFile>;
