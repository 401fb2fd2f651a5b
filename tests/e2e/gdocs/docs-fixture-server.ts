import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { docsFixtureHtml, EXPORT_HTML, EXPORT_HTML_SECOND_TAB } from './docs-fixture-page.ts';

// A stand-in for docs.google.com on 127.0.0.1 (ephemeral port). Paths mirror Docs:
//   /document/d/<id>/edit?gdocs-fixture[&variant=…][&tab=…]   the editor page (docs-fixture-page.ts)
//   /document/d/<id>/export?format=html[&tab=…]               the export, by document id:
//     doc-ok → 200 HTML (tab=t.second → the second tab's); doc-redirect → 307 to the export on a
//     content origin (localhost, as *.googleusercontent.com is for Docs) that sends no CORS header;
//     doc-signed-out → 302 to a sign-in page on another origin (localhost, as accounts.google.com is
//     for Docs); doc-401 → 401; doc-forbidden → 403 (not shared / download off).

/** A running fixture server. */
export interface DocsFixtureServer {
  origin: string;
  /** The editor URL of a fixture document (on a document tab when `tab` is given). */
  docUrl(id: string, variant?: string, tab?: string): string;
  /** How many export requests each document id got. */
  exports: Map<string, number>;
  /** Every export request: document id, `tab=`, and who sent it (Sec-Fetch-Site: "none" from the worker). */
  requests: Array<{ id: string; tab: string | null; site: string | undefined }>;
  close(): Promise<void>;
}

/** Starts the fixture server. */
export async function serveDocsFixture(): Promise<DocsFixtureServer> {
  const exports = new Map<string, number>();
  const requests: DocsFixtureServer['requests'] = [];
  let port = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const edit = /^\/document\/d\/([\w-]+)\/edit$/.exec(url.pathname);
    const exp = /^\/document\/d\/([\w-]+)\/export$/.exec(url.pathname);
    if (edit) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(docsFixtureHtml());
    } else if (exp && url.searchParams.get('format') === 'html') {
      const id = exp[1] ?? '';
      const tab = url.searchParams.get('tab');
      exports.set(id, (exports.get(id) ?? 0) + 1);
      const site = req.headers['sec-fetch-site'];
      requests.push({ id, tab, site: Array.isArray(site) ? site[0] : site });
      if (id === 'doc-ok')
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(tab === 't.second' ? EXPORT_HTML_SECOND_TAB : EXPORT_HTML);
      else if (id === 'doc-redirect')
        res.writeHead(307, { location: `http://localhost:${port}/content/export/doc-ok` }).end();
      else if (id === 'doc-signed-out')
        res
          .writeHead(302, {
            location: `http://localhost:${port}/ServiceLogin?continue=${encodeURIComponent(url.href)}`,
          })
          .end();
      else if (id === 'doc-401') res.writeHead(401).end();
      else if (id === 'doc-forbidden')
        res.writeHead(403, { 'content-type': 'text/html' }).end('<p>Bạn cần quyền truy cập</p>');
      else res.writeHead(404).end();
    } else if (url.pathname === '/content/export/doc-ok') {
      // The content origin: the export itself, with no Access-Control-Allow-Origin (as Docs' has none).
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(EXPORT_HTML);
    } else if (url.pathname === '/ServiceLogin') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<form action="https://accounts.google.com/v3/signin/identifier">Đăng nhập</form>');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    docUrl: (id, variant = 'normal', tab) =>
      `${origin}/document/d/${id}/edit?gdocs-fixture&variant=${variant}${tab ? `&tab=${tab}` : ''}`,
    exports,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
