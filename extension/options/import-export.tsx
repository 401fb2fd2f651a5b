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
    // Outline files from outlines/ carry built-in ids: they become the user's own copies.
    const reserved = bundledOutlines().map((o) => o.id);
    const result = importLibrary(await file.text(), props.library, reserved);
    if (!result.ok) {
      props.setStatus({ kind: 'error', text: t('ioRejected', file.name, result.reason) });
      return;
    }
    await props.commit(result.library, t('ioImported', result.added, result.replaced));
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
