import { ContentMessage, type InsertResult, type ReadResult } from '../shared/messages.ts';
import { focusOwner } from './frame-owner.ts';
import { fallBackToClipboard, insertText } from './insert-engine.ts';
import { readEditor, readNothing } from './read-editor.ts';
import { selectBlock } from './select-block.ts';
import { SITE_OFF_MESSAGE, siteEnabled } from './site-enabled.ts';

type Reply = (answer: InsertResult | ReadResult | { ok: boolean }) => void;

const FAILED = 'Khung gặp lỗi khi chèn vào trang này. Hãy thử lại hoặc dán bằng Ctrl+V.';

/**
 * chrome.runtime.onMessage listener for the messages of extension/shared/messages.ts (the public
 * automation contract). Only the frame that owns the last focused editor answers (frame-owner.ts);
 * khung:ping is answered by the top frame, which is what the panel pings. Google Docs documents are
 * answered by the Docs bridge's own script (gdocs/main.ts) instead; index.ts stays out of them.
 */
export function handleMessage(raw: unknown, sender: chrome.runtime.MessageSender, reply: Reply): boolean {
  if (sender.id !== chrome.runtime.id) return false;
  const parsed = ContentMessage.safeParse(raw);
  if (!parsed.success) return false;
  const message = parsed.data;
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
  }
}
