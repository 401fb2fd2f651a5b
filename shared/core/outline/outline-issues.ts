import type { z } from 'zod';
import { flattenSections } from './flatten-sections.ts';
import type { Outline } from './outline-schema.ts';

/** The fields of an outline, as an officer reads them (no field names in a message). */
const FIELD: Record<string, string> = {
  id: 'mã',
  title: 'tên',
  description: 'mô tả',
  documentType: 'loại văn bản',
  typeName: 'tên loại',
  subject: 'trích yếu',
  provenance: 'nguồn gốc',
  issuer: 'cơ quan ban hành',
  number: 'số, ký hiệu',
  date: 'ngày',
  seed: 'tệp gốc',
  verified: 'đã kiểm chứng',
  note: 'ghi chú',
  parameters: 'tham số',
  label: 'nhãn',
  kind: 'kiểu',
  default: 'giá trị mặc định',
  options: 'các lựa chọn',
  frame: 'thể thức',
  opening: 'phần mở đầu',
  closing: 'phần kết',
  kinhGui: 'Kính gửi',
  noiNhan: 'Nơi nhận',
  signature: 'chữ ký',
  sections: 'mục',
  children: 'mục con',
  numbering: 'kiểu đánh số',
  required: 'bắt buộc',
  aliases: 'tên gọi khác',
  guidance: 'lời gợi ý',
  severities: 'mức độ của quy tắc',
};
/** What a value should have been, in words. */
const TYPE: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một con số',
  boolean: 'có hoặc không (true/false)',
  array: 'một danh sách',
  object: 'một nhóm thông tin',
};

/** How a place is named: the words for each field, and for the whole file when the path is empty. */
export interface IssueWords {
  fields: Readonly<Record<string, string>>;
  whole: string;
}
/** The outline's own words (the default). */
export const OUTLINE_WORDS: IssueWords = { fields: FIELD, whole: 'tệp đề cương' };

/** "mục thứ 3 › mục con thứ 1 › tên" for ["sections", 2, "children", 0, "title"]. */
function where(path: readonly PropertyKey[], words: IssueWords): string {
  const parts: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      if (parts.length > 0 && typeof path[i - 1] === 'string') parts[parts.length - 1] += ` thứ ${key + 1}`;
      else parts.push(`thứ ${key + 1}`);
    } else parts.push(words.fields[String(key)] ?? `“${String(key)}”`);
  });
  return parts.length > 0 ? parts.join(' › ') : words.whole;
}

/**
 * One schema issue in plain Vietnamese, naming where it is as an officer reads an outline ("mục thứ 3 ›
 * tên: còn trống"). Shared by the core's parseOutline (zod) and the add-on's generated validators
 * (apps-script/server/schema-issues.ts): both raise the same issues, and every format check carries one
 * of the messages of format-messages.ts. `words` names the places of another kind of file (a library's snippets).
 */
export function describeIssue(issue: z.core.$ZodIssue, words: IssueWords = OUTLINE_WORDS): string {
  const what =
    issue.code === 'invalid_type'
      ? `sai kiểu (cần ${TYPE[issue.expected] ?? issue.expected})`
      : issue.code === 'unrecognized_keys'
        ? `có thông tin không dùng được: ${issue.keys.map((k) => words.fields[k] ?? `“${k}”`).join(', ')}`
        : issue.code === 'invalid_value'
          ? `giá trị không hợp lệ (chỉ nhận: ${issue.values.map(String).join(', ')})`
          : issue.code === 'too_small'
            ? 'còn trống hoặc quá ngắn'
            : issue.code === 'invalid_union'
              ? 'giá trị không hợp lệ'
              : issue.message;
  return `${where(issue.path, words)}: ${what}`;
}

/** What a schema cannot see: section ids used twice (ids name sections in fixes and user data). */
export function duplicateSectionIds(outline: Outline, label: string): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const f of flattenSections(outline)) {
    if (seen.has(f.section.id)) errors.push(`${label}: mục: mã mục “${f.section.id}” bị dùng hai lần`);
    seen.add(f.section.id);
  }
  return errors;
}
