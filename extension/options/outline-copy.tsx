import { useState } from 'preact/hooks';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { newId, upsert } from '../shared/library/library-edit.ts';
import type { UserLibrary } from '../shared/library/library-schema.ts';
import { t } from './i18n.ts';
import type { LibraryState } from './use-library.ts';

/** "Copy a built-in outline to edit": the copy gets a user id ("u-…") and starts unverified. */
export function OutlineCopy(props: {
  library: UserLibrary;
  builtIn: readonly Outline[];
  commit: LibraryState['commit'];
  setStatus: (s: Status | null) => void;
}) {
  const [chosen, setChosen] = useState(props.builtIn[0]?.id ?? '');

  const copy = async () => {
    const source = props.builtIn.find((o) => o.id === chosen);
    if (!source) return;
    await props.commit(
      (current) => {
        const taken = [...props.builtIn, ...current.outlines].map((o) => o.id);
        const outline: Outline = {
          ...structuredClone(source),
          id: newId(source.id, taken),
          provenance: {
            ...source.provenance,
            verified: false,
            note: `Sao chép từ đề cương có sẵn “${source.id}”.`,
          },
        };
        return upsert(current, 'outlines', outline);
      },
      t('outlineCopied', source.title),
    );
  };

  if (props.builtIn.length === 0) return null;
  return (
    <div class="k-row">
      <label>
        {t('outlineCopyLabel')}{' '}
        <select id="outline-copy-source" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
          {props.builtIn.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="k-button" id="outline-copy" onClick={() => void copy()}>
        {t('outlineCopy')}
      </button>
    </div>
  );
}
