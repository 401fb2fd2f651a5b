import { z } from 'zod';
import { OrgLibrary } from '../../../shared/core/library/org-library-schema.ts';
import type { KeptOrgLibrary } from '../../../shared/core/library/org-update.ts';
import type { KeyValueArea } from '../library/sync-quota.ts';

// Where the organisation library lives on this machine: chrome.storage.local (a library may be far
// larger than sync's 100 KB, and each machine fetches its own copy). The keys start with
// "khung.library" so every page and the worker that follow the library see its changes too.

export const ORG_KEYS = {
  /** The address the officer subscribed to. */
  subscription: 'khung.library-org.subscription',
  /** The last good copy (KeptOrgLibrary). */
  kept: 'khung.library-org.kept',
  /** The last refresh: when, whether it worked, and what the officer was told. */
  check: 'khung.library-org.check',
} as const;

export const Subscription = z.object({
  url: z.string(),
  /** The match pattern of the library's site (the host permission asked at subscribe time). */
  origin: z.string(),
  /** The permission was asked for the library alone: no content script there, removed on unsubscribe. */
  grantedForLibrary: z.boolean(),
});
export type Subscription = z.infer<typeof Subscription>;

const StoredKept = z.object({
  library: OrgLibrary,
  hash: z.string(),
  source: z.enum(['url', 'managed']),
  url: z.string().optional(),
  fetchedAt: z.string(),
});

export const CheckRecord = z.object({ at: z.string(), ok: z.boolean(), message: z.string() });
export type CheckRecord = z.infer<typeof CheckRecord>;

/** What is stored, each part validated (a part that fails reads as absent: it is fetched again). */
export interface OrgState {
  subscription: Subscription | null;
  kept: KeptOrgLibrary | null;
  check: CheckRecord | null;
}

/** Reads the stored state from `area` (chrome.storage.local, or a fake in tests). */
export async function loadOrgState(area: KeyValueArea): Promise<OrgState> {
  const stored = await area.get([ORG_KEYS.subscription, ORG_KEYS.kept, ORG_KEYS.check]);
  const parse = <T>(schema: z.ZodType<T>, value: unknown): T | null => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  return {
    subscription: parse(Subscription, stored[ORG_KEYS.subscription]),
    kept: parse(StoredKept, stored[ORG_KEYS.kept]),
    check: parse(CheckRecord, stored[ORG_KEYS.check]),
  };
}

/** The library's site when its permission was asked for the library alone (no content script there). */
export async function libraryOnlyOrigin(area: KeyValueArea): Promise<string | null> {
  const { subscription } = await loadOrgState(area);
  return subscription?.grantedForLibrary ? subscription.origin : null;
}
