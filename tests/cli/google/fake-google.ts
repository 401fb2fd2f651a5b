import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { docs_v1 } from '@googleapis/docs';

/** A file in the fake Drive: metadata as files.get returns it, and what its content endpoints serve. */
export interface FakeFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  modifiedTime: string;
  version: string;
  /** documents.get body of a Google Doc. */
  document?: docs_v1.Schema$Document;
  /** alt=media bytes of an uploaded file, and files.export bytes of a Google Doc. */
  bytes?: Buffer;
}

/** A canned answer served instead of the real one, once, for one path prefix. */
export interface FakeFailure {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** A request the server saw. */
export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
}

/** Error bodies as the APIs send them (cloud.google.com/apis/design/errors; Drive v3 keeps errors[]). */
export const driveError = (code: number, reason: string, message: string): string =>
  JSON.stringify({ error: { code, message, errors: [{ message, domain: 'global', reason }] } });
export const docsError = (code: number, status: string, message: string, reason?: string): string =>
  JSON.stringify({
    error: {
      code,
      message,
      status,
      ...(reason
        ? {
            details: [
              { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' },
            ],
          }
        : {}),
    },
  });

/**
 * A local stand-in for www.googleapis.com serving Drive v3 files.get / files.list / alt=media /
 * files.export, Docs v1 documents.get and the OAuth token endpoint, shaped like the API reference.
 * Files are looked up by id; `failures` queues answers (429, 403, malformed JSON…) served first.
 */
export class FakeGoogle {
  readonly files = new Map<string, FakeFile>();
  readonly failures = new Map<string, FakeFailure[]>();
  readonly seen: SeenRequest[] = [];
  /** Access tokens the server accepts. */
  readonly tokens = new Set(['test-token']);
  /** Files per files.list page (the API may return fewer than pageSize; this forces paging). */
  pageSize = 5;
  /** Answers the token endpoint gives: checks and returns what the test wants. */
  onToken: (form: URLSearchParams) => { status: number; body: object } = () => ({
    status: 400,
    body: { error: 'invalid_grant' },
  });
  private server: Server = createServer((req, res) => {
    this.handle(req, res).catch((error) => {
      res.writeHead(500).end(String(error));
    });
  });
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  add(file: FakeFile): void {
    this.files.set(file.id, file);
  }

  /** Queues answers served before the normal one for requests whose path starts with `path`. */
  fail(path: string, ...answers: FakeFailure[]): void {
    this.failures.set(path, [...(this.failures.get(path) ?? []), ...answers]);
  }

  /** Requests seen whose path starts with `prefix`. */
  requests(prefix: string): SeenRequest[] {
    return this.seen.filter((r) => r.path.startsWith(prefix));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const seen = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
    };
    this.seen.push(seen);
    const json = (status: number, body: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers }).end(body);
    };

    if (url.pathname === '/token' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const answer = this.onToken(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      return json(answer.status, JSON.stringify(answer.body));
    }
    const failure = [...this.failures.entries()].find(
      ([path, queue]) => url.pathname.startsWith(path) && queue.length > 0,
    );
    if (failure) {
      const answer = failure[1].shift();
      if (answer) return json(answer.status, answer.body, answer.headers);
    }
    const token = seen.authorization?.replace(/^Bearer /, '');
    if (!token || !this.tokens.has(token))
      return json(
        401,
        docsError(
          401,
          'UNAUTHENTICATED',
          'Request had invalid authentication credentials. Expected OAuth 2 access token.',
        ),
      );

    const doc = url.pathname.match(/^\/v1\/documents\/([^/]+)$/);
    if (doc) {
      const file = this.files.get(decodeURIComponent(doc[1] ?? ''));
      if (!file) return json(404, docsError(404, 'NOT_FOUND', 'Requested entity was not found.'));
      if (!file.document)
        return json(
          400,
          docsError(400, 'FAILED_PRECONDITION', 'This operation is not supported for this document'),
        );
      if (url.searchParams.get('includeTabsContent') !== 'true')
        return json(400, docsError(400, 'INVALID_ARGUMENT', 'test server: includeTabsContent must be true'));
      return json(200, JSON.stringify(file.document));
    }
    if (url.pathname === '/drive/v3/files') return this.list(url.searchParams, json);
    const drive = url.pathname.match(/^\/drive\/v3\/files\/([^/]+)(\/export)?$/);
    if (drive) {
      const id = decodeURIComponent(drive[1] ?? '');
      const file = this.files.get(id);
      if (!file) return json(404, driveError(404, 'notFound', `File not found: ${id}.`));
      if (drive[2]) {
        if (!file.bytes || url.searchParams.get('mimeType') === null)
          return json(400, driveError(400, 'badRequest', 'Bad Request'));
        return void res
          .writeHead(200, { 'content-type': url.searchParams.get('mimeType') ?? '' })
          .end(file.bytes);
      }
      if (url.searchParams.get('alt') === 'media') {
        if (!file.bytes)
          return json(
            403,
            driveError(
              403,
              'fileNotDownloadable',
              'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
            ),
          );
        return void res.writeHead(200, { 'content-type': file.mimeType }).end(file.bytes);
      }
      return json(200, JSON.stringify(this.meta(file)));
    }
    return json(404, driveError(404, 'notFound', 'Not Found'));
  }

  private meta(file: FakeFile) {
    return {
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      modifiedTime: file.modifiedTime,
      version: file.version,
      webViewLink: file.mimeType.includes('google-apps.document')
        ? `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`
        : `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
      trashed: false,
    };
  }

  private list(query: URLSearchParams, json: (status: number, body: string) => void): void {
    const q = query.get('q') ?? '';
    const parent = q.match(/^'([^']+)' in parents and trashed=false$/)?.[1];
    if (
      !parent ||
      query.get('supportsAllDrives') !== 'true' ||
      query.get('includeItemsFromAllDrives') !== 'true'
    ) {
      json(400, driveError(400, 'invalid', `test server: unexpected list query ${query}`));
      return;
    }
    const all = [...this.files.values()]
      .filter((f) => f.parents.includes(parent))
      .sort((a, b) => a.name.localeCompare(b.name));
    const start = Number(query.get('pageToken') ?? '0');
    const page = all.slice(start, start + this.pageSize);
    const next = start + this.pageSize < all.length ? String(start + this.pageSize) : undefined;
    json(
      200,
      JSON.stringify({ ...(next ? { nextPageToken: next } : {}), files: page.map((f) => this.meta(f)) }),
    );
  }
}

/** S256 of a PKCE verifier, to check the sign-in sent the challenge of the verifier it later used. */
export const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');
