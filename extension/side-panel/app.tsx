import { useEffect, useState } from 'preact/hooks';
import { Spinner } from '../../shared/ui/spinner.tsx';
import { type Status, StatusBar } from '../../shared/ui/status-bar.tsx';
import { type TabDef, Tabs } from '../../shared/ui/tabs.tsx';
import { ChecklistTab } from './checklist-tab.tsx';
import { loadLibrary, outlineChoices, type PanelLibrary } from './library.ts';
import { OutlineTab } from './outline-tab.tsx';
import { loadOutlineChoice, saveOutlineChoice } from './panel-storage.ts';
import { SnippetsTab } from './snippets-tab.tsx';

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
  const [status, setStatus] = useState<Status | null>(null);
  const [outlineId, setOutlineId] = useState('auto');
  useEffect(() => {
    const load = () =>
      void loadLibrary().then((lib) => {
        setLibrary(lib);
        if (lib.warning) setStatus({ kind: 'info', text: lib.warning });
      });
    load();
    void loadOutlineChoice().then(setOutlineId);
    // The options page (or another device through sync) changed the user's library: show it at once.
    const onStorage = (changes: Record<string, chrome.storage.StorageChange>) => {
      if (Object.keys(changes).some((k) => k.startsWith('khung.library'))) load();
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
    setStatus(null);
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
      <Tabs tabs={TABS} active={tab} onChange={changeTab}>
        <StatusBar status={status} onDismiss={() => setStatus(null)} />
        {!library ? (
          <Spinner label="Đang tải thư viện…" showLabel />
        ) : tab === 'check' ? (
          <ChecklistTab
            outlines={library.outlines}
            choices={outlineChoices(library)}
            outlineId={outlineId}
            onOutlineChange={chooseOutline}
          />
        ) : tab === 'snippets' ? (
          <SnippetsTab snippets={library.snippets} onStatus={setStatus} />
        ) : (
          <OutlineTab outlines={library.outlines} choices={outlineChoices(library)} onStatus={setStatus} />
        )}
      </Tabs>
    </div>
  );
}
