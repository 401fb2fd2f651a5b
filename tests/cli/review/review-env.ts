import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Io, main } from '../../../cli/main.ts';
import type { FakeGoogle } from '../google/fake-google.ts';

/** A signed-in user for the fake server: a cached installed-app token valid for an hour. */
export function signInFake(fake: FakeGoogle, accessToken = 'test-token', extra: object = {}): string {
  const home = mkdtempSync(join(tmpdir(), 'khung-review-'));
  mkdirSync(join(home, 'config', 'khung'), { recursive: true });
  writeFileSync(
    join(home, 'config', 'khung', 'token.json'),
    JSON.stringify({
      type: 'authorized_user',
      client_id: '1234-test.apps.googleusercontent.com',
      client_secret: 'GOCSPX-test',
      token_uri: `${fake.url}token`,
      access_token: accessToken,
      expiry_date: Date.now() + 3_600_000,
      ...extra,
    }),
  );
  process.env.XDG_CONFIG_HOME = join(home, 'config');
  process.env.XDG_CACHE_HOME = join(home, 'cache');
  process.env.KHUNG_GOOGLE_API_ROOT = fake.url;
  delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
  return home;
}

/** Runs the CLI in-process, capturing its output. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    color: false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
