import { z } from 'zod/mini';
import { CheckViewMini, OutlineInfo, SkeletonBlockMini, SnippetMini } from './panel-schemas.ts';

// Messages to the background service worker (from the panel, the options page, tests), validated with
// zod at the worker's boundary. Content-script messages are in messages.ts. zod/mini only: the side
// panel imports this file and must stay within its 50 KB budget, so the heavy work —
// the library, the check, the skeleton, derive — runs in the worker and only its results cross here.

/** Rebuild the "Chèn đoạn mẫu" context menu now (after the library or the recent list changed). */
export const RefreshMenuMessage = z.object({ type: z.literal('khung:bg:refresh-menu') });
/** Register the content script for the sites the user granted (after a permission was given). */
export const SyncSitesMessage = z.object({ type: z.literal('khung:bg:sync-sites') });
/** Report the worker's state (for the options page and tests). */
export const StatusMessage = z.object({ type: z.literal('khung:bg:status') });

/** The panel's library: built-in and user outlines (as the panel needs them) and snippets. */
export const LibraryMessage = z.object({ type: z.literal('khung:bg:library') });
/** Read the focused editor of a tab (khung:read) and check it against an outline id or 'auto'. */
export const CheckMessage = z.object({
  type: z.literal('khung:bg:check'),
  tabId: z.number(),
  /** The tab's address as the panel knows it: the per-site switch is checked against it. */
  url: z.string(),
  outline: z.string(),
});
/** Render an outline's skeleton with the filled parameters, as text lines, sanitised HTML and blocks. */
export const SkeletonMessage = z.object({
  type: z.literal('khung:bg:skeleton'),
  outlineId: z.string(),
  params: z.record(z.string(), z.string()),
});
/** Read a tab's focused editor, derive an outline from it and save it to the user library. */
export const DeriveMessage = z.object({
  type: z.literal('khung:bg:derive'),
  tabId: z.number(),
  /** The name of the new outline's source (the tab's title). */
  name: z.string(),
});

export const BackgroundMessage = z.discriminatedUnion('type', [
  RefreshMenuMessage,
  SyncSitesMessage,
  StatusMessage,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** What the panel asks the worker. */
export const PanelRequest = z.discriminatedUnion('type', [
  LibraryMessage,
  CheckMessage,
  SkeletonMessage,
  DeriveMessage,
]);
export type PanelRequest = z.infer<typeof PanelRequest>;

/** The worker's answer to every message. */
export const BackgroundStatus = z.object({
  ok: z.boolean(),
  /** Titles of the snippet entries under "Chèn đoạn mẫu", in menu order. */
  menu: z.array(z.string()),
  /** Origins the content script is registered on besides docs.google.com. */
  sites: z.array(z.string()),
});
export type BackgroundStatus = z.infer<typeof BackgroundStatus>;

/** A refusal the panel shows as it is (Vietnamese); `needsGrant` offers "Dùng Khung trên trang này". */
const Failure = z.object({ ok: z.literal(false), message: z.string(), needsGrant: z.optional(z.boolean()) });

const LibraryCounts = z.object({ outlines: z.number(), snippets: z.number() });

export const LibraryReply = z.object({
  ok: z.literal(true),
  outlines: z.array(OutlineInfo),
  snippets: z.array(SnippetMini),
  warning: z.nullable(z.string()),
  /** The three libraries the panel names: how many items each brings, and the organisation's name. */
  libraries: z.object({
    counts: z.object({ builtin: LibraryCounts, org: LibraryCounts, personal: LibraryCounts }),
    org: z.nullable(z.object({ name: z.string(), version: z.string(), hash: z.string() })),
  }),
});
export type LibraryReply = z.infer<typeof LibraryReply>;

export const CheckReply = z.union([
  z.object({
    ok: z.literal(true),
    view: CheckViewMini,
    editor: z.string(),
    /** The paragraph (as khung:read counts) of each block, for click-to-select; -1 when none. */
    paragraphOfBlock: z.array(z.number()),
  }),
  Failure,
]);
export type CheckReply = z.infer<typeof CheckReply>;

export const SkeletonReply = z.union([
  z.object({
    ok: z.literal(true),
    text: z.string(),
    html: z.string(),
    blocks: z.number(),
    /** The skeleton's paragraphs themselves, for "Tải về .docx". */
    skeleton: z.array(SkeletonBlockMini),
  }),
  Failure,
]);
export type SkeletonReply = z.infer<typeof SkeletonReply>;

export const DeriveReply = z.union([
  z.object({
    ok: z.literal(true),
    id: z.string(),
    title: z.string(),
    sections: z.number(),
    /** The page reads like a finished report rather than a đề cương (core: finished-report.ts). */
    warning: z.optional(z.string()),
  }),
  Failure,
]);
export type DeriveReply = z.infer<typeof DeriveReply>;

/** Sends a message to the background and validates the answer; null when it did not answer properly. */
export async function askBackground(message: BackgroundMessage): Promise<BackgroundStatus | null> {
  try {
    const parsed = BackgroundStatus.safeParse(await chrome.runtime.sendMessage(message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const NO_WORKER = 'Khung chưa sẵn sàng. Hãy đóng bảng Khung rồi mở lại.';

/**
 * Asks the worker and validates its reply with `reply`; a missing or malformed answer becomes a
 * failure with a Vietnamese message, never a throw.
 */
export async function askWorker<T>(
  message: PanelRequest,
  reply: z.ZodMiniType<T>,
): Promise<T | { ok: false; message: string }> {
  try {
    const parsed = reply.safeParse(await chrome.runtime.sendMessage(message));
    return parsed.success ? parsed.data : { ok: false, message: NO_WORKER };
  } catch {
    return { ok: false, message: NO_WORKER };
  }
}
