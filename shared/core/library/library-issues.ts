import type { z } from 'zod';
import { ID_FORMAT } from '../outline/format-messages.ts';
import { describeIssue, type IssueWords, OUTLINE_WORDS } from '../outline/outline-issues.ts';

// Where a problem is in a library file, in the words an officer or a clerk reads it ("đề cương thứ 2
// “bao-cao-quy” › mục thứ 3 › tên: còn trống"), never a field or type name. Outlines are worded by the
// outline's own vocabulary (outline-issues.ts); snippets and the library's own fields by the ones here.

/** The fields of a snippet (and its fill-in fields and citation), as the options page names them. */
export const SNIPPET_FIELDS: Readonly<Record<string, string>> = {
  id: 'mã',
  label: 'tên',
  group: 'nhóm',
  terms: 'từ tìm kiếm',
  body: 'nội dung',
  fields: 'ô điền',
  name: 'tên ô',
  type: 'kiểu',
  options: 'các lựa chọn',
  default: 'giá trị mặc định',
  required: 'bắt buộc',
  case: 'cách viết hoa',
  source: 'nguồn trích dẫn',
  title: 'tên văn bản',
  number: 'số, ký hiệu',
  date: 'ngày',
  issuer: 'cơ quan ban hành',
  inForceFrom: 'ngày có hiệu lực',
  inForceUntil: 'ngày hết hiệu lực',
  verified: 'đã kiểm chứng',
  note: 'ghi chú',
  legacy: 'nội dung cũ',
  placement: 'cách chèn',
  trigger: 'từ gõ tắt',
};

/** The library's own fields. */
export const LIBRARY_FIELDS: Readonly<Record<string, string>> = {
  kind: 'loại tệp',
  schemaVersion: 'định dạng tệp',
  id: 'mã thư viện',
  name: 'tên tổ chức',
  version: 'phiên bản',
  publishedAt: 'ngày phát hành',
  outlines: 'đề cương',
  snippets: 'đoạn mẫu',
  /** A snippet file's title (snippets/*.json), read by `khung library build`. */
  title: 'tiêu đề tệp',
};

/** A citation's dates are whole days. */
const DAY_FORMAT = 'ngày viết theo dạng NNNN-TT-NN (ví dụ 2024-11-27)';

/** The snippet schema's patterns carry no message of their own: what each one asks for, by field. */
const SNIPPET_FORMATS: Readonly<Record<string, string>> = {
  id: ID_FORMAT,
  name: 'chỉ dùng chữ cái không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái',
  date: DAY_FORMAT,
  inForceFrom: DAY_FORMAT,
  inForceUntil: DAY_FORMAT,
  trigger: 'một dấu ; : ! hoặc / rồi 1 đến 15 chữ thường không dấu hoặc chữ số, ví dụ ;nn',
};

const LIBRARY_WORDS: IssueWords = { fields: LIBRARY_FIELDS, whole: 'tệp thư viện' };

/** "đề cương thứ 2 “bao-cao-quy”" — the item's position, and its id when it has a readable one. */
export function itemPlace(kind: 'outlines' | 'snippets', index: number, item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id;
  const named = typeof id === 'string' && /^[\w-]{1,80}$/.test(id) ? ` “${id}”` : '';
  return `${kind === 'outlines' ? 'đề cương' : 'đoạn mẫu'} thứ ${index + 1}${named}`;
}

/** One schema issue of a library file (`data` is the file as read), in plain Vietnamese. */
export function describeLibraryIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const [head, index, ...rest] = issue.path;
  if ((head !== 'outlines' && head !== 'snippets') || typeof index !== 'number')
    return describeIssue(issue, LIBRARY_WORDS);
  const list = (data as Record<string, unknown>)[head];
  const place = itemPlace(head, index, Array.isArray(list) ? list[index] : undefined);
  const last = rest[rest.length - 1];
  const worded: z.core.$ZodIssue =
    head === 'snippets' && issue.code === 'invalid_format' && typeof last === 'string'
      ? { ...issue, message: SNIPPET_FORMATS[last] ?? issue.message }
      : issue;
  const words: IssueWords = {
    fields: head === 'outlines' ? OUTLINE_WORDS.fields : SNIPPET_FIELDS,
    whole: place,
  };
  if (rest.length === 0) return describeIssue({ ...worded, path: [] }, words);
  return `${place} › ${describeIssue({ ...worded, path: rest }, words)}`;
}
