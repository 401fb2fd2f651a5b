import type { CaretContext } from '../../shared/core/snippets/insert-placement.ts';
import { CaretResult } from '../shared/messages.ts';

/**
 * The text around the caret of the page's editor (khung:caret), for the block/inline decision made
 * before khung:insert; null when the page cannot tell (no editor, Google Docs, no answer) — the
 * snippet then goes in exactly as it is.
 */
export async function readCaretContext(tabId: number): Promise<CaretContext | null> {
  try {
    const parsed = CaretResult.safeParse(await chrome.tabs.sendMessage(tabId, { type: 'khung:caret' }));
    return parsed.success && parsed.data.ok ? { before: parsed.data.before, after: parsed.data.after } : null;
  } catch {
    return null;
  }
}
