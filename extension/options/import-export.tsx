import { bundledOutlines } from '../../shared/library/bundled.ts';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { exportLibrary, importLibrary } from '../shared/library/library-io.ts';
import type { UserLibrary } from '../shared/library/library-schema.ts';
import { t } from './i18n.ts';
import type { LibraryState } from './use-library.ts';

/** Import (validated in full before anything changes) and export of the user library as JSON. */
export function ImportExport(props: {
  library: UserLibrary;
  commit: LibraryState['commit'];
  setStatus: (s: Status | null) => void;
}) {
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a fix
    if (!file) return;
    const reject = (reason: string) =>
      props.setStatus({ kind: 'error', text: t('ioRejected', file.name, reason) });
    try {
      // Outline files from outlines/ carry built-in ids: they become the user's own copies.
      const reserved = bundledOutlines().map((o) => o.id);
      const text = await file.text();
      // Checked first against the library shown, for the message; merged into the library as
      // stored when saving, so nothing saved meanwhile elsewhere is lost.
      const checked = importLibrary(text, props.library, reserved);
      if (!checked.ok) return reject(checked.reason);
      let counts = { added: checked.added, replaced: checked.replaced };
      await props.commit(
        (current) => {
          const merged = importLibrary(text, current, reserved);
          if (!merged.ok) return { refused: t('ioRejected', file.name, merged.reason) };
          counts = { added: merged.added, replaced: merged.replaced };
          return merged.library;
        },
        () => t('ioImported', counts.added, counts.replaced),
      );
    } catch {
      // Never a silent failure: whatever went wrong reading the file, the user is told.
      reject(t('ioUnreadable'));
    }
  };

  const onExport = () => {
    const blob = new Blob([exportLibrary(props.library)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `khung-thu-vien-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section class="k-section" aria-labelledby="io-heading">
      <h2 id="io-heading">{t('ioHeading')}</h2>
      <p class="k-muted">{t('ioHint')}</p>
      <div class="k-row">
        <label class="k-button">
          {t('ioImport')}
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            class="k-visually-hidden"
            onChange={onFile}
          />
        </label>
        <button type="button" class="k-button" id="export" onClick={onExport}>
          {t('ioExport')}
        </button>
      </div>
    </section>
  );
}
