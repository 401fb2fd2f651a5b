import type { z } from 'zod';
import { flattenSections } from './flatten-sections.ts';
import type { Outline } from './outline-schema.ts';

/**
 * One schema issue in Vietnamese with its JSON path ("sections[2].title: thiếu nội dung …"). Shared by
 * the core's parseOutline (full zod) and the add-on's zod/mini validation: both raise the same issues.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
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

/** What a schema cannot see: section ids used twice (ids name sections in fixes and user data). */
export function duplicateSectionIds(outline: Outline, label: string): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const f of flattenSections(outline)) {
    if (seen.has(f.section.id)) errors.push(`${label}: sections: id mục “${f.section.id}” bị dùng hai lần`);
    seen.add(f.section.id);
  }
  return errors;
}
