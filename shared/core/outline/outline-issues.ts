import type { z } from 'zod';
import { flattenSections } from './flatten-sections.ts';
import type { Outline } from './outline-schema.ts';

/** What a wrong outline or section id is told (outline and add-on alike). */
export const ID_FORMAT = 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang';
/** What a wrong provenance date is told. */
export const DATE_FORMAT = 'ngày viết theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2020-05-25)';
/** What a wrong parameter id is told. */
export const PARAMETER_ID_FORMAT = 'chỉ dùng chữ cái không dấu và chữ số, bắt đầu bằng chữ cái';

/**
 * One schema issue in Vietnamese with its JSON path ("sections[2].title: thiếu nội dung …"). Shared by
 * the core's parseOutline (zod) and the add-on's hand-written checks (apps-script/server/shape-check.ts):
 * both raise the same issues, and every format check carries one of the messages above.
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
            : issue.code === 'invalid_union'
              ? 'giá trị không hợp lệ'
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
