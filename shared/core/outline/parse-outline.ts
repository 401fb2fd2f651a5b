import { describeIssue, duplicateSectionIds } from './outline-issues.ts';
import { Outline } from './outline-schema.ts';

export type ParseResult = { ok: true; outline: Outline } | { ok: false; errors: string[] };

/**
 * Validates outline data. Errors name the file and the JSON path ("bao-cao.json: sections[2].title:
 * …") in Vietnamese, and also catch what a schema cannot: an id that differs from the file name,
 * and section ids used twice.
 */
export function parseOutline(data: unknown, fileName: string): ParseResult {
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

/** Parses JSON text, turning a syntax error into the same kind of message. */
export function parseOutlineJson(text: string, fileName: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^.*?:\s*/, '') : '';
    return { ok: false, errors: [`${fileName}: không phải JSON hợp lệ (${detail})`] };
  }
  return parseOutline(data, fileName);
}
