import { slugId } from '../../../shared/core/library/user-ids.ts';
import type { Snippet, SnippetGroup } from '../../../shared/core/snippets/snippet-schema.ts';
import { fold } from '../../../shared/core/text/fold.ts';
import { LIBRARY_SCHEMA_VERSION, LibraryV1, UserLibrary } from './library-schema.ts';

/** The result of bringing stored data up to the current version; `lost` is always 0 for a valid input. */
export type MigrationResult =
  | { ok: true; library: UserLibrary; from: number; notes: string[] }
  | { ok: false; reason: string; from: number | null };

/** The version a stored value declares: v1 used `version`, v2+ `schemaVersion`; null if neither. */
export function storedVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const v = record.schemaVersion ?? record.version;
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

const GROUP_BY_WORD: ReadonlyArray<[RegExp, SnippetGroup]> = [
  [/noi nhan/, 'noi-nhan'],
  [/kinh gui/, 'kinh-gui'],
  [/can cu|thuc hien/, 'can-cu'],
  [/chu ky|ky ten/, 'chu-ky'],
  [/tieu de|quoc hieu/, 'tieu-de'],
  [/mo dau/, 'mo-dau'],
  [/ket thuc/, 'ket-thuc'],
];

/**
 * v1 → v2: `title`→`label`, `text`→`body`, the free-text category → a SnippetGroup ("cum-tu" when
 * unknown), ids made valid and unique. A v1 snippet with no text keeps its title as the body so
 * nothing the user typed is dropped.
 */
export function migrateV1toV2(v1: LibraryV1): { library: UserLibrary; notes: string[] } {
  const notes: string[] = [];
  const used = new Set<string>();
  const snippets = v1.snippets.map((old, index): Snippet => {
    const label =
      old.title?.trim() || old.text?.trim().split('\n')[0]?.slice(0, 60) || `Đoạn mẫu ${index + 1}`;
    let body = old.text ?? '';
    if (body.trim() === '') {
      body = label;
      notes.push(`Đoạn mẫu “${label}” không có nội dung; đã lấy tên làm nội dung.`);
    }
    const folded = fold(old.category ?? '');
    const group = GROUP_BY_WORD.find(([re]) => re.test(folded))?.[1] ?? 'cum-tu';
    let id = slugId(old.id ?? '') || slugId(label) || `doan-mau-${index + 1}`;
    if (!/^[a-z0-9]/.test(id)) id = `u-${id}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    used.add(id);
    return { id, label, group, terms: old.category ? [old.category] : [], body };
  });
  return { library: { schemaVersion: 2, snippets, outlines: [] }, notes };
}

/**
 * Brings any stored library to the current version, one step at a time. Never guesses about a newer
 * version (written by a later Khung): that is refused so the caller leaves it untouched.
 */
export function migrateLibrary(data: unknown): MigrationResult {
  const from = storedVersion(data);
  if (from === null) return { ok: false, from, reason: 'Không rõ phiên bản của thư viện đã lưu.' };
  if (from > LIBRARY_SCHEMA_VERSION)
    return {
      ok: false,
      from,
      reason: `Thư viện được lưu bởi phiên bản Khung mới hơn (định dạng ${from}). Hãy cập nhật Khung; thư viện được giữ nguyên.`,
    };
  let current: unknown = data;
  const notes: string[] = [];
  if (from === 1) {
    const v1 = LibraryV1.safeParse(current);
    if (!v1.success) return { ok: false, from, reason: 'Thư viện cũ (định dạng 1) bị hỏng, không đọc được.' };
    const step = migrateV1toV2(v1.data);
    notes.push(...step.notes);
    current = step.library;
  }
  const parsed = UserLibrary.safeParse(current);
  if (!parsed.success) return { ok: false, from, reason: 'Thư viện đã lưu không hợp lệ.' };
  return { ok: true, library: parsed.data, from, notes };
}
