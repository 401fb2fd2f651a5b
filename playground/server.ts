import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { playgroundPage } from './page.ts';
import { ADDON_DIR, builtFile } from './run-code-js.ts';
import { SAMPLES } from './samples.ts';
import { Session } from './session.ts';
import { withShim } from './shim.ts';
import { skeletonDocxResponse } from './skeleton-docx-route.ts';

const CursorBody = z.object({ path: z.array(z.number().int().min(0)), offset: z.number().int().min(0) });
const EditBody = CursorBody.extend({ text: z.string().max(10_000) });
const ResetBody = z.object({ sample: z.enum(Object.keys(SAMPLES) as [keyof typeof SAMPLES]) });

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : null;
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'application/json; charset=utf-8',
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const SIDEBAR_MISSING = `<!doctype html><meta charset="utf-8"><body style="font:14px system-ui;padding:12px">
<p>Chưa có thanh bên: hãy chạy <code>npm run build:addon</code> (hoặc <code>npm start</code>) rồi tải lại trang.</p>`;

/**
 * The playground's HTTP server on 127.0.0.1: the page, the built sidebar with the google.script.run
 * shim, POST /rpc/<fn> into the built Code.js, and the emulated document's state and edits.
 */
export async function startPlayground(options: { port?: number; sample?: keyof typeof SAMPLES } = {}) {
  const session = new Session(options.sample ?? 'empty');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === '/')
        return send(res, 200, playgroundPage(), 'text/html; charset=utf-8');
      if (req.method === 'GET' && url.pathname === '/sidebar') {
        const html = existsSync(resolve(ADDON_DIR, 'Sidebar.html'))
          ? withShim(builtFile('Sidebar.html'))
          : SIDEBAR_MISSING;
        return send(res, 200, html, 'text/html; charset=utf-8');
      }
      if (url.pathname === '/favicon.ico') return send(res, 204, '');
      if (req.method === 'GET' && url.pathname === '/skeleton.docx') {
        const file = await skeletonDocxResponse(session, url.searchParams.get('outline'));
        res.writeHead(file.status, { 'content-type': file.type, 'cache-control': 'no-store' });
        return res.end(file.body);
      }
      if (req.method === 'GET' && url.pathname === '/doc')
        return send(res, 200, JSON.stringify(session.view()));
      if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
        const args = await readJson(req);
        const result = session.rpc(url.pathname.slice(5), Array.isArray(args) ? args : []);
        return send(res, 200, JSON.stringify(result));
      }
      if (req.method === 'POST' && url.pathname === '/doc/cursor') {
        const body = CursorBody.safeParse(await readJson(req));
        if (!body.success) return send(res, 400, '{"error":"bad cursor"}');
        return send(res, 200, JSON.stringify({ ok: session.placeCursor(body.data.path, body.data.offset) }));
      }
      if (req.method === 'POST' && url.pathname === '/doc/edit') {
        const body = EditBody.safeParse(await readJson(req));
        if (!body.success) return send(res, 400, '{"error":"bad edit"}');
        return send(
          res,
          200,
          JSON.stringify({ ok: session.editText(body.data.path, body.data.text, body.data.offset) }),
        );
      }
      if (req.method === 'POST' && url.pathname === '/doc/reset') {
        const body = ResetBody.safeParse(await readJson(req));
        if (!body.success) return send(res, 400, '{"error":"bad sample"}');
        session.reset(body.data.sample);
        return send(res, 200, '{"ok":true}');
      }
      send(res, 404, '{"error":"not found"}');
    } catch (error) {
      send(res, 500, JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    session,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
