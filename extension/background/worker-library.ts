import { combineLibraries } from '../../shared/core/library/combine-libraries.ts';
import type { KeptOrgLibrary } from '../../shared/core/library/org-update.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import type { LoadedLibrary } from '../shared/library-storage.ts';

/** The organisation library as the panel names it: the federation, its version and the file's hash. */
export interface OrgLabel {
  name: string;
  version: string;
  hash: string;
}

/** Everything the panel offers: built-in, organisation and user outlines and snippets, and a warning. */
export interface WorkerLibrary {
  outlines: Outline[];
  userOutlineIds: Set<string>;
  orgOutlineIds: Set<string>;
  snippets: Snippet[];
  /** How many items each library brings (after ids were resolved). */
  counts: Record<'builtin' | 'org' | 'personal', { outlines: number; snippets: number }>;
  org: OrgLabel | null;
  warning: string | null;
}

const countOf = (origins: readonly string[], origin: string) => origins.filter((o) => o === origin).length;

/**
 * The built-in library, the organisation's (read-only) and the user's own, combined by the core
 * (combine-libraries.ts): the officer's own items win over the organisation's, which win over the
 * built-in ones — except that no built-in outline is ever hidden (the panel lists outlines by id).
 */
export async function buildLibrary(
  builtInOutlines: Outline[],
  builtInSnippets: Snippet[],
  loadUser: () => Promise<LoadedLibrary>,
  loadOrg: () => Promise<KeptOrgLibrary | null> = async () => null,
): Promise<WorkerLibrary> {
  const builtIn = { outlines: builtInOutlines, snippets: builtInSnippets };
  const [user, kept] = await Promise.all([loadUser().catch(() => null), loadOrg().catch(() => null)]);
  const combined = combineLibraries(builtIn, kept?.library ?? null, user ?? { outlines: [], snippets: [] });
  const outlineOrigins = combined.outlines.map((o) => o.origin);
  const snippetOrigins = combined.snippets.map((s) => s.origin);
  const counts = {
    builtin: { outlines: countOf(outlineOrigins, 'builtin'), snippets: countOf(snippetOrigins, 'builtin') },
    org: { outlines: countOf(outlineOrigins, 'org'), snippets: countOf(snippetOrigins, 'org') },
    personal: {
      outlines: countOf(outlineOrigins, 'personal'),
      snippets: countOf(snippetOrigins, 'personal'),
    },
  };
  const ids = (origin: string) =>
    new Set(combined.outlines.filter((o) => o.origin === origin).map((o) => o.outline.id));
  return {
    outlines: combined.outlines.map((o) => o.outline),
    userOutlineIds: ids('personal'),
    orgOutlineIds: ids('org'),
    snippets: combined.snippets.map((s) => s.snippet),
    counts,
    org: kept ? { name: kept.library.name, version: kept.library.version, hash: kept.hash } : null,
    warning:
      user === null
        ? 'Không đọc được thư viện riêng của bạn; đang dùng thư viện có sẵn.'
        : (user.warning ?? null),
  };
}
