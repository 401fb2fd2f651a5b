import { checkLibraryUrl } from '../../shared/core/library/library-url.ts';
import {
  acceptOrgUpdate,
  type IncomingOrgLibrary,
  keepLastGood,
  type OrgSource,
  type OrgUpdate,
} from '../../shared/core/library/org-update.ts';
import type { KeyValueArea } from '../shared/library/sync-quota.ts';
import type { OrgReply } from '../shared/org-library/org-messages.ts';
import { loadOrgState, ORG_KEYS, type Subscription } from '../shared/org-library/org-store.ts';
import type { FetchedLibrary } from './org-fetch.ts';

// Keeping the organisation library up to date. Two ways in: IT's policy (chrome.storage.managed:
// the library itself, or its address), which wins, and the address the officer subscribed to. Each
// refresh checks what arrives in full (the core's acceptOrgUpdate) and keeps the last good copy when
// it is bad; the outcome is written down for the options page. Refreshes never overlap.

/** IT's policy as read from chrome.storage.managed (managed-schema.json). */
export interface ManagedPolicy {
  /** The library file's text itself. */
  library?: string | undefined;
  /** The address of the library file. */
  libraryUrl?: string | undefined;
}

/** What a refresh needs (chrome.* in the worker, fakes in tests). */
export interface OrgDeps {
  local: KeyValueArea;
  managed(): Promise<ManagedPolicy>;
  fetchLibrary(url: string): Promise<FetchedLibrary>;
  sha256(text: string): Promise<string>;
  now(): Date;
  /** The test build only: the stand-in federation is served on loopback http. */
  allowLoopbackHttp: boolean;
}

const NONE = 'Chưa có thư viện của tổ chức: chưa đăng ký địa chỉ nào và bộ phận CNTT chưa cài đặt.';

/** The policy, if it names a library at all (empty strings count as unset). */
export function activePolicy(policy: ManagedPolicy): ManagedPolicy | null {
  const library = policy.library?.trim() ? policy.library : undefined;
  const libraryUrl = policy.libraryUrl?.trim() ? policy.libraryUrl.trim() : undefined;
  return library || libraryUrl ? { library, libraryUrl } : null;
}

/** The copy to check, from where this machine should take it, or why there is nothing to check. */
async function incoming(
  deps: OrgDeps,
  subscription: Subscription | null,
): Promise<IncomingOrgLibrary | { message: string } | null> {
  const at = deps.now().toISOString();
  const policy = activePolicy(await deps.managed());
  if (policy?.library)
    return { text: policy.library, hash: await deps.sha256(policy.library), source: 'managed', at };
  const url = policy?.libraryUrl ?? subscription?.url;
  if (url === undefined) return null;
  const source: OrgSource = policy ? 'managed' : 'url';
  const checked = checkLibraryUrl(url, deps.allowLoopbackHttp);
  if (!checked.ok) return { message: checked.message };
  const fetched = await deps.fetchLibrary(checked.url);
  if (!fetched.ok) return { message: fetched.message };
  return { text: fetched.text, hash: fetched.hash, source, url: checked.url, at };
}

async function refreshOnce(deps: OrgDeps): Promise<OrgReply> {
  const state = await loadOrgState(deps.local);
  const next = await incoming(deps, state.subscription);
  if (next === null) {
    // Nothing names a library any more (policy lifted, subscription dropped): no copy is kept.
    if (state.kept) await deps.local.remove(ORG_KEYS.kept);
    await deps.local.set({ [ORG_KEYS.check]: { at: deps.now().toISOString(), ok: true, message: NONE } });
    return { ok: true, message: NONE };
  }
  const update: OrgUpdate =
    'text' in next ? acceptOrgUpdate(state.kept, next) : keepLastGood(state.kept, next.message);
  const writes: Record<string, unknown> = {
    [ORG_KEYS.check]: { at: deps.now().toISOString(), ok: update.ok, message: update.message },
  };
  if (update.ok && update.changed) writes[ORG_KEYS.kept] = update.kept;
  await deps.local.set(writes);
  return { ok: update.ok, message: update.message };
}

let running: Promise<OrgReply> = Promise.resolve({ ok: true, message: '' });

/** Refreshes the organisation library now; a refresh asked while one runs follows it. */
export function refreshOrgLibrary(deps: OrgDeps): Promise<OrgReply> {
  running = running.catch(() => undefined).then(() => refreshOnce(deps));
  return running;
}

/** Subscribes to `url` (checked again here: the page is not trusted with it) and fetches it. */
export async function subscribeOrgLibrary(
  deps: OrgDeps,
  url: string,
  grantedForLibrary: boolean,
): Promise<OrgReply> {
  const checked = checkLibraryUrl(url, deps.allowLoopbackHttp);
  if (!checked.ok) return { ok: false, message: checked.message };
  const subscription: Subscription = { url: checked.url, origin: checked.origin, grantedForLibrary };
  await deps.local.set({ [ORG_KEYS.subscription]: subscription });
  const reply = await refreshOrgLibrary(deps);
  if (activePolicy(await deps.managed()))
    return {
      ok: reply.ok,
      message: `Đã lưu địa chỉ, nhưng bộ phận CNTT đã cài thư viện cho máy này nên Khung dùng thư viện đó. ${reply.message}`,
    };
  return reply;
}

/** Drops the subscription (and the copy it brought); resolves the site whose permission to give back. */
export async function unsubscribeOrgLibrary(deps: OrgDeps): Promise<OrgReply & { origin: string | null }> {
  const { subscription } = await loadOrgState(deps.local);
  await deps.local.remove(ORG_KEYS.subscription);
  const reply = await refreshOrgLibrary(deps);
  const origin = subscription?.grantedForLibrary ? subscription.origin : null;
  return {
    ...reply,
    ok: true,
    message: `Đã huỷ đăng ký thư viện của tổ chức. ${reply.message}`.trim(),
    origin,
  };
}
