import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auth } from '@googleapis/docs';
import { GoogleApiError } from './google-error.ts';

/** Read-only scopes: Khung never changes a file (developers.google.com/identity/protocols/oauth2/scopes). */
export const SCOPES = [
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/documents.readonly',
];

/** An OAuth client of type "Desktop app", as in the client_secret_….json Google Cloud console gives. */
export interface InstalledClient {
  clientId: string;
  clientSecret: string;
  authUri: string;
  tokenUri: string;
}

/** Tokens the sign-in returns. */
export interface SignInTokens {
  refresh_token?: string | null | undefined;
  access_token?: string | null | undefined;
  expiry_date?: number | null | undefined;
  scope?: string | undefined;
}

const base64url = (b: Buffer) => b.toString('base64url');

const PAGE = (text: string) =>
  `<!doctype html><meta charset="utf-8"><title>khung</title><p style="font:16px sans-serif;margin:2em">${text}</p>`;

/**
 * The installed-app flow on a loopback redirect (developers.google.com/identity/protocols/oauth2/native-app):
 * listen on 127.0.0.1 on a random port, send the user to Google's consent page (PKCE S256, a random
 * state), take the code from the redirect, and exchange it for tokens.
 */
export async function signInWithLoopback(
  client: InstalledClient,
  openUrl: (url: string) => void,
  timeoutMs = 5 * 60_000,
): Promise<SignInTokens> {
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const state = base64url(randomBytes(16));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const code = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new GoogleApiError(
              'bad-credentials',
              'Hết thời gian chờ đăng nhập Google (5 phút): chạy lại lệnh và đăng nhập trong trình duyệt.',
            ),
          ),
        timeoutMs,
      );
      server.on('request', (req, res) => {
        const url = new URL(req.url ?? '/', redirectUri);
        const got = url.searchParams.get('code');
        const error = url.searchParams.get('error');
        if (!got && !error) {
          res.writeHead(404).end();
          return;
        }
        clearTimeout(timer);
        if (error || url.searchParams.get('state') !== state) {
          res
            .writeHead(400, { 'content-type': 'text/html; charset=utf-8' })
            .end(PAGE('Đăng nhập không thành công. Hãy quay lại cửa sổ dòng lệnh.'));
          reject(
            new GoogleApiError(
              'bad-credentials',
              `Đăng nhập Google không thành công (${error ?? 'mã kiểm tra của lần đăng nhập không khớp'}): chạy lại lệnh và cho phép quyền đọc.`,
            ),
          );
          return;
        }
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(PAGE('Đã đăng nhập. Bạn có thể đóng trang này và quay lại cửa sổ dòng lệnh.'));
        resolve(got ?? '');
      });
      const params = new URLSearchParams({
        client_id: client.clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: SCOPES.join(' '),
        access_type: 'offline',
        prompt: 'consent',
        state,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      openUrl(`${client.authUri}?${params}`);
    });
    const oauth = new auth.OAuth2({
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      redirectUri,
      endpoints: { oauth2TokenUrl: client.tokenUri },
    });
    const { tokens } = await oauth.getToken({ code, codeVerifier: verifier, redirect_uri: redirectUri });
    return tokens;
  } finally {
    server.close();
    server.closeAllConnections();
  }
}
