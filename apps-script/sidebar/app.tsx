import { useEffect, useRef, useState } from 'preact/hooks';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { Spinner } from '../../shared/ui/spinner.tsx';
import { type TabDef, Tabs } from '../../shared/ui/tabs.tsx';
import { type Ok, server } from './bridge.ts';
import { type CheckRevision, CheckTab } from './check-tab.tsx';
import { builtInOf, withBuiltIn } from './init-library.ts';
import { InsertTab } from './insert-tab.tsx';
import { MyOutlinesTab } from './my-outlines-tab.tsx';
import type { InitResult } from './replies.ts';
import { SelfTestView } from './self-test-view.tsx';
import { SnippetsTab } from './snippets-tab.tsx';

type TabId = 'check' | 'insert' | 'snippets' | 'mine';
const TABS: readonly TabDef<TabId>[] = [
  { id: 'check', label: 'Kiểm tra' },
  { id: 'insert', label: 'Chèn đề cương' },
  { id: 'snippets', label: 'Đoạn mẫu' },
  { id: 'mine', label: 'Đề cương của tôi' },
];

type Init = Ok<typeof InitResult>;

/**
 * The add-on sidebar: four tabs over the server functions of server-api.ts. Each tab shows its own
 * messages next to what caused them; after an insert the check runs again at once.
 */
export function App() {
  const [tab, setTab] = useState<TabId>('check');
  const [init, setInit] = useState<Init | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [outlineId, setOutlineId] = useState('auto');
  const [revision, setRevision] = useState<CheckRevision>({ n: 0, clear: false });
  const inserted = (clear: boolean) => setRevision((r) => ({ n: r.n + 1, clear }));
  // "Kiểm tra cài đặt" shows over the tabs (from the menu, the link at the bottom, or a failed start).
  const [selfTest, setSelfTest] = useState(false);
  // The built-in outlines in full, fetched with the first khungInit and kept while the sidebar is open.
  const builtIn = useRef<Outline[] | null>(null);

  const load = async () => {
    setFailure(null);
    const held = builtIn.current;
    const answer = await server.init(held ? 'user-only' : undefined);
    if (!answer.ok) {
      setFailure(answer.message);
      return;
    }
    const reply = withBuiltIn(answer, held);
    builtIn.current = builtInOf(reply);
    // Opened from the menu's "Chèn đề cương…", "Kiểm tra văn bản" or "Kiểm tra cài đặt": start there
    // (first load only).
    const start = init ? undefined : reply.startView;
    if (start === 'selftest') setSelfTest(true);
    else if (start) setTab(start);
    setInit(reply);
    // The outline chosen last time, unless it has since been deleted.
    const known = (id: string) => id === 'auto' || reply.outlines.some((o) => o.id === id);
    setOutlineId((current) => {
      const wanted = init ? current : reply.outlineId;
      return known(wanted) ? wanted : 'auto';
    });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once when the sidebar opens; later loads are explicit
  useEffect(() => {
    void load();
  }, []);

  const choices = init?.outlines.map((o) => ({ id: o.id, title: o.title, user: o.user })) ?? [];
  return (
    <div class="k-app k-sidebar">
      <Tabs
        tabs={TABS}
        active={tab}
        onChange={(id) => {
          setTab(id);
          setSelfTest(false);
        }}
      >
        {selfTest && <SelfTestView onClose={() => setSelfTest(false)} />}
        {/* Hidden, not unmounted, under the self-test: the check keeps its result and polling state. */}
        <div hidden={selfTest}>
          {failure !== null ? (
            <div class="k-card" role="alert">
              <p>{failure}</p>
              <div class="k-actions">
                <button type="button" class="k-button" onClick={() => void load()}>
                  Thử lại
                </button>
                <button type="button" class="k-button" onClick={() => setSelfTest(true)}>
                  Kiểm tra cài đặt
                </button>
              </div>
            </div>
          ) : !init ? (
            <Spinner label="Đang mở Khung…" showLabel />
          ) : (
            <>
              {/* The check stays mounted (hidden) so its result and polling state survive a tab switch. */}
              <div hidden={tab !== 'check'}>
                <CheckTab
                  choices={choices}
                  library={init.library}
                  outlineId={outlineId}
                  onOutlineChange={setOutlineId}
                  active={tab === 'check' && !selfTest}
                  revision={revision}
                />
              </div>
              {tab === 'insert' && (
                <InsertTab
                  choices={choices}
                  initialOutline={init.outlineId}
                  params={init.params}
                  docEmpty={init.docEmpty}
                  onInserted={() => {
                    inserted(true);
                    void load();
                  }}
                />
              )}
              {tab === 'snippets' && <SnippetsTab onInserted={() => inserted(false)} />}
              {tab === 'mine' && (
                <MyOutlinesTab choices={choices} storage={init.storage} onChanged={() => void load()} />
              )}
            </>
          )}
        </div>
        {!selfTest && (
          <p class="k-hint">
            <button type="button" class="k-link" onClick={() => setSelfTest(true)}>
              Kiểm tra cài đặt
            </button>
          </p>
        )}
      </Tabs>
    </div>
  );
}
