import { KhungInputError } from '../errors.ts';
import { type AuthOptions, resolveCredentials } from './auth.ts';
import { createClients, type GoogleClients } from './google-clients.ts';

/** Hosts of this machine: 127.0.0.0/8, ::1 and localhost. */
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The KHUNG_GOOGLE_API_ROOT override, accepted only when it points at this machine (a local fake
 * server in tests): the clients send the user's Google token to that root, so any other host would
 * receive a credential to read their Drive. Undefined when the variable is unset.
 */
export function apiRootOverride(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.test(url.hostname))
    return url.href;
  throw new KhungInputError(
    'unsupported-type',
    `KHUNG_GOOGLE_API_ROOT chỉ được trỏ tới máy này (http://127.0.0.1:<cổng>/ hoặc http://localhost:<cổng>/), vì mã đăng nhập Google được gửi tới địa chỉ đó; nhận được “${value}”. Bỏ biến này để dùng Google.`,
  );
}

/**
 * Credentials chosen (auth.ts) and the two clients made. KHUNG_GOOGLE_API_ROOT sends every call to
 * another root than https://www.googleapis.com/: a local fake in tests, never another host.
 */
export async function connectGoogle(options: AuthOptions): Promise<GoogleClients> {
  const env = options.env ?? process.env;
  const root = apiRootOverride(env.KHUNG_GOOGLE_API_ROOT);
  const source = await resolveCredentials(options);
  if (source.kind === 'service-account') options.note?.(`Dùng tài khoản dịch vụ ${source.email}\n`);
  return createClients(source, root);
}
