import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveCredentials } from '../../../cli/google/auth.ts';
import { createClients } from '../../../cli/google/google-clients.ts';
import { SCOPES } from '../../../cli/google/oauth-loopback.ts';
import { FakeGoogle, s256 } from './fake-google.ts';
import { gdoc } from './gdoc-builder.ts';

let fake: FakeGoogle;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  fake = await new FakeGoogle().start();
  const document = gdoc('file-1', 'Báo cáo', [{ text: 'BÁO CÁO', style: 'TITLE' }]);
  fake.add({
    id: 'file-1',
    name: 'Báo cáo',
    mimeType: 'application/vnd.google-apps.document',
    parents: [],
    modifiedTime: '2023-01-01T00:00:00Z',
    version: '1',
    document,
  });
});
afterAll(() => fake.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'khung-auth-'));
  env = { XDG_CONFIG_HOME: join(dir, 'config'), CLOUDSDK_CONFIG: join(dir, 'gcloud') };
});

const json = (name: string, value: object) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const clientSecret = () =>
  json('client_secret.json', {
    installed: {
      client_id: '1234-desktop.apps.googleusercontent.com',
      project_id: 'khung-test',
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: `${fake.url}token`,
      client_secret: 'GOCSPX-secret',
      redirect_uris: ['http://localhost'],
    },
  });

/** Plays the browser: checks the consent URL, then follows the redirect Google would send. */
function browser(answer: (params: URLSearchParams) => Record<string, string>) {
  const opened: URL[] = [];
  const open = (url: string) => {
    const consent = new URL(url);
    opened.push(consent);
    const redirect = new URL(consent.searchParams.get('redirect_uri') ?? '');
    for (const [k, v] of Object.entries(answer(consent.searchParams))) redirect.searchParams.set(k, v);
    void fetch(redirect);
  };
  return { open, opened };
}

