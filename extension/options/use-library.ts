import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { emptyLibrary, type UserLibrary } from '../shared/library/library-schema.ts';
import { loadUserLibrary, saveUserLibrary } from '../shared/library-storage.ts';
import { t } from './i18n.ts';

/** The options page's hold on the user library: load once, save on every change. */
export interface LibraryState {
  library: UserLibrary | null;
  area: 'sync' | 'local';
  writable: boolean;
  status: Status | null;
  setStatus: (status: Status | null) => void;
  /** Saves `next`; on failure the shown library stays as it was. Resolves whether it saved. */
  commit: (next: UserLibrary, done?: string) => Promise<boolean>;
}

/** Loads the library and returns the state plus a commit that saves and reports the outcome. */
export function useLibrary(): LibraryState {
  const [library, setLibrary] = useState<UserLibrary | null>(null);
  const [area, setArea] = useState<'sync' | 'local'>('sync');
  const [writable, setWritable] = useState(true);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    void loadUserLibrary().then((loaded) => {
      setLibrary({ ...emptyLibrary(), snippets: loaded.snippets, outlines: loaded.outlines });
      setArea(loaded.area);
      setWritable(loaded.writable);
      if (loaded.warning) setStatus({ kind: 'error', text: loaded.warning });
    });
  }, []);

  const commit = useCallback(
    async (next: UserLibrary, done?: string): Promise<boolean> => {
      if (!writable) {
        setStatus({ kind: 'error', text: t('optReadOnly') });
        return false;
      }
      const saved = await saveUserLibrary(next);
      if (!saved.ok) {
        setStatus({ kind: 'error', text: saved.message });
        return false;
      }
      setLibrary(next);
      setArea(saved.area);
      const text = [done ?? (saved.area === 'local' ? t('optSavedLocal') : t('optSaved')), saved.warning]
        .filter(Boolean)
        .join(' ');
      setStatus({ kind: saved.warning ? 'info' : 'success', text });
      return true;
    },
    [writable],
  );

  return { library, area, writable, status, setStatus, commit };
}
