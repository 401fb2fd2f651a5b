import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { followLibrary } from '../shared/library/follow-library.ts';
import { emptyLibrary, type UserLibrary } from '../shared/library/library-schema.ts';
import { type LibraryEdit, updateUserLibrary } from '../shared/library/library-update.ts';
import { type LoadedLibrary, loadUserLibrary } from '../shared/library-storage.ts';
import { t } from './i18n.ts';

/**
 * The options page's hold on the user library. It shows the library as stored and follows every
 * change saved elsewhere (the side panel, another tab, another device); it saves a change as an edit
 * of the library stored at that moment, never by writing back the copy it shows.
 */
export interface LibraryState {
  library: UserLibrary | null;
  area: 'sync' | 'local';
  writable: boolean;
  status: Status | null;
  setStatus: (status: Status | null) => void;
  /**
   * Applies `edit` to the library as stored now and saves it; `done` (or what it returns) is the
   * message shown on success. On failure the shown library stays as it was. Resolves whether it saved.
   */
  commit: (edit: LibraryEdit, done?: string | (() => string)) => Promise<boolean>;
}

/** Loads the library, follows its changes, and returns the state plus a commit that saves and reports. */
export function useLibrary(): LibraryState {
  const [library, setLibrary] = useState<UserLibrary | null>(null);
  const [area, setArea] = useState<'sync' | 'local'>('sync');
  const [writable, setWritable] = useState(true);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    const show = (loaded: LoadedLibrary) => {
      setLibrary({ ...emptyLibrary(), snippets: loaded.snippets, outlines: loaded.outlines });
      setArea(loaded.area);
      setWritable(loaded.writable);
      return loaded;
    };
    void loadUserLibrary().then((loaded) => {
      if (show(loaded).warning) setStatus({ kind: 'error', text: loaded.warning as string });
    });
    return followLibrary(() => void loadUserLibrary().then(show));
  }, []);

  const commit = useCallback(
    async (edit: LibraryEdit, done?: string | (() => string)): Promise<boolean> => {
      if (!writable) {
        setStatus({ kind: 'error', text: t('optReadOnly') });
        return false;
      }
      const saved = await updateUserLibrary(edit);
      if (!saved.ok) {
        setStatus({ kind: 'error', text: saved.message });
        return false;
      }
      setLibrary(saved.library);
      setArea(saved.area);
      const doneText = typeof done === 'function' ? done() : done;
      const text = [doneText ?? (saved.area === 'local' ? t('optSavedLocal') : t('optSaved')), saved.warning]
        .filter(Boolean)
        .join(' ');
      setStatus({ kind: saved.warning ? 'info' : 'success', text });
      return true;
    },
    [writable],
  );

  return { library, area, writable, status, setStatus, commit };
}
