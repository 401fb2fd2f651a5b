import { MAX_JSON_DEPTH, readJson, tooDeepMessage, valueDepth } from '../text/read-json.ts';
import { describeIssue, duplicateSectionIds } from './outline-issues.ts';
import { Outline } from './outline-schema.ts';

export type ParseResult = { ok: true; outline: Outline } | { ok: false; errors: string[] };

/**
 * Validates outline data. Errors name the file and the JSON path ("bao-cao.json: sections[2].title:
 * …") in Vietnamese, and also catch what a schema cannot: an id that differs from the file name,
 * and section ids used twice.
 */
export function parseOutline(data: unknown, fileName: string): ParseResult {
  // The schema recurses once per level: bound the depth first (read-json.ts).
  if (valueDepth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return { ok: false, errors: [`${fileName}: ${tooDeepMessage()}`] };
  const parsed = Outline.safeParse(data);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${fileName}: ${describeIssue(i)}`) };
  const outline = parsed.data;
  const errors: string[] = [];
  const expectedId = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (fileName.endsWith('.json') && outline.id !== expectedId) {
    errors.push(`${fileName}: id: id “${outline.id}” phải trùng tên tệp “${expectedId}”`);
  }
  errors.push(...duplicateSectionIds(outline, fileName));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, outline };
}

/** Parses JSON text, turning a syntax error or too deep a nesting into the same kind of message. */
export function parseOutlineJson(text: string, fileName: string): ParseResult {
  const read = readJson(text);
  if (read.ok) return parseOutline(read.value, fileName);
  if (read.problem === 'too-deep') return { ok: false, errors: [`${fileName}: ${read.message}`] };
  return { ok: false, errors: [`${fileName}: không phải JSON hợp lệ (${read.detail})`] };
}
