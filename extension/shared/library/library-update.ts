import { browserLibraryStore, type LoadedLibrary, type SaveResult } from '../library-storage.ts';
import { withLibraryLock } from './library-lock.ts';
import { LIBRARY_SCHEMA_VERSION, type UserLibrary } from './library-schema.ts';

// Changing the user library without losing anyone else's change. A page that keeps the library it
// loaded and saves an edited copy of it deletes whatever was saved meanwhile (an outline derived in
// the side panel, an edit in another tab, a change synced from another device). Here an edit is a
// function applied to the library as stored at the moment of saving, under the library lock.

/**
 * One change to the library, applied to what is stored at the time of saving (never to a copy read
 * earlier): the changed library, or `{ refused }` with the reason when the change no longer applies.
 */
export type LibraryEdit = (current: UserLibrary) => UserLibrary | { refused: string };

/** The outcome of an edit: saved (with the library as saved) or not, with the reason. */
export type UpdateResult =
  | { ok: true; area: 'sync' | 'local'; warning?: string; library: UserLibrary }
  | { ok: false; message: string };

/** What an update needs of the store (LibraryStore; a fake in tests). */
export interface LoadSave {
  load(): Promise<LoadedLibrary>;
  save(library: UserLibrary): Promise<SaveResult>;
}

const READ_ONLY = 'Thư viện do phiên bản Khung mới hơn lưu, hoặc chưa đọc được, nên thay đổi chưa được lưu.';

/**
 * Reads the library as stored now, applies `edit` and saves the result, holding the library lock
 * (library-lock.ts) from the read to the write, so only what was just read is written back.
 */
export function updateLibrary(store: LoadSave, edit: LibraryEdit): Promise<UpdateResult> {
  return withLibraryLock(async (): Promise<UpdateResult> => {
    const current = await store.load();
    if (!current.writable) return { ok: false, message: current.warning ?? READ_ONLY };
    const next = edit({
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      snippets: current.snippets,
      outlines: current.outlines,
    });
    if ('refused' in next) return { ok: false, message: next.refused };
    const saved = await store.save(next);
    return saved.ok ? { ...saved, library: next } : saved;
  });
}

/** updateLibrary on the browser's chrome.storage. */
export function updateUserLibrary(edit: LibraryEdit): Promise<UpdateResult> {
  return updateLibrary(browserLibraryStore(), edit);
}
