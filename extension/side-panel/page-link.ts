import { ensureContentScript } from '../shared/ensure-content.ts';
import { InsertResult } from '../shared/messages.ts';

// The panel's side of the content-script contract (extension/shared/messages.ts) for what needs a
// click (connect, insert, select); reading for the checklist goes through the worker. Every reply is
// validated with zod before use, and every failure becomes a Vietnamese message, never a throw.
// Messages go to every frame of the tab without a frameId: exactly one frame — the one holding the
// last focused editor — answers (extension/content/frame-owner.ts), which is how iframe editors work.

const NO_ANSWER = 'Trang chưa trả lời. Hãy tải lại trang (F5) rồi thử lại.';

/** Connects Khung to the page on a user's click (asks for the site's permission when needed). */
export async function connectPage(tabId: number): Promise<{ ok: true } | { ok: false; message: string }> {
  return ensureContentScript(tabId);
}

/**
 * Inserts text (and sanitised HTML for editors that take it) at the remembered caret of the page,
 * exactly as the automation contract does. Call from a click: it may ask for the site's permission.
 */
export async function insertIntoPage(tabId: number, text: string, html?: string): Promise<InsertResult> {
  const result = await insertThroughContent(tabId, text, html);
  // 'gdocs-unchecked': Docs took the text but showed something else; a copy could make it land twice.
  return result.ok || result.method === 'clipboard' || result.method === 'gdocs-unchecked'
    ? result
    : copyFromPanel(text, result);
}

const COPIED = 'Đã chép vào bộ nhớ tạm. Nhấn Ctrl+V để dán.';

/**
 * The last resort: copy from the panel itself. The page cannot write the clipboard while the panel
 * has the focus (the usual case after a click here), but the panel can, within the click's activation.
 */
async function copyFromPanel(text: string, failed: InsertResult): Promise<InsertResult> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    return failed;
  }
  const why = failed.message && failed.message !== NO_ANSWER ? `${failed.message} ` : '';
  return { ok: false, method: 'clipboard', message: `${why}${COPIED}` };
}

async function insertThroughContent(tabId: number, text: string, html?: string): Promise<InsertResult> {
  const ready = await ensureContentScript(tabId);
  if (!ready.ok) return { ok: false, method: 'none', message: ready.message };
  let reply: unknown;
  try {
    reply = await chrome.tabs.sendMessage(
      tabId,
      html === undefined ? { type: 'khung:insert', text } : { type: 'khung:insert', text, html },
    );
  } catch {
    return { ok: false, method: 'none', message: NO_ANSWER };
  }
  const parsed = InsertResult.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, method: 'none', message: NO_ANSWER };
}

/** Asks the page to scroll to and select a paragraph (as khung:read counts them); best effort. */
export async function selectInPage(tabId: number, paragraph: number): Promise<boolean> {
  try {
    await chrome.tabs.sendMessage(tabId, { type: 'khung:select', block: paragraph });
    return true;
  } catch {
    return false;
  }
}

/** The message shown after an insertion: where it went, or what the user must do. */
export function insertMessage(result: InsertResult, what: string): string {
  if (result.ok && result.method === 'clipboard') return result.message ?? 'Nhấn Ctrl+V để dán';
  if (result.ok) return `Đã chèn ${what}.`;
  return result.message ?? 'Không chèn được. Hãy bấm vào ô soạn thảo trên trang rồi thử lại.';
}
