import type { z } from 'zod';
import { flattenSections } from './flatten-sections.ts';
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
    return { ok: false, errors: parsed.error.issues.map((i) => `${fileName}: ${describe(i)}`) };
  const outline = parsed.data;
  const errors: string[] = [];
  const expectedId = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (fileName.endsWith('.json') && outline.id !== expectedId) {
    errors.push(`${fileName}: id: id “${outline.id}” phải trùng tên tệp “${expectedId}”`);
  }
  const seen = new Set<string>();
  for (const f of flattenSections(outline)) {
    if (seen.has(f.section.id))
      errors.push(`${fileName}: sections: id mục “${f.section.id}” bị dùng hai lần`);
    seen.add(f.section.id);
  }
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
