import { useEffect, useState } from 'preact/hooks';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { Spinner } from '../../shared/ui/spinner.tsx';
import { type Status, StatusBar } from '../../shared/ui/status-bar.tsx';
import { type TabDef, Tabs } from '../../shared/ui/tabs.tsx';
import { ChecklistTab } from './checklist-tab.tsx';
import { loadLibrary, outlineChoices, type PanelLibrary } from './library.ts';
import { LibraryStrip } from './library-strip.tsx';
import { OutlineTab } from './outline-tab.tsx';
import { loadOutlineChoice, saveOutlineChoice } from './panel-storage.ts';
import { SiteSwitch, useSiteSwitch } from './site-switch.tsx';
import { SnippetsTab } from './snippets-tab.tsx';
import { useTypedTriggers } from './typed-triggers.ts';

type TabId = 'check' | 'snippets' | 'outline';
const TABS: readonly TabDef<TabId>[] = [
  { id: 'check', label: 'Danh mục kiểm tra' },
  { id: 'snippets', label: 'Đoạn mẫu' },
  { id: 'outline', label: 'Đề cương' },
];

/** The side panel: three tabs over the library and the target tab's editor. */
export function App() {
  const [tab, setTab] = useState<TabId>('check');
  const [library, setLibrary] = useState<PanelLibrary | null>(null);
  // The library's own warning (read-only storage, a damaged entry) concerns every tab: at the top.
  const [libraryNote, setLibraryNote] = useState<Status | null>(null);
  // An insert's message stays docked at the bottom, in view wherever the clicked snippet was.
  const [snippetStatus, setSnippetStatus] = useState<Status | null>(null);
  // null until read from storage: the first check waits for it rather than checking twice.
  const [outlineId, setOutlineId] = useState<string | null>(null);
  // Counts the library's reloads after a change, so the checklist checks again (a new user outline
  // may be the one detected) — but not on the first load, which the first check does not wait for.
  const [libraryVersion, setLibraryVersion] = useState(0);
  const site = useSiteSwitch();
  // A trigger typed in the page for a snippet with fields: its form opens in the snippet tab.
  const [expanding, setExpanding] = useState<Snippet | null>(null);
  useTypedTriggers(library?.snippets ?? null, (snippet) => {
    setExpanding(snippet);
    setTab('snippets');
  });
  useEffect(() => {
    const load = (again: boolean) =>
      void loadLibrary().then((lib) => {
        setLibrary(lib);
        if (again) setLibraryVersion((v) => v + 1);
        if (lib.warning) setLibraryNote({ kind: 'info', text: lib.warning });
      });
    load(false);
    void loadOutlineChoice().then(setOutlineId);
    // The options page, the derive button (or another device through sync) changed the user's
    // library: ask the worker for it again.
    const onStorage = (changes: Record<string, chrome.storage.StorageChange>) => {
      if (Object.keys(changes).some((k) => k.startsWith('khung.library'))) load(true);
    };
    chrome.storage.onChanged.addListener(onStorage);
    return () => chrome.storage.onChanged.removeListener(onStorage);
  }, []);
  const chooseOutline = (id: string) => {
    setOutlineId(id);
    void saveOutlineChoice(id);
  };
  const changeTab = (id: TabId) => {
    setTab(id);
    setLibraryNote(null);
    setSnippetStatus(null);
  };

  return (
    <div class="k-app">
      <header class="k-header">
        <span class="k-logo" aria-hidden="true">
          K
        </span>
        <span class="k-brand">Khung</span>
        <span class="k-context">Trợ lý văn bản Công đoàn</span>
      </header>
      {library && <LibraryStrip library={library} />}
      <SiteSwitch {...site} />
      <Tabs tabs={TABS} active={tab} onChange={changeTab}>
        <StatusBar status={libraryNote} onDismiss={() => setLibraryNote(null)} />
        {tab === 'check' ? (
          // The checklist starts at once, beside the library request: the worker checks on its own.
          outlineId === null ? (
            <Spinner label="Đang đọc văn bản trên trang…" showLabel />
          ) : (
            <ChecklistTab
              choices={library ? outlineChoices(library) : null}
              outlineId={outlineId}
              onOutlineChange={chooseOutline}
              revision={[libraryVersion, site.enabled]}
            />
          )
        ) : !library ? (
          <Spinner label="Đang tải thư viện…" showLabel />
        ) : tab === 'snippets' ? (
          <>
            <SnippetsTab
              snippets={library.snippets}
              onStatus={setSnippetStatus}
              expanding={expanding}
              onExpandDone={() => setExpanding(null)}
            />
            <StatusBar status={snippetStatus} onDismiss={() => setSnippetStatus(null)} dock />
          </>
        ) : (
          <OutlineTab outlines={library.outlines} choices={outlineChoices(library)} />
        )}
      </Tabs>
    </div>
  );
}