describe('installed-app sign-in on a loopback redirect', () => {
  it('asks only read-only scopes with PKCE, exchanges the code and caches the token for the user only', async () => {
    let challenge = '';
    fake.onToken = (form) => {
      const ok =
        form.get('grant_type') === 'authorization_code' &&
        form.get('code') === 'code-123' &&
        s256(form.get('code_verifier') ?? '') === challenge &&
        form.get('client_id') === '1234-desktop.apps.googleusercontent.com';
      return ok
        ? {
            status: 200,
            body: {
              access_token: 'test-token',
              refresh_token: 'refresh-1',
              expires_in: 3599,
              scope: SCOPES.join(' '),
              token_type: 'Bearer',
            },
          }
        : { status: 400, body: { error: 'invalid_grant' } };
    };
    const b = browser((p) => {
      challenge = p.get('code_challenge') ?? '';
      return { code: 'code-123', state: p.get('state') ?? '' };
    });
    const source = await resolveCredentials({ clientSecret: clientSecret(), env, openUrl: b.open });
    const consent = b.opened[0];
    expect(consent?.origin + (consent?.pathname ?? '')).toBe('https://accounts.google.com/o/oauth2/auth');
    expect(consent?.searchParams.get('scope')).toBe(
      'https://www.googleapis.com/auth/drive.readonly https://www.googleapis.com/auth/documents.readonly',
    );
    expect(consent?.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(consent?.searchParams.get('code_challenge_method')).toBe('S256');
    expect(consent?.searchParams.get('access_type')).toBe('offline');
    expect(source.kind).toBe('oauth');
    const tokenFile = join(dir, 'config', 'khung', 'token.json');
    expect(JSON.parse(readFileSync(tokenFile, 'utf8'))).toMatchObject({
      type: 'authorized_user',
      refresh_token: 'refresh-1',
      access_token: 'test-token',
    });
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const { drive } = createClients(source, fake.url);
    expect((await drive.files.get({ fileId: 'file-1' })).data).toMatchObject({ name: 'Báo cáo' });

    // The next run reuses the cached sign-in: no browser.
    const again = browser(() => ({}));
    expect((await resolveCredentials({ clientSecret: clientSecret(), env, openUrl: again.open })).kind).toBe(
      'oauth',
    );
    expect((await resolveCredentials({ env })).kind).toBe('oauth');
    expect(again.opened).toHaveLength(0);
  });

  it('refuses a redirect whose state does not match, in Vietnamese', async () => {
    const b = browser(() => ({ code: 'code-123', state: 'forged' }));
    await expect(resolveCredentials({ clientSecret: clientSecret(), env, openUrl: b.open })).rejects.toThrow(
      /^Đăng nhập Google không thành công \(mã kiểm tra của lần đăng nhập không khớp\)/,
    );
  });

  it('reports a denied consent', async () => {
    const b = browser((p) => ({ error: 'access_denied', state: p.get('state') ?? '' }));
    await expect(resolveCredentials({ clientSecret: clientSecret(), env, openUrl: b.open })).rejects.toThrow(
      /access_denied/,
    );
  });

  it('refreshes an expired access token with the refresh token and saves the new one', async () => {
    mkdirSync(join(dir, 'config', 'khung'), { recursive: true });
    const tokenFile = join(dir, 'config', 'khung', 'token.json');
    writeFileSync(
      tokenFile,
      JSON.stringify({
        type: 'authorized_user',
        client_id: 'c',
        client_secret: 's',
        token_uri: `${fake.url}token`,
        refresh_token: 'refresh-1',
        access_token: 'old',
        expiry_date: Date.now() - 1000,
      }),
    );
    fake.onToken = (form) =>
      form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === 'refresh-1'
        ? { status: 200, body: { access_token: 'test-token', expires_in: 3599, token_type: 'Bearer' } }
        : { status: 400, body: { error: 'invalid_grant' } };
    const { docs } = createClients(await resolveCredentials({ env }), fake.url);
    expect((await docs.documents.get({ documentId: 'file-1', includeTabsContent: true })).data.title).toBe(
      'Báo cáo',
    );
    expect(fake.seen.at(-1)?.authorization).toBe('Bearer test-token');
    expect(JSON.parse(readFileSync(tokenFile, 'utf8'))).toMatchObject({
      access_token: 'test-token',
      refresh_token: 'refresh-1',
    });
  });
});

describe('choosing the credentials', () => {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const serviceKey = () =>
    json('sa.json', {
      type: 'service_account',
      project_id: 'p',
      private_key_id: 'k',
      private_key: privateKey,
      client_email: 'khung-review@p.iam.gserviceaccount.com',
      client_id: '1',
      token_uri: 'https://oauth2.googleapis.com/token',
    });

  it('--key names a service-account key file', async () => {
    expect(await resolveCredentials({ key: serviceKey(), env })).toMatchObject({
      kind: 'service-account',
      email: 'khung-review@p.iam.gserviceaccount.com',
    });
  });

  it('GOOGLE_APPLICATION_CREDENTIALS: a service account, or other ADC the library reads', async () => {
    expect(
      (await resolveCredentials({ env: { ...env, GOOGLE_APPLICATION_CREDENTIALS: serviceKey() } })).kind,
    ).toBe('service-account');
    const user = json('adc.json', {
      type: 'authorized_user',
      client_id: 'c',
      client_secret: 's',
      refresh_token: 'r',
    });
    expect((await resolveCredentials({ env: { ...env, GOOGLE_APPLICATION_CREDENTIALS: user } })).kind).toBe(
      'adc',
    );
  });

  it('gcloud application-default credentials when nothing else is given', async () => {
    mkdirSync(join(dir, 'gcloud'));
    writeFileSync(join(dir, 'gcloud', 'application_default_credentials.json'), '{}');
    expect((await resolveCredentials({ env })).kind).toBe('adc');
  });

  it('one plain line for a wrong, missing or broken key file', async () => {
    await expect(resolveCredentials({ key: json('wrong.json', { installed: {} }), env })).rejects.toThrow(
      /không phải khoá tài khoản dịch vụ/,
    );
    await expect(resolveCredentials({ key: join(dir, 'khong-co.json'), env })).rejects.toThrow(
      /^Không đọc được tệp khoá tài khoản dịch vụ \(--key\): /,
    );
    writeFileSync(join(dir, 'hong.json'), '{"type": ');
    await expect(resolveCredentials({ key: join(dir, 'hong.json'), env })).rejects.toThrow(
      /không phải JSON hợp lệ/,
    );
    await expect(resolveCredentials({ clientSecret: serviceKey(), env })).rejects.toThrow(
      /không phải OAuth client loại "Desktop app"/,
    );
  });
});
