import type { z } from 'zod';
import {
  DATE_FORMAT,
  describeIssue,
  duplicateSectionIds,
  ID_FORMAT,
  PARAMETER_ID_FORMAT,
} from '../../shared/core/outline/outline-issues.ts';
import type { Outline, Section } from '../../shared/core/outline/outline-schema.ts';
import type { ParseResult } from '../../shared/core/outline/parse-outline.ts';
import { MAX_JSON_DEPTH, tooDeepMessage, valueDepth } from '../../shared/core/text/read-json.ts';
import {
  anyOf,
  array,
  boolean,
  type Issue,
  nonEmpty,
  oneOf,
  optional,
  record,
  type Shape,
  strictObject,
  string,
} from './shape-check.ts';

// The core's Outline schema (shared/core/outline/outline-schema.ts) rebuilt with shape-check.ts: full
// zod is 95 KB minified and Code.js must stay under 150 KB. tests/apps-script/outline-validate.test.ts
// keeps a zod/mini copy of this schema equal to the core's (same JSON Schema) and checks that this
// validator raises exactly that copy's issues.

const id = string(/^[a-z0-9][a-z0-9-]*$/, ID_FORMAT);
const text = string();
const maybeText = optional(text);
const texts = array(text);

const NumberingScheme = oneOf([
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
] as const);
const DocumentType = oneOf([
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
] as const);

const section: Shape<Section> = strictObject<Section>({
  id,
  title: nonEmpty,
  numbering: NumberingScheme,
  label: maybeText,
  aliases: optional(array(nonEmpty)),
  required: boolean,
  guidance: optional(texts),
  children: optional(array((v, path, issues) => section(v, path, issues))),
});

const outlineShape = strictObject<Outline>({
  $schema: maybeText,
  id,
  title: nonEmpty,
  documentType: DocumentType,
  description: maybeText,
  provenance: strictObject<Outline['provenance']>({
    issuer: maybeText,
    number: maybeText,
    date: optional(string(/^\d{4}(-\d{2}(-\d{2})?)?$/, DATE_FORMAT)),
    seed: maybeText,
    verified: boolean,
    note: maybeText,
  }),
  parameters: array(
    strictObject<Outline['parameters'][number]>({
      id: string(/^[a-zA-Z][a-zA-Z0-9]*$/, PARAMETER_ID_FORMAT),
      label: text,
      kind: oneOf(['text', 'date', 'number', 'choice'] as const),
      default: maybeText,
      options: optional(texts),
    }),
  ),
  frame: strictObject<Outline['frame']>({
    typeName: maybeText,
    subject: maybeText,
    kinhGui: boolean,
    opening: maybeText,
    closing: maybeText,
    noiNhan: optional(texts),
    signature: optional(strictObject({ authority: text, title: text })),
  }),
  sections: array(section, 1),
  severities: optional(record(anyOf(['error', 'warning', 'info', 'off'] as const))),
});

/** The outcome of validateOutline: the core's ParseResult. */
export type Validated = ParseResult;

/** Validates outline data as the core's parseOutline does (schema, then section ids used twice). */
export function validateOutline(data: unknown, label: string): Validated {
  // The shapes recurse once per level, as zod does: bound the depth first (read-json.ts).
  if (valueDepth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return { ok: false, errors: [`${label}: ${tooDeepMessage()}`] };
  const issues: Issue[] = [];
  const outline = outlineShape(data, [], issues);
  if (issues.length > 0)
    // describeIssue reads only code, path, expected, keys, values and message, which Issue carries.
    return { ok: false, errors: issues.map((i) => `${label}: ${describeIssue(i as z.core.$ZodIssue)}`) };
  const errors = duplicateSectionIds(outline, label);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, outline };
}
