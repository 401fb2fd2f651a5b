import type { z } from 'zod';
import { ownImportedOutlines } from '../../../shared/core/library/user-ids.ts';
import { Outline } from '../../../shared/core/outline/outline-schema.ts';
import { Snippet, SnippetFile } from '../../../shared/core/snippets/snippet-schema.ts';
import { readJson } from '../../../shared/core/text/read-json.ts';
import { mergeLibrary } from './library-edit.ts';
import { LIBRARY_SCHEMA_VERSION, LibraryExport, type UserLibrary } from './library-schema.ts';
import { migrateLibrary } from './migrations.ts';

// Import/export of the user library as JSON. An import is validated completely before
// anything changes: a bad file is rejected with the reason and the library stays as it was.

export type ImportResult =
  | { ok: true; library: UserLibrary; added: number; replaced: number }
  | { ok: false; reason: string };

/** The export file text: pretty JSON, `kind: "khung-library"`, current schema version. */
export function exportLibrary(library: UserLibrary, now = new Date()): string {
  const file: LibraryExport = {
    kind: 'khung-library',
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    snippets: library.snippets,
    outlines: library.outlines,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "snippets[2].body: …" — the first zod issue, with its path, in words a user can act on. */
function describe(prefix: string, issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const what =
    issue.code === 'invalid_type'
      ? `thiếu hoặc sai kiểu (cần ${issue.expected})`
      : issue.code === 'unrecognized_keys'
        ? `có trường lạ: ${issue.keys.join(', ')}`
        : issue.code === 'too_small'
          ? 'không được để trống'
          : issue.code === 'invalid_format' || issue.code === 'invalid_value'
            ? 'giá trị không hợp lệ'
            : issue.message;
  return `${prefix}${path}: ${what}`;
}

function validateItems(
  snippets: unknown[],
  outlines: unknown[],
): ImportResult | { snippets: Snippet[]; outlines: Outline[] } {
  const okSnippets: Snippet[] = [];
  for (const [i, raw] of snippets.entries()) {
    const parsed = Snippet.safeParse(raw);
    const issue = parsed.error?.issues[0];
    if (!parsed.success)
      return { ok: false, reason: issue ? describe(`snippets[${i}]`, issue) : `snippets[${i}] không hợp lệ` };
    okSnippets.push(parsed.data);
  }
  const okOutlines: Outline[] = [];
  for (const [i, raw] of outlines.entries()) {
    const parsed = Outline.safeParse(raw);
    const issue = parsed.error?.issues[0];
    if (!parsed.success)
      return { ok: false, reason: issue ? describe(`outlines[${i}]`, issue) : `outlines[${i}] không hợp lệ` };
    okOutlines.push(parsed.data);
  }
  const dup = (list: Array<{ id: string }>) =>
    list.find((x, i) => list.findIndex((y) => y.id === x.id) !== i)?.id;
  const twice = dup(okSnippets) ?? dup(okOutlines);
  if (twice !== undefined) return { ok: false, reason: `Mã (id) “${twice}” xuất hiện hai lần trong tệp.` };
  return { snippets: okSnippets, outlines: okOutlines };
}

/**
 * Reads an import file into the library. Accepts a Khung export (any known schemaVersion, migrated),
 * a snippet file like snippets/*.json ({title, snippets}), or one outline like outlines/*.json.
 * Outlines whose id is in `reservedOutlineIds` (the built-in ones) get a user id instead.
 */
export function importLibrary(
  text: string,
  current: UserLibrary,
  reservedOutlineIds: readonly string[] = [],
): ImportResult {
  // Nesting is bounded before any schema recurses into it (the core's read-json.ts).
  const read = readJson(text);
  if (!read.ok) return { ok: false, reason: read.message };
  const data = read.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'Tệp không phải thư viện Khung (cần một đối tượng JSON).' };
  const record = data as Record<string, unknown>;
  let snippets: unknown[] = [];
  let outlines: unknown[] = [];
  if (record.kind === 'khung-library') {
    const file = LibraryExport.safeParse(data);
    const issue = file.error?.issues[0];
    if (!file.success)
      return { ok: false, reason: issue ? describe('tệp', issue) : 'Tệp thư viện không hợp lệ.' };
    if (file.data.schemaVersion < LIBRARY_SCHEMA_VERSION) {
      const migrated = migrateLibrary({ version: file.data.schemaVersion, snippets: file.data.snippets });
      if (!migrated.ok) return { ok: false, reason: migrated.reason };
      snippets = migrated.library.snippets;
    } else if (file.data.schemaVersion > LIBRARY_SCHEMA_VERSION) {
      return {
        ok: false,
        reason: `Tệp được xuất từ phiên bản Khung mới hơn (định dạng ${file.data.schemaVersion}). Hãy cập nhật Khung.`,
      };
    } else {
      snippets = file.data.snippets;
      outlines = file.data.outlines ?? [];
    }
  } else if ('snippets' in record && 'title' in record) {
    const file = SnippetFile.safeParse(data);
    const issue = file.error?.issues[0];
    if (!file.success)
      return { ok: false, reason: issue ? describe('tệp đoạn mẫu', issue) : 'Tệp đoạn mẫu không hợp lệ.' };
    snippets = file.data.snippets;
  } else if ('sections' in record) {
    outlines = [data];
  } else {
    return {
      ok: false,
      reason:
        'Tệp không phải thư viện Khung: không có “kind”: “khung-library”, danh sách đoạn mẫu hay đề cương.',
    };
  }
  const items = validateItems(snippets, outlines);
  if ('ok' in items) return items;
  if (items.snippets.length + items.outlines.length === 0)
    return { ok: false, reason: 'Tệp không có đoạn mẫu hay đề cương nào.' };
  // An outline with a built-in id (a file from outlines/) becomes the user's own copy (core decision).
  const ownOutlines = ownImportedOutlines(
    items.outlines,
    reservedOutlineIds,
    current.outlines.map((o) => o.id),
  );
  return { ok: true, ...mergeLibrary(current, { snippets: items.snippets, outlines: ownOutlines }) };
}
