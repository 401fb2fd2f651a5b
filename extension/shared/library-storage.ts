import { Outline } from '../../shared/core/outline/outline-schema.ts';
import { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { emptyLibrary, LIBRARY_SCHEMA_VERSION, UserLibrary } from './library/library-schema.ts';
import { migrateLibrary, storedVersion } from './library/migrations.ts';
import { fromEntries, pieceKeys, toEntries } from './library/sync-chunks.ts';
import { fitsSync, type KeyValueArea, SYNC_LIMIT_MESSAGE } from './library/sync-quota.ts';

// The user library in chrome.storage. One key per snippet/outline so a single item stays
// under sync's 8 KB per-item quota, plus an index key with the order; when the whole library does not
// fit sync (QUOTA_BYTES 100 KB, QUOTA_BYTES_PER_ITEM 8 KB) it goes to storage.local and the user is told.
// Anything older is migrated (migrations.ts) after a backup copy is kept in storage.local.

export const KEYS = {
  index: 'khung.library',
  snippet: (id: string) => `khung.library.s.${id}`,
  outline: (id: string) => `khung.library.o.${id}`,
  /** In storage.local: which area holds the library ('sync' | 'local'). */
  area: 'khung.library.area',
  /** In storage.local: the raw data as it was before a migration, or items that could not be read. */
  backup: 'khung.library.backup',
  /** The v1 key (storage.sync). */
  v1: 'khung.userSnippets',
} as const;

type Index = { schemaVersion: number; snippetIds: string[]; outlineIds: string[] };

/** What the options page and panel get: the library, where it lives, and anything the user must know. */
export type LoadedLibrary = {
  snippets: Snippet[];
  outlines: Outline[];
  area: 'sync' | 'local';
  warning?: string;
  /** False when saving would overwrite something this version cannot read (a newer format). */
  writable: boolean;
};

export type SaveResult =
  | { ok: true; area: 'sync' | 'local'; warning?: string }
  | { ok: false; message: string };

function isIndex(value: unknown): value is Index {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.schemaVersion === 'number' && Array.isArray(v.snippetIds) && Array.isArray(v.outlineIds);
}

/** The library in a pair of storage areas (chrome.storage.sync/local, or fakes in tests). */
export class LibraryStore {
  constructor(
    private readonly sync: KeyValueArea,
    private readonly local: KeyValueArea,
  ) {}

  private async activeArea(): Promise<'sync' | 'local'> {
    const marker = (await this.local.get(KEYS.area))[KEYS.area];
    return marker === 'local' ? 'local' : 'sync';
  }

  private async backup(entry: unknown): Promise<void> {
    const previous = (await this.local.get(KEYS.backup))[KEYS.backup];
    const list: Array<{ entry?: unknown }> = Array.isArray(previous) ? previous : [];
    // The same unreadable items are met on every load: keep one copy, not ten that push out the rest.
    const text = JSON.stringify(entry);
    if (list.some((b) => JSON.stringify(b.entry) === text)) return;
    await this.local.set({
      [KEYS.backup]: [...list, { savedAt: new Date().toISOString(), entry }].slice(-10),
    });
  }

  /** Reads the library, migrating an older stored form first; never throws. */
  async load(): Promise<LoadedLibrary> {
    try {
      const areaName = await this.activeArea();
      const area = areaName === 'local' ? this.local : this.sync;
      const index = (await area.get(KEYS.index))[KEYS.index];
      if (index === undefined) return await this.loadLegacy(areaName);
      if (!isIndex(index))
        return {
          ...emptyLibrary(),
          area: areaName,
          writable: false,
          warning: 'Chỉ mục thư viện bị hỏng; thư viện được giữ nguyên, chưa đọc được.',
        };
      if (index.schemaVersion > LIBRARY_SCHEMA_VERSION) {
        const verdict = migrateLibrary({ schemaVersion: index.schemaVersion });
        return {
          ...emptyLibrary(),
          area: areaName,
          writable: false,
          ...(verdict.ok ? {} : { warning: verdict.reason }),
        };
      }
      const keys = [...index.snippetIds.map(KEYS.snippet), ...index.outlineIds.map(KEYS.outline)];
      const items = await this.readItems(area, keys);
      const snippets: Snippet[] = [];
      const outlines: Outline[] = [];
      const unreadable: unknown[] = [];
      for (const id of index.snippetIds) {
        const parsed = Snippet.safeParse(items[KEYS.snippet(id)]);
        if (parsed.success) snippets.push(parsed.data);
        else unreadable.push(items[KEYS.snippet(id)] ?? { missing: id });
      }
      for (const id of index.outlineIds) {
        const parsed = Outline.safeParse(items[KEYS.outline(id)]);
        if (parsed.success) outlines.push(parsed.data);
        else unreadable.push(items[KEYS.outline(id)] ?? { missing: id });
      }
      if (unreadable.length === 0) return { snippets, outlines, area: areaName, writable: true };
      await this.backup({ unreadable });
      return {
        snippets,
        outlines,
        area: areaName,
        writable: true,
        warning: `${unreadable.length} mục trong thư viện bị hỏng, không đọc được; bản gốc đã được cất vào bộ nhớ dự phòng của Khung.`,
      };
    } catch {
      return {
        ...emptyLibrary(),
        area: 'sync',
        writable: false,
        warning: 'Không đọc được thư viện từ bộ nhớ của trình duyệt. Hãy thử mở lại.',
      };
    }
  }

  /** No v2 index: migrate the v1 key when there is one (backup first, delete the old key last). */
  private async loadLegacy(areaName: 'sync' | 'local'): Promise<LoadedLibrary> {
    const raw = (await this.sync.get(KEYS.v1))[KEYS.v1];
    if (raw === undefined) return { snippets: [], outlines: [], area: areaName, writable: true };
    const migrated = migrateLibrary(raw);
    if (!migrated.ok) return { ...emptyLibrary(), area: areaName, writable: false, warning: migrated.reason };
    await this.backup({ from: storedVersion(raw), data: raw });
    const saved = await this.save(migrated.library);
    if (!saved.ok) return { ...migrated.library, area: areaName, writable: true, warning: saved.message };
    await this.sync.remove(KEYS.v1);
    const warning = [saved.warning, ...migrated.notes].filter(Boolean).join(' ');
    return { ...migrated.library, area: saved.area, writable: true, ...(warning ? { warning } : {}) };
  }

  /** Validates and writes the whole library: sync when it fits, else local (with a warning). */
  async save(library: UserLibrary): Promise<SaveResult> {
    const parsed = UserLibrary.safeParse(library);
    if (!parsed.success) return { ok: false, message: 'Thư viện không hợp lệ nên chưa được lưu.' };
    const { snippets, outlines } = parsed.data;
    const ids = (list: Array<{ id: string }>) => new Set(list.map((x) => x.id));
    if (ids(snippets).size !== snippets.length || ids(outlines).size !== outlines.length)
      return { ok: false, message: 'Có hai mục trùng mã (id) nên thư viện chưa được lưu.' };
    const items: Record<string, unknown> = {
      [KEYS.index]: {
        schemaVersion: LIBRARY_SCHEMA_VERSION,
        snippetIds: snippets.map((s) => s.id),
        outlineIds: outlines.map((o) => o.id),
      } satisfies Index,
    };
    for (const s of snippets) Object.assign(items, toEntries(KEYS.snippet(s.id), s));
    for (const o of outlines) Object.assign(items, toEntries(KEYS.outline(o.id), o));
    try {
      if (fitsSync(items)) {
        try {
          await this.writeTo(this.sync, items);
          await this.local.set({ [KEYS.area]: 'sync' });
          await this.clearLibraryKeys(this.local, new Set());
          return { ok: true, area: 'sync' };
        } catch {
          // Quota or write-rate error from sync: fall through to local.
        }
      }
      await this.writeTo(this.local, items);
      await this.local.set({ [KEYS.area]: 'local' });
      return { ok: true, area: 'local', warning: SYNC_LIMIT_MESSAGE };
    } catch {
      return { ok: false, message: 'Không lưu được thư viện vào bộ nhớ của trình duyệt. Hãy thử lại.' };
    }
  }

  /** The items under `keys`, long ones joined back from their pieces (sync-chunks.ts). */
  private async readItems(area: KeyValueArea, keys: string[]): Promise<Record<string, unknown>> {
    if (keys.length === 0) return {};
    const stored = await area.get(keys);
    const pieces = keys.flatMap((k) => pieceKeys(k, stored[k]));
    const pieceValues = pieces.length > 0 ? await area.get(pieces) : {};
    const items: Record<string, unknown> = {};
    for (const k of keys) {
      const value = fromEntries(k, stored[k], pieceValues);
      if (value !== undefined) items[k] = value;
    }
    return items;
  }

  private async writeTo(area: KeyValueArea, items: Record<string, unknown>): Promise<void> {
    await area.set(items);
    await this.clearLibraryKeys(area, new Set(Object.keys(items)));
  }

  /** Removes the library's item keys in `area` except `keep` (stale items after a delete or move). */
  private async clearLibraryKeys(area: KeyValueArea, keep: ReadonlySet<string>): Promise<void> {
    const all = await area.get(null);
    const stale = Object.keys(all).filter(
      (k) =>
        (k === KEYS.index || k.startsWith('khung.library.s.') || k.startsWith('khung.library.o.')) &&
        !keep.has(k),
    );
    if (stale.length > 0) await area.remove(stale);
  }
}

/** The store on the browser's own chrome.storage.sync / chrome.storage.local. */
export function browserLibraryStore(): LibraryStore {
  return new LibraryStore(chrome.storage.sync, chrome.storage.local);
}

/** Loads the user library from chrome.storage (migrating and falling back as needed). */
export function loadUserLibrary(): Promise<LoadedLibrary> {
  return browserLibraryStore().load();
}

/** Saves the user library to chrome.storage. */
export function saveUserLibrary(library: UserLibrary): Promise<SaveResult> {
  return browserLibraryStore().save(library);
}

/** True for the storage keys of the library itself (not its backup copy): a change there is news. */
export function isLibraryKey(key: string): boolean {
  return key !== KEYS.backup && (key.startsWith(KEYS.index) || key === KEYS.v1);
}
