/// <reference path="../../shared/e2e-flag.d.ts" />
// Which page is a Google Docs document, and where its export lives (the same-origin
// export keeps the headings). The e2e build also treats a page whose URL has `?gdocs-fixture` as Docs,
// so tests/e2e/gdocs/ can emulate the Docs surfaces on 127.0.0.1; the production build never does.

const DOC_PATH = /^\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/;

/** The document id of a Docs URL ("/document/d/<id>/edit"), or null. */
export function docsDocumentId(url: string): string | null {
  try {
    const u = new URL(url);
    const isDocs =
      u.hostname === 'docs.google.com' ||
      (typeof __KHUNG_E2E__ !== 'undefined' && __KHUNG_E2E__ && u.searchParams.has('gdocs-fixture'));
    return isDocs ? (DOC_PATH.exec(u.pathname)?.[1] ?? null) : null;
  } catch {
    return null;
  }
}

/** True in the top frame of an open Docs document (the text-event iframe's own frame answers nothing). */
export function isDocsPage(): boolean {
  return window.top === window && docsDocumentId(location.href) !== null;
}

/** A document tab's id as Docs writes it in the address (`?tab=t.0`, `?tab=t.k2v9x…`). */
const TAB_ID = /^t\.[A-Za-z0-9_-]+$/;

/**
 * The HTML export of the open document, on the document's own origin (the service worker fetches it
 * with the user's session, extension/background/docs-export.ts). With document tabs, the address
 * names the tab shown (`?tab=`); the export gets the same `tab=`, so the panel checks the text the
 * user sees rather than another tab's.
 */
export function exportUrl(url: string): string | null {
  const id = docsDocumentId(url);
  if (id === null) return null;
  const u = new URL(url);
  const user = /^\/document\/(u\/\d+\/)/.exec(u.pathname)?.[1] ?? '';
  const tab = u.searchParams.get('tab');
  const tabParam = tab !== null && TAB_ID.test(tab) ? `&tab=${tab}` : '';
  return `${u.origin}/document/${user}d/${id}/export?format=html${tabParam}`;
}

/**
 * True in every frame of a Docs document, including the same-origin text-event iframe (about:blank),
 * whose content script must stay silent so that only the top frame (isDocsPage) answers for Docs.
 */
export function isInsideDocs(): boolean {
  try {
    return docsDocumentId((window.top ?? window).location.href) !== null;
  } catch {
    return false; // a cross-origin top: not Docs' own frames
  }
}
