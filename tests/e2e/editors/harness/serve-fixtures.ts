import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../../../..');
const MOUNTS: Array<[prefix: string, dir: string]> = [
  ['/tinymce/', resolve(root, 'node_modules/tinymce')],
  ['/ckeditor4/', resolve(root, 'node_modules/ckeditor4')],
  ['/', resolve(root, 'dist/editor-fixtures')],
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A running fixture server on 127.0.0.1 with an ephemeral port. */
export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

function fileFor(pathname: string): string | null {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = resolve(dir, `.${decodeURIComponent(pathname.slice(prefix.length - 1))}`);
    if (!file.startsWith(dir + sep)) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}

/** Serves dist/editor-fixtures at /, and the self-hosted TinyMCE and CKEditor 4 from node_modules. */
export async function serveFixtures(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
