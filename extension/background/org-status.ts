import type { OrgStatus } from '../shared/org-library/org-messages.ts';
import { loadOrgState } from '../shared/org-library/org-store.ts';
import { activePolicy, type OrgDeps } from './org-refresh.ts';

/**
 * What the options page shows of the organisation library: IT's policy, the subscription, the copy in
 * use (its items listed read-only, and those a built-in outline hides) and the last refresh.
 */
export async function orgStatus(
  deps: Pick<OrgDeps, 'local' | 'managed'>,
  builtInOutlineIds: ReadonlySet<string>,
): Promise<OrgStatus> {
  const [state, policy] = await Promise.all([loadOrgState(deps.local), deps.managed()]);
  const active = activePolicy(policy);
  const kept = state.kept;
  const library = kept?.library;
  return {
    ok: true,
    managed: active
      ? { url: active.library ? null : (active.libraryUrl ?? null), inline: Boolean(active.library) }
      : null,
    subscription: state.subscription ? { url: state.subscription.url } : null,
    library:
      kept && library
        ? {
            name: library.name,
            id: library.id,
            version: library.version,
            hash: kept.hash,
            source: kept.source,
            ...(kept.url === undefined ? {} : { url: kept.url }),
            fetchedAt: kept.fetchedAt,
            ...(library.publishedAt === undefined ? {} : { publishedAt: library.publishedAt }),
            outlines: library.outlines.map((o) => ({ id: o.id, title: o.title })),
            snippets: library.snippets.map((s) => ({ id: s.id, label: s.label })),
            hidden: library.outlines.filter((o) => builtInOutlineIds.has(o.id)).map((o) => o.id),
          }
        : null,
    check: state.check,
  };
}
