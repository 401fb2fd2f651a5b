import { docsDocumentId, exportUrl } from '../content/gdocs/docs-page.ts';
import { type DocsExportReply, DocsExportRequest } from '../content/gdocs/export-messages.ts';
import { looksLikeSignIn } from '../content/gdocs/export-parse.ts';

// The Docs export, read by the service worker for the Docs bridge. Docs may answer the export with a
// redirect to its content domain (*.googleusercontent.com; a document download lands on a
// "doc-…-docstext.googleusercontent.com" host). A content script's fetch runs under the page's CORS
// rules, so that redirect would fail, and a signed-in user would be told they are signed out. The
// worker's fetch, with host permissions for both domains (manifest.config.ts), follows it, and Chrome
// sends the user's cookies to hosts the extension has permission for.

/** What the worker needs: its own id, the current address of a tab, and fetch (faked in tests). */
export interface DocsExportDeps {
  selfId: string;
  tabUrl(tabId: number): Promise<string | undefined>;
  fetcher?: typeof fetch;
}

type Sender = {
  id?: string | undefined;
  frameId?: number | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
};

/**
 * The answer to the Docs bridge's khung:docs-export, or null when `raw` is not one or does not come
 * from Khung's content script in the top frame of a Docs document. The document is the one the tab
 * shows now (its id, from Chrome), which must be the one the asking frame has open; its `?tab=` is kept.
 */
export function answerDocsExport(
  raw: unknown,
  sender: Sender,
  deps: DocsExportDeps,
): Promise<DocsExportReply> | null {
  if (!DocsExportRequest.safeParse(raw).success) return null;
  const tabId = sender.tab?.id;
  if (sender.id !== deps.selfId || sender.frameId !== 0 || tabId === undefined) return null;
  const frameDoc = docsDocumentId(sender.url ?? '');
  if (frameDoc === null) return null;
  return deps
    .tabUrl(tabId)
    .catch(() => undefined)
    .then((current) => {
      const url = current && docsDocumentId(current) === frameDoc ? current : (sender.url as string);
      return fetchDocsExport(url, deps.fetcher);
    });
}

/** Fetches a document's HTML export with the user's session, following redirects; never throws. */
export async function fetchDocsExport(
  pageUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<DocsExportReply> {
  const url = exportUrl(pageUrl);
  if (url === null) return { ok: false, kind: 'notFound' };
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'include', redirect: 'follow', cache: 'no-store' });
  } catch {
    // A redirect to a host the worker has no permission for (accounts.google.com when signed out)
    // fails the fetch; ask again without following to tell that apart from a network error.
    return (await redirectedAway(url, fetcher))
      ? { ok: false, kind: 'signedOut' }
      : { ok: false, kind: 'network' };
  }
  let landed: URL;
  try {
    landed = new URL(response.url || url);
  } catch {
    landed = new URL(url);
  }
  if (
    response.status === 401 ||
    /(^|\.)accounts\.google\.com$/.test(landed.hostname) ||
    /\/ServiceLogin|\/signin/.test(landed.pathname)
  )
    return { ok: false, kind: 'signedOut' };
  if (response.status === 403) return { ok: false, kind: 'forbidden' };
  if (response.status === 404) return { ok: false, kind: 'notFound' };
  if (!response.ok) return { ok: false, kind: 'network' };
  const html = await response.text().catch(() => null);
  if (html === null) return { ok: false, kind: 'network' };
  if (looksLikeSignIn(html)) return { ok: false, kind: 'signedOut' };
  return { ok: true, html };
}

async function redirectedAway(url: string, fetcher: typeof fetch): Promise<boolean> {
  try {
    const probe = await fetcher(url, { credentials: 'include', redirect: 'manual', cache: 'no-store' });
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400);
  } catch {
    return false;
  }
}
