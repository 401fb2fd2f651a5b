import { z } from 'zod/mini';
import { BlockStyleMini } from '../../shared/core/document/doc-model-mini.ts';

// zod/mini mirrors of the core's shapes that cross from the service worker to the side panel: a
// snippet, an outline's summary and a check view. The core's own schemas (full zod) must not reach
// the panel (its budget: ≤ 50 KB gzipped). tsc keeps the two in step: the worker assigns the
// core's values to these types and the panel hands these to components typed with the core's types.

const SnippetGroupMini = z.enum([
  'tieu-de',
  'kinh-gui',
  'can-cu',
  'mo-dau',
  'ket-thuc',
  'noi-nhan',
  'chu-ky',
  'cum-tu',
]);

const SnippetFieldMini = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(['text', 'paragraph', 'choice', 'date']),
  options: z.optional(z.array(z.string())),
  default: z.optional(z.string()),
  required: z.optional(z.boolean()),
});

/** A snippet as the panel searches, fills and inserts it (the citation record stays in the worker). */
export const SnippetMini = z.object({
  id: z.string(),
  label: z.string(),
  group: SnippetGroupMini,
  terms: z.array(z.string()),
  body: z.string(),
  fields: z.optional(z.array(SnippetFieldMini)),
  note: z.optional(z.string()),
  legacy: z.optional(z.boolean()),
  /** Block or inline (shared/core/snippets/insert-placement.ts); absent = the group's default. */
  placement: z.optional(z.enum(['block', 'inline'])),
  /** The typed trigger for expansion while typing (";nn"). */
  trigger: z.optional(z.string()),
});

const ParameterMini = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['text', 'date', 'number', 'choice']),
  default: z.optional(z.string()),
  options: z.optional(z.array(z.string())),
});

/** What the panel needs of an outline: the pickers, the summary line and the parameters form. */
export const OutlineInfo = z.object({
  id: z.string(),
  title: z.string(),
  /** The user's own (options page, derive), not built in. */
  user: z.boolean(),
  /** From the organisation library (read-only). */
  org: z.optional(z.boolean()),
  /** Sections at every depth. */
  sections: z.number(),
  issuer: z.optional(z.string()),
  number: z.optional(z.string()),
  parameters: z.array(ParameterMini),
});
export type OutlineInfo = z.infer<typeof OutlineInfo>;

/** A skeleton paragraph (shared/core/outline/skeleton-block.ts): the panel writes them to a .docx. */
export const SkeletonBlockMini = z.object({
  role: z.enum([
    'header',
    'title',
    'subject',
    'recipient',
    'opening',
    'heading',
    'guidance',
    'closing',
    'noi-nhan',
    'signature',
  ]),
  text: z.string(),
  level: z.optional(z.number()),
  column: z.optional(z.enum(['left', 'right'])),
  sectionId: z.optional(z.string()),
  ruleBelow: z.optional(z.enum(['text', 'part'])),
  style: BlockStyleMini,
});
export type SkeletonBlockMini = z.infer<typeof SkeletonBlockMini>;

/**
 * The check view as the panel receives it: the core's zod/mini copy, which tsc keeps identical to the
 * check view (so the panel gets the outline's reason and note too; a second copy here once dropped them).
 */
export { CheckViewMini } from '../../shared/core/report/check-view-mini.ts';
