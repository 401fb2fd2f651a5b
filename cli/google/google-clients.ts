import { docs, type docs_v1, auth as docsAuth } from '@googleapis/docs';
import { drive, type drive_v3, auth as driveAuth } from '@googleapis/drive';
import type { CredentialSource } from './auth.ts';
import { SCOPES } from './oauth-loopback.ts';
import type { StoredToken } from './token-store.ts';

/** The two API clients a review needs. */
export interface GoogleClients {
  docs: docs_v1.Docs;
  drive: drive_v3.Drive;
}

/**
 * An OAuth2 client of one library (the two packages pin different google-auth-library majors, so each
 * gets its own client from its own re-exported `auth`); refreshed tokens are written back to the cache.
 */
function oauthClient<
  C extends { setCredentials(t: object): void; on(e: 'tokens', f: (t: TokenUpdate) => void): unknown },
>(
  make: (options: { clientId: string; clientSecret: string; endpoints?: { oauth2TokenUrl: string } }) => C,
  token: StoredToken,
  save: (token: StoredToken) => void,
): C {
  const client = make({
    clientId: token.client_id,
    clientSecret: token.client_secret,
    ...(token.token_uri ? { endpoints: { oauth2TokenUrl: token.token_uri } } : {}),
  });
  client.setCredentials({
    ...(token.refresh_token ? { refresh_token: token.refresh_token } : {}),
    ...(token.access_token ? { access_token: token.access_token } : {}),
    ...(token.expiry_date ? { expiry_date: token.expiry_date } : {}),
  });
  client.on('tokens', (t) => {
    save({
      ...token,
      ...(t.access_token ? { access_token: t.access_token } : {}),
      ...(t.expiry_date ? { expiry_date: t.expiry_date } : {}),
      ...(t.refresh_token ? { refresh_token: t.refresh_token } : {}),
    });
  });
  return client;
}

interface TokenUpdate {
  access_token?: string | null | undefined;
  expiry_date?: number | null | undefined;
  refresh_token?: string | null | undefined;
}

/**
 * Docs v1 and Drive v3 clients for the credentials. `rootUrl` points them elsewhere than
 * https://www.googleapis.com/ (tests use a local server). Retries are ours (with-backoff.ts), so the
 * built-in gaxios retry, which ignores Retry-After, is off.
 */
export function createClients(source: CredentialSource, rootUrl?: string): GoogleClients {
  const common = { retry: false, ...(rootUrl ? { rootUrl } : {}) };
  switch (source.kind) {
    case 'service-account':
      return {
        docs: docs({
          version: 'v1',
          auth: new docsAuth.GoogleAuth({ keyFile: source.keyFile, scopes: SCOPES }),
          ...common,
        }),
        drive: drive({
          version: 'v3',
          auth: new driveAuth.GoogleAuth({ keyFile: source.keyFile, scopes: SCOPES }),
          ...common,
        }),
      };
    case 'adc':
      return {
        docs: docs({ version: 'v1', auth: new docsAuth.GoogleAuth({ scopes: SCOPES }), ...common }),
        drive: drive({ version: 'v3', auth: new driveAuth.GoogleAuth({ scopes: SCOPES }), ...common }),
      };
    case 'oauth':
      return {
        docs: docs({
          version: 'v1',
          auth: oauthClient((o) => new docsAuth.OAuth2(o), source.token, source.save),
          ...common,
        }),
        drive: drive({
          version: 'v3',
          auth: oauthClient((o) => new driveAuth.OAuth2(o), source.token, source.save),
          ...common,
        }),
      };
  }
}
