import { ContentMessage } from '../../shared/messages.ts';
import { isSiteEnabled } from '../../shared/site-switch.ts';
import { markPageForTests } from '../page-marker.ts';
import { insertIntoDocs, isDocsPage, readDocs } from './index.ts';
import { watchDocs } from './watch-docs.ts';

// The Docs bridge's own content script (manifest.config.ts, second entry): loaded only on Google Docs
// documents, so the main content script stays within its budget and Docs code runs only where needed.
// The main content script is excluded from Docs documents (manifest exclude_matches),
// so this one answers the whole contract there, from the top frame: khung:ping, khung:read,
// khung:insert, and khung:select (not possible in Docs; says so).

declare global {
  interface Window {
    __khungDocsStarted?: boolean;
  }
}

const SWITCHED_OFF = 'Khung đang tắt trên trang này. Bật lại trong Tuỳ chọn của Khung.';
const NO_SELECT = 'Trong Google Docs, Khung không chọn được đoạn văn; hãy dùng tiện ích bổ sung Khung.';

if (isDocsPage() && !window.__khungDocsStarted) {
  window.__khungDocsStarted = true;
  watchDocs();
  markPageForTests(); // e2e build only
  chrome.runtime.onMessage.addListener((raw: unknown, sender, reply) => {
    if (sender.id !== chrome.runtime.id) return false;
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success) return false;
    const message = parsed.data;
    if (message.type === 'khung:ping') {
      reply({ ok: true });
      return false;
    }
    const url = location.href;
    void isSiteEnabled(url).then(async (enabled) => {
      if (!enabled) {
        reply(
          message.type === 'khung:read'
            ? { ok: false, editor: 'gdocs', paragraphs: [], url, message: SWITCHED_OFF }
            : { ok: false, method: 'none', message: SWITCHED_OFF },
        );
      } else if (message.type === 'khung:read') reply(await readDocs());
      else if (message.type === 'khung:insert') reply(await insertIntoDocs(message.text));
      else reply({ ok: false, message: NO_SELECT });
    });
    return true;
  });
}
