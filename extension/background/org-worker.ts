/// <reference path="../shared/e2e-flag.d.ts" />
import { bundledOutlines } from '../../shared/library/bundled.ts';
import { OrgRequest } from '../shared/org-library/org-messages.ts';
import { sha256Hex } from '../shared/org-library/sha256.ts';
import { fromKhungPage } from './answer-panel.ts';
import { fetchLibrary } from './org-fetch.ts';
import {
  type ManagedPolicy,
  type OrgDeps,
  refreshOrgLibrary,
  subscribeOrgLibrary,
  unsubscribeOrgLibrary,
} from './org-refresh.ts';
import { orgStatus } from './org-status.ts';

// The organisation library in the service worker: refreshed once a day (chrome.alarms, which outlive
// the worker's sleep), when IT's policy changes, at install, and when the options page asks; the
// options page's subscribe, unsubscribe, refresh and status requests are answered here.

/** The daily refresh's alarm. */
export const ORG_ALARM = 'khung-org-library';
/** Once a day: a federation publishes a new version a few times a year; a day's delay is fine. */
export const ORG_PERIOD_MINUTES = 24 * 60;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** IT's policy from chrome.storage.managed (none, or an error off managed Chrome: no policy). */
async function readManaged(): Promise<ManagedPolicy> {
  const raw: Record<string, unknown> = await chrome.storage.managed.get(null).catch(() => ({}));
  return { library: text(raw.library), libraryUrl: text(raw.libraryUrl) };
}

const deps: OrgDeps = {
  local: chrome.storage.local,
  managed: readManaged,
  fetchLibrary: (url) => fetchLibrary(url, { secureOnly: !__KHUNG_E2E__ }),
  sha256: sha256Hex,
  now: () => new Date(),
  allowLoopbackHttp: __KHUNG_E2E__,
};

async function ensureAlarm(): Promise<void> {
  if (!(await chrome.alarms.get(ORG_ALARM)))
    await chrome.alarms.create(ORG_ALARM, {
      periodInMinutes: ORG_PERIOD_MINUTES,
      delayInMinutes: ORG_PERIOD_MINUTES,
    });
}

/**
 * Starts the organisation library's upkeep. `onSubscribed` runs after the subscription changed (the
 * granted sites are registered again: the library's own site gets no content script).
 */
export function startOrgLibrary(onSubscribed: () => void): void {
  const refresh = () => refreshOrgLibrary(deps);
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ORG_ALARM) void refresh();
  });
  chrome.runtime.onInstalled.addListener(() => {
    void ensureAlarm();
    void refresh();
  });
  chrome.runtime.onStartup.addListener(() => void ensureAlarm());
  chrome.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refresh();
  });
  chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const self = { id: chrome.runtime.id, baseUrl: chrome.runtime.getURL('') };
    if (!fromKhungPage(sender, self)) return false;
    const request = OrgRequest.safeParse(raw);
    if (!request.success) return false;
    void answer(request.data).then(sendResponse, () =>
      sendResponse({ ok: false, message: 'Khung gặp lỗi khi xử lý thư viện của tổ chức. Hãy thử lại.' }),
    );
    return true;
  });

  async function answer(request: OrgRequest): Promise<unknown> {
    switch (request.type) {
      case 'khung:bg:org-refresh':
        return refresh();
      case 'khung:bg:org-status':
        return orgStatus(deps, new Set(bundledOutlines().map((o) => o.id)));
      case 'khung:bg:org-subscribe': {
        const reply = await subscribeOrgLibrary(deps, request.url, request.grantedForLibrary);
        onSubscribed();
        return reply;
      }
      case 'khung:bg:org-unsubscribe': {
        const { origin, ...reply } = await unsubscribeOrgLibrary(deps);
        if (origin) await chrome.permissions.remove({ origins: [origin] }).catch(() => false);
        onSubscribed();
        return reply;
      }
    }
  }

  // The e2e suite cannot wait a day: it fires the daily alarm's handler itself.
  if (__KHUNG_E2E__) {
    const g = globalThis as { khungE2E?: Record<string, unknown> };
    g.khungE2E = { ...g.khungE2E, orgAlarm: refresh, orgAlarmInfo: () => chrome.alarms.get(ORG_ALARM) };
  }
}
