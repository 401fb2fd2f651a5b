import { z } from 'zod/mini';

// Which frame of a tab holds the last focused editor (extension/content/frame-owner.ts). These notes
// travel only through chrome.runtime — content script → service worker → every frame of the same tab —
// never through window messages or the DOM, which the page's own scripts (and any frame in it) can
// read and forge.

/** A frame's claim to the service worker: "my editor has focus", or "focus left for a frame without Khung". */
export const FrameClaim = z.object({
  type: z.literal('khung:frame:claim'),
  /** The claiming frame's secret token, made in the content script's isolated world. */
  token: z.string().check(z.minLength(16), z.maxLength(64)),
  elsewhere: z.boolean(),
  /** When focus moved (ms since the epoch, sub-ms precision): the latest claim wins in every frame. */
  at: z.number(),
});
export type FrameClaim = z.infer<typeof FrameClaim>;

/** The worker's relay of a claim to every frame of the claiming frame's tab. */
export const FrameOwner = z.object({
  type: z.literal('khung:frame:owner'),
  token: z.string(),
  elsewhere: z.boolean(),
  at: z.number(),
});
export type FrameOwner = z.infer<typeof FrameOwner>;
