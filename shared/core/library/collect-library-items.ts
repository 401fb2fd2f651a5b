import type { z } from 'zod';
import { describeIssue, duplicateSectionIds } from '../outline/outline-issues.ts';
import { Outline } from '../outline/outline-schema.ts';
import { Snippet, SnippetFile } from '../snippets/snippet-schema.ts';
import { readJson } from '../text/read-json.ts';
import { describeLibraryIssue } from './library-issues.ts';
import { ORG_LIBRARY_KIND } from './org-library-format.ts';
import { readOrgLibrary } from './parse-org-library.ts';

// The items of an organisation library gathered from a folder of files, as a federation's clerk keeps
// them: outlines (outlines/*.json, or made by `khung derive`), snippet files (snippets/*.json), a
// library exported from the options page, or another organisation library. Every problem is reported,
// each with its file and its place in the file, so one run shows everything to fix.

/** One file of the folder: its name as the clerk sees it (relative path) and its text. */
export interface LibrarySourceFile {
  name: string;
  text: string;
}

/** The items found, or every problem found. */
export type CollectedItems =
  | { ok: true; outlines: Outline[]; snippets: Snippet[] }
  | { ok: false; errors: string[] };

type FileItems = { outlines: Outline[]; snippets: Snippet[] } | { errors: string[] };

const schemaErrors = (name: string, issues: z.core.$ZodIssue[], data: unknown) =>
  issues.map((issue) => `${name}: ${describeLibraryIssue(issue, data)}`);

/** A personal library exported from the options page (`kind: "khung-library"`), version 2. */
function exportedItems(name: string, record: Record<string, unknown>): FileItems {
  if (record.schemaVersion !== 2)
    return {
      errors: [
        `${name}: tệp xuất từ một phiên bản Khung khác; hãy nhập tệp vào trang Tùy chọn của Khung rồi xuất lại.`,
      ],
    };
  const items = { outlines: record.outlines ?? [], snippets: record.snippets };
  const parsed = Outline.array().safeParse(items.outlines);
  const snippets = Snippet.array().safeParse(items.snippets);
  const issues = [
    ...(parsed.error?.issues ?? []).map((i) => ({ ...i, path: ['outlines', ...i.path] })),
    ...(snippets.error?.issues ?? []).map((i) => ({ ...i, path: ['snippets', ...i.path] })),
  ];
  if (issues.length > 0 || !parsed.success || !snippets.success)
    return { errors: schemaErrors(name, issues as z.core.$ZodIssue[], items) };
  return { outlines: parsed.data, snippets: snippets.data };
}

/** The items of one file, by what the file is. */
function fileItems(file: LibrarySourceFile): FileItems {
  const read = readJson(file.text.replace(/^\uFEFF/, ''));
  if (!read.ok)
    return {
      errors: [`${file.name}: ${read.problem === 'too-deep' ? read.message : 'không phải JSON hợp lệ.'}`],
    };
  const data = read.value;
  const record = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >;
  if (record.kind === ORG_LIBRARY_KIND) {
    const org = readOrgLibrary(file.text);
    return org.ok ? org.library : { errors: org.errors.map((e) => `${file.name}: ${e}`) };
  }
  if (record.kind === 'khung-library') return exportedItems(file.name, record);
  if ('sections' in record) {
    const parsed = Outline.safeParse(data);
    if (!parsed.success)
      return { errors: parsed.error.issues.map((i) => `${file.name}: ${describeIssue(i)}`) };
    const twice = duplicateSectionIds(parsed.data, file.name);
    return twice.length > 0 ? { errors: twice } : { outlines: [parsed.data], snippets: [] };
  }
  if ('snippets' in record) {
    const parsed = SnippetFile.safeParse(data);
    if (!parsed.success) return { errors: schemaErrors(file.name, parsed.error.issues, data) };
    return { outlines: [], snippets: parsed.data.snippets };
  }
  return {
    errors: [`${file.name}: không phải đề cương, tệp đoạn mẫu hay thư viện của Khung.`],
  };
}

/**
 * Gathers the items of `files`. Fails when a file cannot be read or checked, when two files hold the
 * same id, or when an outline takes the id of one of `reservedOutlineIds` (Khung's built-in outlines,
 * which every officer keeps: an organisation's outline needs an id of its own).
 */
export function collectLibraryItems(
  files: readonly LibrarySourceFile[],
  reservedOutlineIds: readonly string[] = [],
): CollectedItems {
  const errors: string[] = [];
  const outlines: Outline[] = [];
  const snippets: Snippet[] = [];
  const owner = new Map<string, string>();
  const claim = (kind: 'đề cương' | 'đoạn mẫu', id: string, file: string): boolean => {
    const key = `${kind}:${id}`;
    const first = owner.get(key);
    if (first !== undefined) {
      errors.push(`${file}: ${kind} mã “${id}” đã có trong ${first}; mỗi mục cần một mã riêng.`);
      return false;
    }
    owner.set(key, file);
    return true;
  };
  for (const file of files) {
    const items = fileItems(file);
    if ('errors' in items) {
      errors.push(...items.errors);
      continue;
    }
    for (const o of items.outlines) {
      if (reservedOutlineIds.includes(o.id))
        errors.push(
          `${file.name}: đề cương mã “${o.id}” trùng mã một đề cương có sẵn của Khung; hãy đổi mã (ví dụ thêm tên tổ chức ở đầu).`,
        );
      else if (claim('đề cương', o.id, file.name)) outlines.push(o);
    }
    for (const s of items.snippets) if (claim('đoạn mẫu', s.id, file.name)) snippets.push(s);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (outlines.length + snippets.length === 0)
    return { ok: false, errors: ['Thư mục không có đề cương hay đoạn mẫu nào (các tệp .json).'] };
  return { ok: true, outlines, snippets };
}
