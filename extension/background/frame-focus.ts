import { FrameClaim, type FrameOwner } from '../shared/frame-messages.ts';

/** Who sent a runtime message, as far as the relay needs to know (chrome.runtime.MessageSender). */
export interface ClaimSender {
  id?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

/**
 * Relays a content script's focus claim (extension/content/frame-owner.ts) to every frame of the
 * same tab, and to no other tab. True when `raw` was such a claim (the worker sends no answer).
 * Chrome fills `sender` itself: a page cannot reach this listener, nor pose as another tab's frame.
 */
export function relayFrameClaim(
  raw: unknown,
  sender: ClaimSender,
  selfId: string,
  sendToTab: (tabId: number, note: FrameOwner) => Promise<unknown>,
): boolean {
  const tabId = sender.tab?.id;
  if (sender.id !== selfId || tabId === undefined || sender.frameId === undefined) return false;
  const claim = FrameClaim.safeParse(raw);
  if (!claim.success) return false;
  const { token, elsewhere, at } = claim.data;
  // A tab that closed meanwhile, or a frame without a listener: nothing to tell.
  sendToTab(tabId, { type: 'khung:frame:owner', token, elsewhere, at }).catch(() => undefined);
  return true;
}
