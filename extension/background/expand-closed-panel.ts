import { fillSnippet, snippetFields } from '../../shared/core/snippets/fill-snippet.ts';
import { planInsert, snippetPlacement } from '../../shared/core/snippets/insert-placement.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { isExpandRequest } from '../shared/expansion.ts';
import { CaretResult } from '../shared/messages.ts';

// Expansion while typing with the side panel closed (the page's part is content/expand-typing.ts):
// a content script that saw a typed trigger asks "khung:expand", which reaches the side panel and
// this worker alike. An open panel page answers as it always did (typed-triggers.ts); the worker
// stays silent then, so nothing goes in twice. With no panel page open, the worker answers from the
// stored library (the same one the panel loads): a snippet without fields goes in at once over the
// selected trigger through the frame's own insert engine (khung:insert, one undo step), block or
// inline by the core's rule (planInsert). A snippet with fields needs its form, which only the
// panel has, and chrome.sidePanel.open needs a user gesture that a message from a page loses once
// the worker awaits the library: the page shows a notice instead and the trigger stays as typed.

/** How long the page's editor takes to see the selected trigger (Slate's throttle, and a margin). */
const SELECTION_SETTLES_MS = 150;

/** What the worker needs of Chrome, so node tests can hand it a fake. */
export interface ExpandDeps {
  /** True while a Khung panel page (the side panel, or the panel's page in a tab) is open. */
  panelOpen(): Promise<boolean>;
  /** The combined library's snippets (built-in, organisation, the officer's own). */
  snippets(): Promise<readonly Snippet[]>;
  /** Sends a content message to one frame of a tab (chrome.tabs.sendMessage with frameId). */
  sendToFrame(tabId: number, frameId: number, message: object): Promise<unknown>;
  /** Shows `text` as a short notice in that frame's page. */
  notice(tabId: number, frameId: number, text: string): Promise<void>;
}

/** The notice for a snippet that needs its form while the panel is closed (Vietnamese, plain). */
export function formNotice(snippet: Snippet): string {
  return `Đoạn mẫu “${snippet.label}” cần điền thông tin. Mở bảng Khung (Ctrl+Shift+K) rồi gõ lại ${snippet.trigger ?? ''}.`;
}

/**
 * The worker's answer to a khung:expand from a content script, through `reply`; false when `raw` is
 * not one (or not from this extension's content script in a tab), so another listener may answer.
 */
export function answerExpand(
  raw: unknown,
  sender: chrome.runtime.MessageSender,
  selfId: string,
  deps: ExpandDeps,
  reply: (answer: { ok: boolean }) => void,
): boolean {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (sender.id !== selfId || tabId === undefined || !isExpandRequest(raw)) return false;
  void expand(raw.trigger, tabId, frameId, deps, reply).catch(() => reply({ ok: false }));
  return true;
}

async function expand(
  trigger: string,
  tabId: number,
  frameId: number,
  deps: ExpandDeps,
  reply: (answer: { ok: boolean }) => void,
): Promise<void> {
  // The open panel answers (typed-triggers.ts); a second answer here would insert twice.
  if (await deps.panelOpen()) return;
  const snippet = (await deps.snippets()).find((s) => s.trigger === trigger);
  if (!snippet) return reply({ ok: false });
  if (snippetFields(snippet).length > 0) {
    reply({ ok: false });
    // The page puts its caret back after the trigger when it reads this answer, and a message sent to
    // the same frame afterwards is handled after that: the notice, which tells the officer what to do
    // next, shows only once typing would go on after the trigger (never over its selection, where the
    // next key would replace it; seen in the e2e suite under load).
    await deps.sendToFrame(tabId, frameId, { type: 'khung:caret' }).catch(() => undefined);
    return deps.notice(tabId, frameId, formNotice(snippet));
  }
  // The trigger stays selected in the page; the insert replaces it, as the panel's does.
  reply({ ok: true });
  // Editors copy the page's selection into their model on selectionchange, Slate throttled to 100 ms:
  // the trigger was selected just before the request, and an insert sooner went in after it.
  await new Promise((resolve) => setTimeout(resolve, SELECTION_SETTLES_MS));
  const caret = CaretResult.safeParse(await deps.sendToFrame(tabId, frameId, { type: 'khung:caret' }));
  const context = caret.success && caret.data.ok ? caret.data : null;
  const text = planInsert(snippetPlacement(snippet), fillSnippet(snippet, {}), context).text;
  await deps.sendToFrame(tabId, frameId, { type: 'khung:insert', text });
}
