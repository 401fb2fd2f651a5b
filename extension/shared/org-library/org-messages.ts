import { z } from 'zod/mini';

// The options page's requests about the organisation library, answered by the service worker (which
// alone fetches and keeps it: org-worker.ts), validated with zod/mini on both ends like the panel's.

/** Subscribe to a library address (already checked by the page, and its site's permission asked). */
export const OrgSubscribe = z.object({
  type: z.literal('khung:bg:org-subscribe'),
  url: z.string(),
  /** The permission for the library's site was asked for the library alone (removed on unsubscribe). */
  grantedForLibrary: z.boolean(),
});
/** Drop the subscription (IT's policy, when set, stays). */
export const OrgUnsubscribe = z.object({ type: z.literal('khung:bg:org-unsubscribe') });
/** Fetch the library now (the daily refresh, on demand). */
export const OrgRefresh = z.object({ type: z.literal('khung:bg:org-refresh') });
/** What the options page shows: the policy, the subscription, the copy in use, the last check. */
export const OrgStatusRequest = z.object({ type: z.literal('khung:bg:org-status') });

export const OrgRequest = z.discriminatedUnion('type', [
  OrgSubscribe,
  OrgUnsubscribe,
  OrgRefresh,
  OrgStatusRequest,
]);
export type OrgRequest = z.infer<typeof OrgRequest>;

/** The result of subscribe, unsubscribe and refresh: a Vietnamese sentence to show as it is. */
export const OrgReply = z.object({ ok: z.boolean(), message: z.string() });
export type OrgReply = z.infer<typeof OrgReply>;

const Source = z.enum(['url', 'managed']);

/** The organisation library as the options page lists it (read-only). */
export const OrgSummary = z.object({
  name: z.string(),
  id: z.string(),
  version: z.string(),
  hash: z.string(),
  source: Source,
  url: z.optional(z.string()),
  fetchedAt: z.string(),
  publishedAt: z.optional(z.string()),
  outlines: z.array(z.object({ id: z.string(), title: z.string() })),
  snippets: z.array(z.object({ id: z.string(), label: z.string() })),
  /** Outlines left out because a built-in outline has their id. */
  hidden: z.array(z.string()),
});
export type OrgSummary = z.infer<typeof OrgSummary>;

export const OrgStatus = z.object({
  ok: z.literal(true),
  /** IT's policy (chrome.storage.managed): the address it names, or that it holds the library itself. */
  managed: z.nullable(z.object({ url: z.nullable(z.string()), inline: z.boolean() })),
  subscription: z.nullable(z.object({ url: z.string() })),
  library: z.nullable(OrgSummary),
  check: z.nullable(z.object({ at: z.string(), ok: z.boolean(), message: z.string() })),
});
export type OrgStatus = z.infer<typeof OrgStatus>;

const NO_WORKER: OrgReply = { ok: false, message: 'Khung chưa sẵn sàng. Hãy tải lại trang này rồi thử lại.' };

/** Sends an org request to the worker and validates the answer with `schema`; never throws. */
export async function askOrg<T>(request: OrgRequest, schema: z.ZodMiniType<T>): Promise<T | OrgReply> {
  try {
    const parsed = schema.safeParse(await chrome.runtime.sendMessage(request));
    return parsed.success ? parsed.data : NO_WORKER;
  } catch {
    return NO_WORKER;
  }
}
