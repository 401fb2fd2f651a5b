import { useCallback, useEffect, useState } from 'preact/hooks';
import { askOrg, type OrgReply, OrgStatus } from '../shared/org-library/org-messages.ts';

/** The options page's view of the organisation library: what the worker reports, re-read on change. */
export interface OrgState {
  status: OrgStatus | null;
  /** Asks the worker again (after a request of this page). */
  reload: () => void;
}

/**
 * Follows the organisation library: asks the service worker for its status at once and again whenever
 * one of its stored keys changes (a refresh, a policy pushed by IT, another tab's subscribe).
 */
export function useOrgLibrary(): OrgState {
  const [status, setStatus] = useState<OrgStatus | null>(null);
  const reload = useCallback(() => {
    void askOrg({ type: 'khung:bg:org-status' }, OrgStatus).then((reply) => {
      if (reply.ok === true && 'managed' in reply) setStatus(reply);
    });
  }, []);
  useEffect(() => {
    reload();
    const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'managed' || Object.keys(changes).some((k) => k.startsWith('khung.library-org.')))
        reload();
    };
    chrome.storage.onChanged.addListener(onChanged);
    return () => chrome.storage.onChanged.removeListener(onChanged);
  }, [reload]);
  return { status, reload };
}

/** A reply shown in the status bar: success or error, the worker's own sentence. */
export const replyStatus = (reply: OrgReply) =>
  ({ kind: reply.ok ? 'success' : 'error', text: reply.message }) as const;
