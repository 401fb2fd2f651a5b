import { fillSnippet } from '../../shared/core/snippets/fill-snippet.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { bundledSnippets } from '../../shared/library/bundled.ts';
import { docsDocumentId } from '../content/gdocs/docs-page.ts';
import { contentScriptFiles, parseInsertReply } from '../shared/ensure-content.ts';
import { loadLanguage } from '../shared/i18n/language.ts';
import { type MessageKey, translate } from '../shared/i18n/translate.ts';
import { loadUserLibrary } from '../shared/library-storage.ts';
import { loadOrgState } from '../shared/org-library/org-store.ts';
import { isSiteEnabled } from '../shared/site-switch.ts';
import { menuSnippets } from './menu-snippets.ts';
import { recentSnippetIds, rememberSnippet } from './recent.ts';

// The "Chèn đoạn mẫu" context menu on editable fields: the most-used snippets, inserted
// through the content script of the clicked frame exactly as the panel would (khung:insert). A menu
// click grants activeTab, so on a site not granted yet the content script is injected into that frame.

const PARENT = 'khung-insert';
const OPEN_PANEL = 'khung-open-panel';
const SNIPPET_PREFIX = 'khung-snippet:';

/** `key` in the language the officer chose on the options page (Vietnamese unless English was chosen). */
const t = async (key: MessageKey): Promise<string> => translate(await loadLanguage(), key);

async function allSnippets(): Promise<{ builtIn: Snippet[]; user: Snippet[] }> {
  const [user, org] = await Promise.all([loadUserLibrary(), loadOrgState(chrome.storage.local)]);
  // The organisation's snippets come after the officer's own and replace built-in ones of their id.
  const orgSnippets = org.kept?.library.snippets ?? [];
  const orgIds = new Set(orgSnippets.map((s) => s.id));
  return {
    builtIn: [...orgSnippets, ...bundledSnippets().filter((s) => !orgIds.has(s.id))],
    user: user.snippets,
  };
}

let building: Promise<string[]> = Promise.resolve([]);

/**
 * Rebuilds the menu from the library and the recent list, in the chosen language, and sets the toolbar
 * button's title in it; resolves the snippet titles listed. Serialised.
 */
export function rebuildMenu(): Promise<string[]> {
  building = building.catch(() => []).then(buildOnce);
  return building;
}

async function buildOnce(): Promise<string[]> {
  const { builtIn, user } = await allSnippets();
  const chosen = menuSnippets(builtIn, user, await recentSnippetIds());
  const [insertTitle, openTitle, actionTitle] = await Promise.all([
    t('ctxInsertSnippet'),
    t('ctxOpenPanel'),
    t('actionTitle'),
  ]);
  // The manifest's title follows the browser's language; this one follows the officer's choice.
  await chrome.action.setTitle({ title: actionTitle }).catch(() => {});
  await chrome.contextMenus.removeAll();
  const create = (props: chrome.contextMenus.CreateProperties): Promise<void> =>
    new Promise((resolve) => {
      chrome.contextMenus.create(props, () => {
        void chrome.runtime.lastError; // a duplicate id during a racing rebuild is harmless
        resolve();
      });
    });
  await create({ id: PARENT, title: insertTitle, contexts: ['editable'] });
  for (const s of chosen) {
    await create({
      id: `${SNIPPET_PREFIX}${s.id}`,
      parentId: PARENT,
      title: s.label,
      contexts: ['editable'],
    });
  }
  await create({ id: 'khung-sep', parentId: PARENT, type: 'separator', contexts: ['editable'] });
  await create({ id: OPEN_PANEL, parentId: PARENT, title: openTitle, contexts: ['editable'] });
  return chosen.map((s) => s.label);
}

async function sendInsert(tabId: number, frameId: number, text: string): Promise<unknown> {
  return chrome.tabs.sendMessage(tabId, { type: 'khung:insert', text }, { frameId });
}

/** Inserts `text` into the clicked frame, injecting the content script first when it is absent. */
async function insertInFrame(
  tabId: number,
  frameId: number,
  url: string,
  text: string,
): Promise<{ ok: boolean; message?: string | undefined }> {
  try {
    return parseInsertReply(await sendInsert(tabId, frameId, text));
  } catch {
    // No content script in that frame: the menu click granted activeTab, so inject it there.
  }
  try {
    await chrome.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: contentScriptFiles(url),
    });
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        return parseInsertReply(await sendInsert(tabId, frameId, text));
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch {
    // Injection refused (a browser page, a policy): reported below.
  }
  return { ok: false, message: await t('ctxInsertFailed') };
}

/** Shows the outcome on the toolbar icon of that tab (the worker has no other UI): nothing when the
 * text landed, ⧉ when it is (also) on the clipboard, ! when nothing happened; the tooltip says why. */
async function showOutcome(
  tabId: number,
  result: { ok: boolean; method?: string; message?: string | undefined },
): Promise<void> {
  const text = result.method === 'clipboard' || (result.ok && result.message) ? '⧉' : result.ok ? '' : '!';
  await chrome.action.setBadgeText({ tabId, text }).catch(() => {});
  await chrome.action.setTitle({ tabId, title: result.message ?? (await t('actionTitle')) }).catch(() => {});
}

/** The contextMenus.onClicked handler. */
export function onMenuClicked(info: chrome.contextMenus.OnClickData, tab?: chrome.tabs.Tab): void {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  const id = String(info.menuItemId);
  if (id === OPEN_PANEL) {
    // Must run synchronously inside the click (the user-gesture rule of sidePanel.open).
    chrome.sidePanel.open({ windowId: tab?.windowId ?? chrome.windows.WINDOW_ID_CURRENT }).catch(() => {});
    return;
  }
  if (!id.startsWith(SNIPPET_PREFIX)) return;
  // In Google Docs the right-click lands in the text-event iframe, but the top frame speaks for Docs.
  const frameId = docsDocumentId(info.pageUrl ?? '') !== null ? 0 : (info.frameId ?? 0);
  // The switch is per site of the tab (a field in an about:blank frame belongs to its page).
  void insertSnippet(tabId, frameId, info.pageUrl ?? info.frameUrl ?? '', id.slice(SNIPPET_PREFIX.length));
}

async function insertSnippet(tabId: number, frameId: number, url: string, snippetId: string): Promise<void> {
  if (url && !(await isSiteEnabled(url))) {
    await showOutcome(tabId, { ok: false, message: await t('ctxSiteDisabled') });
    return;
  }
  const { builtIn, user } = await allSnippets();
  const snippet = user.find((s) => s.id === snippetId) ?? builtIn.find((s) => s.id === snippetId);
  if (!snippet) return;
  const result = await insertInFrame(tabId, frameId, url, fillSnippet(snippet, {}));
  await showOutcome(tabId, result);
  if (result.ok) await rememberSnippet(snippetId);
}
