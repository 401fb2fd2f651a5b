import type { z } from 'zod';
import { duplicateSectionIds } from '../outline/outline-issues.ts';
import { MAX_JSON_DEPTH, readJson, tooDeepMessage, valueDepth } from '../text/read-json.ts';
import { describeLibraryIssue, itemPlace } from './library-issues.ts';
import { ORG_LIBRARY_KIND, ORG_LIBRARY_SCHEMA_VERSION } from './org-library-format.ts';
import type { OrgLibrary } from './org-library-schema.ts';

// Reading an organisation library, whatever checks its schema: the core's zod schema
// (parse-org-library.ts) or the add-on's hand-written copy of it (Code.js carries no zod; a property
// test keeps the two equal). Everything around the schema is here, once: the kind of file, its form,
// the ids used twice, and every message.

/** An organisation library read and checked, or every problem found, each saying where it is. */
export type OrgLibraryRead = { ok: true; library: OrgLibrary } | { ok: false; errors: string[] };

/** A schema check: the parsed library, or zod's issues (or issues shaped like them). */
export type OrgSchemaCheck = (
  data: unknown,
) => { success: true; data: OrgLibrary } | { success: false; issues: readonly z.core.$ZodIssue[] };

const NOT_A_LIBRARY = 'Tệp không phải thư viện của tổ chức dựng bằng Khung.';

/** What another kind of Khung file is, for the officer who picked the wrong one. */
function wrongKind(record: Record<string, unknown>): string {
  if (record.kind === 'khung-library')
    return 'Đây là tệp thư viện riêng xuất từ trang Tùy chọn, không phải thư viện của tổ chức (thư viện của tổ chức được dựng bằng lệnh khung library build).';
  if ('sections' in record)
    return 'Đây là một tệp đề cương, không phải thư viện của tổ chức (thư viện của tổ chức được dựng bằng lệnh khung library build).';
  return NOT_A_LIBRARY;
}

/** Two items of one kind with the same id: each pair, named by position. */
function duplicateIds(kind: 'outlines' | 'snippets', list: ReadonlyArray<{ id: string }>): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  list.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else
      errors.push(
        `${itemPlace(kind, seen, undefined)} và ${itemPlace(kind, i, undefined)} cùng mã “${item.id}”: mỗi mục cần một mã riêng`,
      );
  });
  return errors;
}

/**
 * Checks parsed data as an organisation library with `schema`: the kind of file first (a personal
 * export or an outline is named as such), then the schema, then what a schema cannot see (ids used twice).
 */
export function checkOrgLibrary(data: unknown, schema: OrgSchemaCheck): OrgLibraryRead {
  // The schemas recurse once per level: bound the depth first (read-json.ts).
  if (valueDepth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return { ok: false, errors: [tooDeepMessage()] };
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, errors: [NOT_A_LIBRARY] };
  const record = data as Record<string, unknown>;
  if (record.kind !== ORG_LIBRARY_KIND) return { ok: false, errors: [wrongKind(record)] };
  const form = record.schemaVersion;
  if (typeof form === 'number' && form > ORG_LIBRARY_SCHEMA_VERSION)
    return {
      ok: false,
      errors: [
        `Thư viện được dựng bằng phiên bản Khung mới hơn (định dạng ${form}); hãy cập nhật Khung để dùng được.`,
      ],
    };
  const parsed = schema(data);
  if (!parsed.success)
    return { ok: false, errors: parsed.issues.map((issue) => describeLibraryIssue(issue, data)) };
  const library = parsed.data;
  const errors = [
    ...duplicateIds('outlines', library.outlines),
    ...duplicateIds('snippets', library.snippets),
    ...library.outlines.flatMap((o, i) => duplicateSectionIds(o, itemPlace('outlines', i, o))),
  ];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, library };
}

/** "dòng 3, cột 5" for the parser's "… at position 16": the place a clerk can find in an editor. */
function jsonPlace(text: string, detail: string): string {
  const at = /position (\d+)/.exec(detail)?.[1];
  if (at === undefined) return '';
  const before = text.slice(0, Number(at)).split('\n');
  return `: lỗi ở dòng ${before.length}, cột ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** Reads the text of a library file (a byte-order mark is allowed) and checks it with `schema`. */
export function readOrgLibraryWith(text: string, schema: OrgSchemaCheck): OrgLibraryRead {
  const body = text.replace(/^\uFEFF/, '');
  const read = readJson(body);
  if (read.ok) return checkOrgLibrary(read.value, schema);
  if (read.problem === 'too-deep') return { ok: false, errors: [read.message] };
  return { ok: false, errors: [`Tệp không phải JSON hợp lệ${jsonPlace(body, read.detail)}.`] };
}
