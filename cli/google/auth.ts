import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { GoogleApiError } from './google-error.ts';
import { type InstalledClient, type SignInTokens, signInWithLoopback } from './oauth-loopback.ts';
import { openBrowser } from './open-browser.ts';
import { readToken, type StoredToken, tokenPath, writeToken } from './token-store.ts';

/** Which credentials the Google clients use; turned into each library's auth client by google-clients.ts. */
export type CredentialSource =
  | { kind: 'service-account'; keyFile: string; email: string }
  | { kind: 'adc' }
  | { kind: 'oauth'; token: StoredToken; save: (token: StoredToken) => void };

/** What the user passed and where Khung may look. */
export interface AuthOptions {
  /** --key: a service-account key file. */
  key?: string | undefined;
  /** --client-secret: an OAuth client "Desktop app" JSON, to sign in as a person. */
  clientSecret?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Opens the consent page; by default prints the link on stderr. */
  openUrl?: (url: string) => void;
  /** Said on stderr (how the user is signed in, where the token went). */
  note?: (text: string) => void;
}

const ServiceAccountKey = z.looseObject({
  type: z.literal('service_account'),
  client_email: z.string(),
  private_key: z.string(),
});
const ClientSecretFile = z.looseObject({
  installed: z.looseObject({
    client_id: z.string().min(1),
    client_secret: z.string(),
    auth_uri: z.string().default('https://accounts.google.com/o/oauth2/v2/auth'),
    token_uri: z.string().default('https://oauth2.googleapis.com/token'),
  }),
});

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new GoogleApiError('not-found', `Không đọc được ${what}: ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new GoogleApiError('malformed', `${what} không phải JSON hợp lệ: ${path}`);
  }
}

function serviceAccount(path: string, from: string): CredentialSource {
  const parsed = ServiceAccountKey.safeParse(readJson(path, `tệp khoá tài khoản dịch vụ (${from})`));
  if (!parsed.success)
    throw new GoogleApiError(
      'bad-credentials',
      `Tệp ${path} không phải khoá tài khoản dịch vụ (cần "type": "service_account"; xem docs/review.md).`,
    );
  return { kind: 'service-account', keyFile: path, email: parsed.data.client_email };
}

function installedClient(path: string): InstalledClient {
  const parsed = ClientSecretFile.safeParse(readJson(path, 'tệp OAuth client (--client-secret)'));
  if (!parsed.success)
    throw new GoogleApiError(
      'bad-credentials',
      `Tệp ${path} không phải OAuth client loại "Desktop app" (cần khoá "installed"; xem docs/review.md).`,
    );
  const c = parsed.data.installed;
  return { clientId: c.client_id, clientSecret: c.client_secret, authUri: c.auth_uri, tokenUri: c.token_uri };
}

/** The default credentials file `gcloud auth application-default login` writes. */
const gcloudAdcFile = (env: NodeJS.ProcessEnv) =>
  join(
    env.CLOUDSDK_CONFIG || join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'gcloud'),
    'application_default_credentials.json',
  );

/**
 * Chooses the credentials, in this order: --key (service account); --client-secret (sign in as a person
 * in the browser, token cached in the config dir); GOOGLE_APPLICATION_CREDENTIALS; a cached sign-in;
 * gcloud's Application Default Credentials. None → one line saying what to do.
 */
export async function resolveCredentials(options: AuthOptions): Promise<CredentialSource> {
  const env = options.env ?? process.env;
  const note = options.note ?? (() => {});
  if (options.key) return serviceAccount(options.key, '--key');
  const path = tokenPath(env);
  const save = (token: StoredToken) => writeToken(path, token);
  const cached = readToken(path);
  if (options.clientSecret) {
    const client = installedClient(options.clientSecret);
    if (cached?.client_id === client.clientId && cached.refresh_token)
      return { kind: 'oauth', token: cached, save };
    const open =
      options.openUrl ??
      ((url: string) => {
        note(`Mở liên kết sau trong trình duyệt để đăng nhập Google (chỉ quyền đọc):\n${url}\n`);
        openBrowser(url);
      });
    const tokens = await signInWithLoopback(client, open);
    const token = toStored(client, tokens);
    save(token);
    note(`Đã đăng nhập; lưu token tại ${path}\n`);
    return { kind: 'oauth', token, save };
  }
  const adcEnv = env.GOOGLE_APPLICATION_CREDENTIALS;
  if (adcEnv) {
    const json = readJson(adcEnv, 'tệp GOOGLE_APPLICATION_CREDENTIALS');
    return ServiceAccountKey.safeParse(json).success
      ? serviceAccount(adcEnv, 'GOOGLE_APPLICATION_CREDENTIALS')
      : { kind: 'adc' };
  }
  if (cached?.refresh_token || cached?.access_token) return { kind: 'oauth', token: cached, save };
  if (existsSync(gcloudAdcFile(env))) return { kind: 'adc' };
  throw new GoogleApiError(
    'bad-credentials',
    'Chưa có thông tin đăng nhập Google: dùng --key <khoá-tài-khoản-dịch-vụ.json>, --client-secret <oauth-client.json>, hoặc GOOGLE_APPLICATION_CREDENTIALS (xem docs/review.md).',
  );
}

function toStored(client: InstalledClient, tokens: SignInTokens): StoredToken {
  if (!tokens.refresh_token && !tokens.access_token)
    throw new GoogleApiError(
      'bad-credentials',
      'Google không trả về token sau khi đăng nhập: chạy lại lệnh.',
    );
  return {
    type: 'authorized_user',
    client_id: client.clientId,
    client_secret: client.clientSecret,
    token_uri: client.tokenUri,
    ...(tokens.refresh_token ? { refresh_token: tokens.refresh_token } : {}),
    ...(tokens.access_token ? { access_token: tokens.access_token } : {}),
    ...(tokens.expiry_date ? { expiry_date: tokens.expiry_date } : {}),
    ...(tokens.scope ? { scope: tokens.scope } : {}),
  };
}
