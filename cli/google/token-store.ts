import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** What an installed-app sign-in leaves behind: the OAuth client and the user's tokens. */
export const StoredToken = z.object({
  type: z.literal('authorized_user'),
  client_id: z.string().min(1),
  client_secret: z.string(),
  token_uri: z.string().optional(),
  refresh_token: z.string().optional(),
  access_token: z.string().optional(),
  expiry_date: z.number().optional(),
  scope: z.string().optional(),
});
export type StoredToken = z.infer<typeof StoredToken>;

/** $XDG_CONFIG_HOME/khung, else ~/.config/khung (the place Google's own samples use is the working folder; a config dir survives). */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'khung');
}

/** $XDG_CACHE_HOME/khung, else ~/.cache/khung. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'khung');
}

/** The token file path. */
export const tokenPath = (env: NodeJS.ProcessEnv = process.env) => join(configDir(env), 'token.json');

/** The cached sign-in, or undefined when there is none or it is unreadable (then the user signs in again). */
export function readToken(path: string): StoredToken | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = StoredToken.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the sign-in readable by the user only: a refresh token opens the user's Drive. */
export function writeToken(path: string, token: StoredToken): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(token, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
