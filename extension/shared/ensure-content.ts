import { docsDocumentId } from '../content/gdocs/docs-page.ts';
import { InsertResult } from './messages.ts';
import { isSiteEnabled } from './site-switch.ts';

/** The outcome of {@link ensureContentScript}: ready, or a Vietnamese message for the user. */
export type EnsureResult = { ok: true } | { ok: false; message: string };

/** How long a ping may take before the content script counts as absent (the crxjs loader is async). */
const PING_TIMEOUT_MS = 400;

/** Pages no extension may script (Chrome policy): browser pages, the Web Store, viewers. */
const RESTRICTED = [
  /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search|chrome-untrusted|chrome-extension|data|blob|file):/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
];

export const MESSAGES = {
  restricted:
    'Khung không chạy được trên trang này (trang của trình duyệt hoặc Cửa hàng Chrome). Hãy mở trang có ô soạn thảo rồi thử lại.',
  noUrl:
    'Khung chưa được phép đọc trang này. Nhấn biểu tượng Khung trên thanh công cụ (hoặc Ctrl+Shift+K) khi đang ở trang đó rồi thử lại.',
  refused:
    'Bạn chưa cho phép Khung dùng trên trang này nên không chèn hoặc đọc được. Bấm lại và chọn "Cho phép" khi trình duyệt hỏi.',
  disabled: 'Khung đang tắt trên trang này. Bật lại trong Tuỳ chọn của Khung (mục "Trang web đã tắt").',
  injectFailed: 'Không nạp được Khung vào trang này. Hãy tải lại trang (F5) rồi thử lại.',
  noTab: 'Không tìm thấy thẻ trình duyệt đang mở. Hãy chọn thẻ có ô soạn thảo rồi thử lại.',
} as const;

/** True when `url` is a page Chrome never lets an extension script. */
export function isRestrictedUrl(url: string): boolean {
  return RESTRICTED.some((re) => re.test(url));
}

/** The match pattern that grants one site: scheme + host, every path (ports are not part of patterns). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Asks the top frame's content script whether it is there; false on no answer within the timeout. */
export async function pingContent(tabId: number, timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
  const ping = chrome.tabs
    .sendMessage(tabId, { type: 'khung:ping' }, { frameId: 0 })
    .then((reply: unknown) => reply !== undefined && reply !== null)
    .catch(() => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([ping, timeout]);
}

/**
 * The built content script files for a page, as the manifest lists them (crxjs renames them at build
 * time): the Docs bridge (second entry) on a Google Docs document, else the editor engine (first).
 */
export function contentScriptFiles(url = ''): string[] {
  const scripts = chrome.runtime.getManifest().content_scripts ?? [];
  return (docsDocumentId(url) !== null ? scripts[1] : scripts[0])?.js ?? [];
}

async function tabUrl(tabId: number): Promise<string | undefined | null> {
  try {
    const tab = await chrome.tabs.get(tabId);
    return tab.url ?? tab.pendingUrl;
  } catch {
    return null;
  }
}

/**
 * Makes sure Khung's content script answers in `tabId`: pings it; if absent, asks for this site's
 * permission (call from a click in the panel — `permissions.request` needs a user gesture) and injects
 * the built content script into every frame. Never throws; refusals come back as Vietnamese messages.
 */
export async function ensureContentScript(tabId: number): Promise<EnsureResult> {
  const url = await tabUrl(tabId);
  if (url === null) return { ok: false, message: MESSAGES.noTab };
  if (url !== undefined && isRestrictedUrl(url)) return { ok: false, message: MESSAGES.restricted };
  if (url !== undefined && !(await isSiteEnabled(url))) return { ok: false, message: MESSAGES.disabled };
  if (await pingContent(tabId)) return { ok: true };
  // Without host access Chrome hides the tab's URL, so the site cannot even be named in a request.
  if (url === undefined) return { ok: false, message: MESSAGES.noUrl };
  const pattern = originPattern(url);
  if (pattern === null) return { ok: false, message: MESSAGES.restricted };
  let granted = false;
  try {
    granted =
      (await chrome.permissions.contains({ origins: [pattern] })) ||
      (await chrome.permissions.request({ origins: [pattern] }));
  } catch {
    granted = false;
  }
  if (!granted) return { ok: false, message: MESSAGES.refused };
  const files = contentScriptFiles(url);
  if (files.length === 0) return { ok: false, message: MESSAGES.injectFailed };
  try {
    // The Docs bridge speaks from the top frame only; the editor engine runs in every frame.
    const allFrames = docsDocumentId(url) === null;
    await chrome.scripting.executeScript({ target: { tabId, allFrames }, files });
  } catch {
    return { ok: false, message: MESSAGES.injectFailed };
  }
  // The script registers its listener as it loads; give it a moment, then confirm.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await pingContent(tabId, 300)) return { ok: true };
  }
  return { ok: false, message: MESSAGES.injectFailed };
}

/** Parses a content script's reply to khung:insert; a malformed reply becomes a failure, never a throw. */
export function parseInsertReply(reply: unknown): InsertResult {
  const parsed = InsertResult.safeParse(reply);
  return parsed.success
    ? parsed.data
    : { ok: false, method: 'none', message: 'Trang không trả lời đúng. Hãy tải lại trang rồi thử lại.' };
}
