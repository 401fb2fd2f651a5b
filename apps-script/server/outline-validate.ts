import { describeIssue, duplicateSectionIds } from '../../shared/core/outline/outline-issues.ts';
import type { ParseResult } from '../../shared/core/outline/parse-outline.ts';
import { MAX_JSON_DEPTH, tooDeepMessage, valueDepth } from '../../shared/core/text/read-json.ts';
import { checkSchema } from './schema-check.ts';

/** The outcome of validateOutline: the core's ParseResult. */
export type Validated = ParseResult;

/**
 * Validates outline data as the core's parseOutline does: depth, the core's Outline schema (its
 * generated validator, schema-check.ts), then section ids used twice; problems in the core's words.
 */
export function validateOutline(data: unknown, label: string): Validated {
  // The validator recurses once per level: bound the depth first (read-json.ts).
  if (valueDepth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return { ok: false, errors: [`${label}: ${tooDeepMessage()}`] };
  const checked = checkSchema('outline', data);
  if (!checked.success)
    return { ok: false, errors: checked.issues.map((i) => `${label}: ${describeIssue(i)}`) };
  const errors = duplicateSectionIds(checked.data, label);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, outline: checked.data };
}
