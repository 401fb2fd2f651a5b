import { useEffect, useState } from 'preact/hooks';
import { bundledOutlines } from '../../shared/library/bundled.ts';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { deriveOutlineFromTab } from '../shared/derive-from-page.ts';
import { isRestrictedUrl } from '../shared/ensure-content.ts';
import { newId, upsert } from '../shared/library/library-edit.ts';
import type { UserLibrary } from '../shared/library/library-schema.ts';
import { t } from './i18n.ts';
import type { LibraryState } from './use-library.ts';

type TabChoice = { id: number; title: string; url: string };

/** Open tabs Khung may read (Chrome shows their address only where Khung has access). */
async function readableTabs(): Promise<TabChoice[]> {
  const tabs = await chrome.tabs.query({});
  return tabs
    .filter((tab) => tab.id !== undefined && tab.url && /^https?:/.test(tab.url) && !isRestrictedUrl(tab.url))
    .map((tab) => ({
      id: tab.id as number,
      title: tab.title || (tab.url as string),
      url: tab.url as string,
    }));
}

/** "Derive an outline from this page": khung:read of a chosen tab → core's derive → the user library. */
export function DeriveSection(props: {
  library: UserLibrary;
  commit: LibraryState['commit'];
  setStatus: (s: Status | null) => void;
}) {
  const [tabs, setTabs] = useState<TabChoice[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Tabs come and go while the options page is open: list them again whenever it regains focus.
    const refresh = () =>
      void readableTabs().then((list) => {
        setTabs(list);
        setChosen((c) => (c !== null && list.some((x) => x.id === c) ? c : (list[0]?.id ?? null)));
      });
    refresh();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, []);

  const run = async () => {
    const tab = tabs.find((x) => x.id === chosen);
    if (!tab) return;
    setBusy(true);
    const taken = [...bundledOutlines(), ...props.library.outlines].map((o) => o.id);
    const result = await deriveOutlineFromTab(tab.id, taken, tab.title);
    setBusy(false);
    if (!result.ok) return props.setStatus({ kind: 'error', text: result.message });
    const derived = result.outline;
    // The id was free in the library shown; if it was taken meanwhile, the outline gets another.
    await props.commit(
      (current) => {
        const ids = [...bundledOutlines(), ...current.outlines].map((o) => o.id);
        const id = ids.includes(derived.id) ? newId(derived.title, ids) : derived.id;
        return upsert(current, 'outlines', { ...derived, id });
      },
      t('deriveDone', derived.title, derived.sections.length),
    );
  };

  return (
    <section class="k-section" aria-labelledby="derive-heading">
      <h2 id="derive-heading">{t('deriveHeading')}</h2>
      <p class="k-muted">{t('deriveHint')}</p>
      {tabs.length === 0 ? (
        <p class="k-muted" data-testid="derive-no-tabs">
          {t('deriveNoTabs')}
        </p>
      ) : (
        <div class="k-row">
          <label>
            {t('deriveTab')}{' '}
            <select
              id="derive-tab"
              value={chosen ?? ''}
              onChange={(e) => setChosen(Number(e.currentTarget.value))}
            >
              {tabs.map((tab) => (
                <option key={tab.id} value={tab.id}>
                  {tab.title}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="k-button k-button-primary"
            id="derive-run"
            disabled={busy || chosen === null}
            onClick={() => void run()}
          >
            {t('deriveRun')}
          </button>
        </div>
      )}
    </section>
  );
}
