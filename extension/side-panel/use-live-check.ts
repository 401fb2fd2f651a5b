import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CheckView } from '../../shared/core/report/check-view.ts';
import { askWorker, CheckReply } from '../shared/background-messages.ts';
import { ChangedEvent } from '../shared/messages.ts';
import { connectPage } from './page-link.ts';
import { findTargetTab, fixedTargetUrl, type TargetTab } from './target-tab.ts';

/** How long the page must be quiet after a change before the panel re-reads it (typing = many changes). */
export const DEBOUNCE_MS = 400;

/** What the checklist tab shows. */
export type LiveState =
  | { kind: 'loading' }
  | { kind: 'blocked'; message: string; needsGrant: boolean }
  | { kind: 'ready'; view: CheckView; editor: string; paragraphOfBlock: number[]; outlineId: string };

/**
 * The live check of the target tab's focused editor: on start, on `khung:changed` from that tab
 * (debounced), on tab activation and on page load; never while the panel is hidden. The service
 * worker reads the page (khung:read) and runs the core's check; the panel only shows the result.
 * Reading never changes the page (the checklist is read-only against the page).
 */
export function useLiveCheck(outlineId: string, revision: readonly unknown[]) {
  const [state, setState] = useState<LiveState>({ kind: 'loading' });
  const [tab, setTab] = useState<TargetTab | null>(null);
  const tabRef = useRef<TargetTab | null>(null);
  const outlineRef = useRef(outlineId);
  outlineRef.current = outlineId;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    if (document.hidden) return;
    const mine = ++generation.current;
    const asked = outlineRef.current;
    const target = await findTargetTab();
    tabRef.current = target;
    setTab(target);
    if (!target) {
      setState({
        kind: 'blocked',
        needsGrant: false,
        message: 'Không tìm thấy thẻ đang soạn thảo. Hãy mở trang có ô soạn thảo.',
      });
      return;
    }
    const reply = await askWorker(
      { type: 'khung:bg:check', tabId: target.id, url: target.url, outline: asked },
      CheckReply,
    );
    if (mine !== generation.current) return; // a newer read started meanwhile
    if (!reply.ok) {
      const needsGrant = 'needsGrant' in reply && reply.needsGrant === true;
      setState({ kind: 'blocked', needsGrant, message: reply.message });
      return;
    }
    setState({
      kind: 'ready',
      view: reply.view,
      editor: reply.editor,
      paragraphOfBlock: reply.paragraphOfBlock,
      outlineId: asked,
    });
  }, []);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void refresh(), DEBOUNCE_MS);
  }, [refresh]);

  useEffect(() => {
    const onMessage = (message: unknown, sender: chrome.runtime.MessageSender) => {
      if (!ChangedEvent.safeParse(message).success) return;
      if (sender.tab?.id !== undefined && sender.tab.id === tabRef.current?.id) schedule();
    };
    const onActivated = () => {
      if (!fixedTargetUrl()) schedule();
    };
    const onUpdated = (tabId: number, info: { status?: string }) => {
      if (tabId === tabRef.current?.id && info.status === 'complete') schedule();
    };
    const onVisible = () => {
      if (!document.hidden) schedule();
    };
    chrome.runtime.onMessage.addListener(onMessage);
    chrome.tabs.onActivated.addListener(onActivated);
    chrome.tabs.onUpdated.addListener(onUpdated);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer.current);
      chrome.runtime.onMessage.removeListener(onMessage);
      chrome.tabs.onActivated.removeListener(onActivated);
      chrome.tabs.onUpdated.removeListener(onUpdated);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [schedule]);

  // The first read, and a re-check at once when the outline choice or the library changes. The
  // result of the previous choice is not left on screen meanwhile: it describes another outline
  // ("0/23", every section red) — the spinner shows until the new one comes.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: outlineId is read through outlineRef; listing it (and the revision) re-runs the check when they change
  useEffect(() => {
    if (!first.current) setState({ kind: 'loading' });
    first.current = false;
    void refresh();
  }, [outlineId, ...revision, refresh]);

  /** Connects Khung to the page (a click: may ask for the site's permission), then reads it. */
  const connect = useCallback(async () => {
    const target = tabRef.current ?? (await findTargetTab());
    if (!target) return;
    const ready = await connectPage(target.id);
    if (!ready.ok) setState({ kind: 'blocked', needsGrant: true, message: ready.message });
    else await refresh();
  }, [refresh]);

  return { state, tab, refresh, connect };
}
