/// <reference path="../shared/e2e-flag.d.ts" />
import { BackgroundMessage, type BackgroundStatus } from '../shared/background-messages.ts';
import { saveTriggers } from '../shared/expansion.ts';
import { LANGUAGE_KEY } from '../shared/i18n/language.ts';
import { answerPanel, fromKhungPage } from './answer-panel.ts';
import { chromePanelDeps } from './chrome-panel-deps.ts';
import { onMenuClicked, rebuildMenu } from './context-menu.ts';
import { answerDocsExport } from './docs-export.ts';
import { answerExpand, type ExpandDeps } from './expand-closed-panel.ts';
import { relayFrameClaim } from './frame-focus.ts';
import { syncGrantedSites } from './granted-sites.ts';
import { startOrgLibrary } from './org-worker.ts';
import { pageNotice } from './page-notice.ts';
import { panelHandlers } from './panel-handlers.ts';
import { RECENT_KEY } from './recent.ts';
import { answerSelectBack, runSelectBack } from './select-back.ts';

// The service worker: opens the side panel, keeps the context menu and the granted sites' content
// script registration up to date, and answers khung:bg:* messages (background-messages.ts) — among
// them the side panel's heavy work (panel-handlers.ts: library, check, skeleton, derive).

/** The side panel's heavy work (library, check, skeleton, derive), answered below. */
const panel = panelHandlers(chromePanelDeps());

// The toolbar action (and Ctrl+Shift+K, bound to _execute_action) opens the panel from action.onClicked
// rather than openPanelOnActionClick: invoking the action is a documented activeTab trigger, while with
// openPanelOnActionClick onClicked never fires and no activeTab grant follows (kizuna-ai-lab/sokuji
// PR #196). activeTab lets the panel see the page's address and ask for that one site
// (ensure-content.ts). sidePanel.open must be called synchronously in the click.
chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
chrome.action.onClicked.addListener((tab) => {
  chrome.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
  // The click may just have woken the worker: parse the library while the panel page loads.
  panel.warm();
});

chrome.contextMenus.onClicked.addListener(onMenuClicked);

// Tests cannot click Chrome's native context menu, so the e2e build exposes the click handler to them.
if (__KHUNG_E2E__) Object.assign(globalThis, { khungE2E: { onMenuClicked } });

/** The panel's page, as a side panel or (tests, automation) in a tab. */
const PANEL_URL = chrome.runtime.getURL('extension/side-panel/index.html');

/** Expansion while typing when no panel page is open (expand-closed-panel.ts). */
const expandDeps: ExpandDeps = {
  panelOpen: async () =>
    (await chrome.runtime.getContexts({})).some((c) => c.documentUrl?.startsWith(PANEL_URL) === true),
  snippets: () => panel.snippets(),
  sendToFrame: (tabId, frameId, message) => chrome.tabs.sendMessage(tabId, message, { frameId }),
  notice: pageNotice,
};

/** Keeps the content scripts' trigger list in step with the stored library, panel open or not. */
const writeTriggers = (): void => {
  void panel
    .snippets()
    .then(saveTriggers)
    .catch(() => undefined);
};

let lastMenu: string[] = [];
let lastSites: string[] = [];
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

async function refreshMenu(): Promise<string[]> {
  lastMenu = await rebuildMenu().catch(() => lastMenu);
  return lastMenu;
}

async function refreshSites(): Promise<string[]> {
  lastSites = await syncGrantedSites().catch(() => lastSites);
  return lastSites;
}

chrome.runtime.onInstalled.addListener(() => {
  writeTriggers();
  void refreshMenu();
  void refreshSites();
});
chrome.runtime.onStartup.addListener(() => {
  writeTriggers();
  void refreshMenu();
});
chrome.permissions.onAdded.addListener(() => void refreshSites());
// The organisation library: daily refresh, IT's policy, the options page's requests (org-worker.ts).
// A subscription changes which granted site is the library's own (no content script there).
startOrgLibrary(() => void refreshSites());
chrome.permissions.onRemoved.addListener(() => void refreshSites());

// The library, the recent list or the language changed (options page, panel, another device): rebuild,
// debounced.
chrome.storage.onChanged.addListener((changes) => {
  if (Object.keys(changes).some((k) => k.startsWith('khung.library'))) {
    panel.invalidate();
    writeTriggers();
  }
  const menuKeys = (k: string) => k.startsWith('khung.library') || k === RECENT_KEY || k === LANGUAGE_KEY;
  if (!Object.keys(changes).some(menuKeys)) return;
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refreshMenu(), 300);
});

chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  // A frame's focus claim goes to the frames of its own tab only (frame-focus.ts).
  if (relayFrameClaim(raw, sender, chrome.runtime.id, (tabId, note) => chrome.tabs.sendMessage(tabId, note)))
    return false;
  // The Docs bridge's request for its own document's export (docs-export.ts).
  const exported = answerDocsExport(raw, sender, {
    selfId: chrome.runtime.id,
    tabUrl: async (tabId) => (await chrome.tabs.get(tabId)).url,
  });
  if (exported) {
    void exported.then(sendResponse);
    return true;
  }
  // A trigger typed in a page: answered here only while no panel page is open.
  if (answerExpand(raw, sender, chrome.runtime.id, expandDeps, sendResponse)) return true;
  // …and Monaco's trigger selected with its own keys, for the page (select-back.ts).
  if (answerSelectBack(raw, sender, chrome.runtime.id, runSelectBack, sendResponse)) return true;
  const self = { id: chrome.runtime.id, baseUrl: chrome.runtime.getURL('') };
  const answer = answerPanel(raw, sender, self, panel);
  if (answer) {
    void answer.then(sendResponse);
    return true;
  }
  // Only Khung's own pages (panel, options) talk to the worker, never a content script in a web page.
  if (!fromKhungPage(sender, self)) return false;
  const parsed = BackgroundMessage.safeParse(raw);
  if (!parsed.success) return false;
  const reply = (menu: string[], sites: string[]): void =>
    sendResponse({ ok: true, menu, sites } satisfies BackgroundStatus);
  switch (parsed.data.type) {
    case 'khung:bg:refresh-menu':
      void refreshMenu().then((menu) => reply(menu, lastSites));
      return true;
    case 'khung:bg:sync-sites':
      void refreshSites().then((sites) => reply(lastMenu, sites));
      return true;
    case 'khung:bg:status':
      void Promise.all([refreshMenu(), refreshSites()]).then(([menu, sites]) => reply(menu, sites));
      return true;
  }
});
