import type { SelectBackRequest } from '../shared/expansion.ts';
import {
  CaretMessage,
  type CaretResult,
  type ContentMessage,
  InsertMessage,
  type InsertResult,
  PingMessage,
  ReadMessage,
  type ReadResult,
  SelectMessage,
} from '../shared/messages.ts';
import { caretText } from './caret-context.ts';
import { hasEditContext } from './editable.ts';
import { lastFocus } from './focus-tracker.ts';
import { focusOwner } from './frame-owner.ts';
import { fallBackToClipboard, insertText } from './insert-engine.ts';
import { readEditor, readNothing } from './read-editor.ts';
import { selectBlock } from './select-block.ts';
import { SITE_OFF_MESSAGE, siteEnabled } from './site-enabled.ts';

type Reply = (answer: InsertResult | ReadResult | CaretResult | { ok: boolean }) => void;

/**
 * Each message type's own schema. The content script checks a message with the schema its `type`
 * names instead of ContentMessage's discriminated union: same result, but the union's machinery
 * costs 0.8 KB gzipped of the 12 KB every page loads.
 */
const SCHEMAS = {
  'khung:insert': InsertMessage,
  'khung:read': ReadMessage,
  'khung:select': SelectMessage,
  'khung:ping': PingMessage,
  'khung:caret': CaretMessage,
} as const;

function parseMessage(raw: unknown): ContentMessage | null {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(SCHEMAS, type)) return null;
  const parsed = SCHEMAS[type as keyof typeof SCHEMAS].safeParse(raw);
  return parsed.success ? (parsed.data as ContentMessage) : null;
}

const FAILED = 'Khung gặp lỗi khi chèn vào trang này. Hãy thử lại hoặc dán bằng Ctrl+V.';

/**
 * chrome.runtime.onMessage listener for the messages of extension/shared/messages.ts (the public
 * automation contract). Only the frame that owns the last focused editor answers (frame-owner.ts);
 * khung:ping is answered by the top frame, which is what the panel pings. Google Docs documents are
 * answered by the Docs bridge's own script (gdocs/main.ts) instead; index.ts stays out of them.
 */
export function handleMessage(raw: unknown, sender: chrome.runtime.MessageSender, reply: Reply): boolean {
  if (sender.id !== chrome.runtime.id) return false;
  const message = parseMessage(raw);
  if (!message) return false;
  if (message.type === 'khung:ping') {
    if (window !== window.top) return false;
    reply({ ok: true });
    return false;
  }
  const who = focusOwner();
  if (who === 'other') return false;
  // Switched off on this site by the user: answer, but never read or touch the page.
  if (!siteEnabled()) {
    if (message.type === 'khung:insert') reply({ ok: false, method: 'none', message: SITE_OFF_MESSAGE });
    else if (message.type === 'khung:read') reply({ ...readNothing(), ok: false, message: SITE_OFF_MESSAGE });
    else reply({ ok: false });
    return false;
  }
  // Focus is in a frame Khung does not run in: never write into an older editor of this frame.
  const blind = who === 'nobody';
  switch (message.type) {
    case 'khung:insert': {
      const run = blind ? fallBackToClipboard(message.text) : insertText(message.text, message.html);
      run.then(reply, () => reply({ ok: false, method: 'none', message: FAILED }));
      return true;
    }
    case 'khung:read':
      reply(blind ? readNothing() : readEditor());
      return false;
    case 'khung:select':
      reply({ ok: !blind && selectBlock(message.block) });
      return false;
    case 'khung:caret': {
      const target = blind ? null : lastFocus();
      const answer = () => {
        const text = target ? caretText(target) : null;
        reply({ ok: !!text, before: '', after: '', ...text });
      };
      // Monaco's EditContext keeps stale characters past the caret's line (select-back.ts): the
      // worker trims them first, or a block inserted at a line's end gets an empty paragraph after it.
      const trim: SelectBackRequest = { type: 'khung:select-back', length: -1 };
      if (target && hasEditContext(target.element)) chrome.runtime.sendMessage(trim).then(answer, answer);
      else answer();
      return true;
    }
  }
}
