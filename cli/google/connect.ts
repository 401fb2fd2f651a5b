import { type AuthOptions, resolveCredentials } from './auth.ts';
import { createClients, type GoogleClients } from './google-clients.ts';

/**
 * Credentials chosen (auth.ts) and the two clients made. KHUNG_GOOGLE_API_ROOT sends every call to
 * another root than https://www.googleapis.com/ — a local fake in tests, or a company proxy.
 */
export async function connectGoogle(options: AuthOptions): Promise<GoogleClients> {
  const env = options.env ?? process.env;
  const source = await resolveCredentials(options);
  if (source.kind === 'service-account') options.note?.(`Dùng tài khoản dịch vụ ${source.email}\n`);
  return createClients(source, env.KHUNG_GOOGLE_API_ROOT || undefined);
}
