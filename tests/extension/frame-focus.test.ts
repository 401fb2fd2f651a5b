import { describe, expect, it } from 'vitest';
import { type ClaimSender, relayFrameClaim } from '../../extension/background/frame-focus.ts';
import type { FrameOwner } from '../../extension/shared/frame-messages.ts';

// The worker's half of frame ownership: a focus claim from a content script goes to the frames of
// that script's own tab, and nothing else is relayed.

const SELF = 'khung-extension-id';
const claim = {
  type: 'khung:frame:claim',
  token: '0123456789abcdef0123456789abcdef',
  elsewhere: false,
  at: 1.5,
};

function relay(raw: unknown, sender: ClaimSender): { handled: boolean; sent: Array<[number, FrameOwner]> } {
  const sent: Array<[number, FrameOwner]> = [];
  const handled = relayFrameClaim(raw, sender, SELF, async (tabId, note) => {
    sent.push([tabId, note]);
  });
  return { handled, sent };
}

describe('relayFrameClaim', () => {
  it("relays a content script's claim to its own tab, with the same token, kind and time", () => {
    expect(relay(claim, { id: SELF, tab: { id: 7 }, frameId: 3 })).toEqual({
      handled: true,
      sent: [[7, { type: 'khung:frame:owner', token: claim.token, elsewhere: false, at: 1.5 }]],
    });
    const away = relay({ ...claim, elsewhere: true }, { id: SELF, tab: { id: 9 }, frameId: 0 });
    expect(away.sent).toEqual([[9, expect.objectContaining({ elsewhere: true })]]);
  });

  it.each([
    ['an extension page (no tab)', claim, { id: SELF, frameId: 0 }],
    ['another extension', claim, { id: 'other', tab: { id: 7 }, frameId: 0 }],
    ['a sender without a frame', claim, { id: SELF, tab: { id: 7 } }],
    ['a short token', { ...claim, token: 'x' }, { id: SELF, tab: { id: 7 }, frameId: 0 }],
    [
      'an owner note posing as a claim',
      { ...claim, type: 'khung:frame:owner' },
      { id: SELF, tab: { id: 7 }, frameId: 0 },
    ],
    ['a claim without a time', { ...claim, at: 'now' }, { id: SELF, tab: { id: 7 }, frameId: 0 }],
    ['a panel request', { type: 'khung:bg:library' }, { id: SELF, tab: { id: 7 }, frameId: 0 }],
  ])('ignores %s', (_name, raw, sender) => {
    expect(relay(raw, sender as ClaimSender)).toEqual({ handled: false, sent: [] });
  });

  it('never throws when the tab is gone', async () => {
    const handled = relayFrameClaim(claim, { id: SELF, tab: { id: 7 }, frameId: 0 }, SELF, () =>
      Promise.reject(new Error('No tab with id: 7')),
    );
    expect(handled).toBe(true);
    await new Promise((ok) => setTimeout(ok, 0)); // an unhandled rejection would fail the run
  });
});
