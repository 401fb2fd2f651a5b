import { PanelRequest } from '../shared/background-messages.ts';
import type { panelHandlers } from './panel-handlers.ts';

type Handlers = Pick<ReturnType<typeof panelHandlers>, 'handle'>;
type Reply = Awaited<ReturnType<Handlers['handle']>> | { ok: false; message: string };

/** Where Khung's own pages live: the extension's id and its base URL (chrome-extension://<id>/). */
export interface Self {
  id: string;
  baseUrl: string;
}

/** True when the message comes from one of Khung's own pages (panel, options), never a web page's script. */
export function fromKhungPage(
  sender: { id?: string | undefined; url?: string | undefined },
  self: Self,
): boolean {
  return sender.id === self.id && sender.url?.startsWith(self.baseUrl) === true;
}

/**
 * The worker's answer to a side-panel request (background-messages.ts PanelRequest), validated with
 * zod; null when `raw` is not one, or does not come from Khung's own pages (then the worker ignores
 * it). A handler that throws still answers, with a Vietnamese message.
 */
export function answerPanel(
  raw: unknown,
  sender: { id?: string | undefined; url?: string | undefined },
  self: Self,
  handlers: Handlers,
): Promise<Reply> | null {
  if (!fromKhungPage(sender, self)) return null;
  const request = PanelRequest.safeParse(raw);
  if (!request.success) return null;
  return handlers
    .handle(request.data)
    .catch((): Reply => ({ ok: false, message: 'Khung gặp lỗi khi xử lý. Hãy thử lại.' }));
}
